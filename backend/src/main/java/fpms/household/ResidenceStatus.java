package fpms.household;

/** Registered here, floating in from elsewhere (流入), or floating out to elsewhere (流出). */
public enum ResidenceStatus {
    REGISTERED, FLOATING_IN, FLOATING_OUT
}
