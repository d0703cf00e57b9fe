package fpms.pregnancy.schedule;

/** The three follow-ups of a pregnancy in the town's work plan. */
public enum FollowUpKind {
    HOME_VISIT, PREGNANCY_CHECK, ULTRASOUND
}
