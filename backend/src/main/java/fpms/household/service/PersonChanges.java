package fpms.household.service;

import fpms.household.MaritalStatus;
import fpms.household.Relation;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import java.time.LocalDate;

/**
 * What a caller may set on a person, as the service receives it (validated for shape by the REST layer). On an
 * update a null idNumber or phone keeps the stored one; a blank phone clears it.
 */
public record PersonChanges(
        String name,
        String idNumber,
        LocalDate birthDate,
        Sex sex,
        String ethnicityCode,
        String phone,
        MaritalStatus maritalStatus,
        LocalDate marriageDate,
        ResidenceStatus residenceStatus,
        String originRegion,
        LocalDate arrivalDate,
        LocalDate stayUntil,
        String destination,
        LocalDate departureDate,
        LocalDate deathDate,
        Long fatherId,
        Long motherId,
        Long orgUnitId,
        Long householdId,
        Relation relation) {
}
