package fpms.pregnancy;

/** The level of a risk factor; a pregnancy's level is the highest of its factors. */
public enum RiskLevel { LOW, MEDIUM, HIGH }
