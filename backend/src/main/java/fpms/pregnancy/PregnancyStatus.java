package fpms.pregnancy;

/** ACTIVE until its outcome: DELIVERED, ENDED (miscarriage, medically indicated termination, other) or TRANSFERRED_OUT. */
public enum PregnancyStatus { ACTIVE, DELIVERED, ENDED, TRANSFERRED_OUT }
