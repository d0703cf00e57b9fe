package fpms.household.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import fpms.common.web.ClearableText;
import fpms.common.web.Texts;
import fpms.common.web.VisibleText;
import fpms.household.MaritalStatus;
import fpms.household.Person;
import fpms.household.Relation;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.household.service.PersonChanges;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/persons. */
final class PersonDtos {

    static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";
    static final String PHONE_MESSAGE = "{phone.pattern}";

    private PersonDtos() {
    }

    @Schema(name = "PersonView", description = "A person as lists show them: ID number and phone masked",
            requiredProperties = {"id", "name", "sex", "birthDate", "age", "orgUnitId", "residenceStatus",
                "childbearingAge", "alive", "status", "version"})
    record PersonView(
            @Schema(example = "1203") long id,
            @Schema(example = "马秀英") String name,
            @Schema(example = "FEMALE") Sex sex,
            @Schema(example = "1990-03-07") LocalDate birthDate,
            @Schema(description = "Age today", example = "36") int age,
            @Schema(description = "Masked; absent until the person has one (a newborn registered at birth)", example = "640502********1226")
            String idNumber,
            @Schema(description = "Masked", example = "139****1234") String phone,
            @Schema(description = "The village", example = "5") long orgUnitId,
            @Schema(example = "1001") Long householdId,
            @Schema(example = "SPOUSE") Relation relation,
            @Schema(example = "REGISTERED") ResidenceStatus residenceStatus,
            @Schema(description = "Floating in: expected stay until", example = "2019-03-01") LocalDate stayUntil,
            @Schema(description = "A living woman aged 15–49 today (derived, never stored)", example = "true") boolean childbearingAge,
            @Schema(example = "true") boolean alive,
            @Schema(description = "ACTIVE, or RETIRED after a merge", example = "ACTIVE") String status,
            @Schema(example = "0") long version) {

        static PersonView of(Person p, LocalDate today) {
            return new PersonView(p.id, p.name, p.sex, p.birthDate, p.ageOn(today), p.maskedIdNumber(), p.maskedPhone(),
                    p.orgUnitId, p.householdId, p.relation, p.residenceStatus, p.stayUntil, p.childbearingAgeOn(today), p.alive(),
                    p.status.name(), p.version);
        }
    }

    @Schema(name = "PersonDetail", description = "Everything about a person; the ID number and phone stay masked (see /identity)",
            requiredProperties = {"id", "name", "sex", "birthDate", "age", "orgUnitId", "residenceStatus",
                "childbearingAge", "alive", "status", "version"})
    record PersonDetail(
            @Schema(example = "1203") long id,
            @Schema(example = "马秀英") String name,
            @Schema(example = "FEMALE") Sex sex,
            @Schema(example = "1990-03-07") LocalDate birthDate,
            @Schema(example = "36") int age,
            @Schema(description = "Masked; absent until the person has one (a newborn registered at birth)", example = "640502********1226")
            String idNumber,
            @Schema(description = "Masked", example = "139****1234") String phone,
            @Schema(example = "03") String ethnicityCode,
            @Schema(example = "FIRST_MARRIAGE") MaritalStatus maritalStatus,
            @Schema(example = "2012-10-01") LocalDate marriageDate,
            @Schema(example = "5") long orgUnitId,
            @Schema(example = "1001") Long householdId,
            @Schema(example = "SPOUSE") Relation relation,
            @Schema(example = "FLOATING_IN") ResidenceStatus residenceStatus,
            @Schema(example = "甘肃省靖远县") String originRegion,
            @Schema(example = "2018-03-01") LocalDate arrivalDate,
            @Schema(example = "2019-03-01") LocalDate stayUntil,
            @Schema(example = "银川市兴庆区") String destination,
            LocalDate departureDate,
            LocalDate deathDate,
            @Schema(example = "1190") Long fatherId,
            @Schema(example = "1191") Long motherId,
            @Schema(example = "true") boolean childbearingAge,
            @Schema(example = "true") boolean alive,
            @Schema(example = "ACTIVE") String status,
            @Schema(description = "The record this one was merged into") Long mergedIntoId,
            @Schema(example = "0") long version) {

        static PersonDetail of(Person p, LocalDate today) {
            return new PersonDetail(p.id, p.name, p.sex, p.birthDate, p.ageOn(today), p.maskedIdNumber(), p.maskedPhone(),
                    p.ethnicityCode, p.maritalStatus, p.marriageDate, p.orgUnitId, p.householdId, p.relation, p.residenceStatus,
                    p.originRegion, p.arrivalDate, p.stayUntil, p.destination, p.departureDate, p.deathDate, p.fatherId,
                    p.motherId, p.childbearingAgeOn(today), p.alive(), p.status.name(), p.mergedIntoId, p.version);
        }
    }

    @Schema(name = "PersonIdentity", description = "The full ID number and phone (each read is audited)",
            requiredProperties = {"id"})
    record PersonIdentity(
            @Schema(example = "1203") long id,
            @Schema(description = "Absent when the person has none yet", example = "640502199003071226") String idNumber,
            @Schema(example = "13912341234") String phone) {
    }

    @Schema(name = "PersonWrite", description = "A person's details; birth date and sex, if given, must agree with the ID number",
            example = "{\"name\": \"马秀英\", \"idNumber\": \"640502199003071226\", \"ethnicityCode\": \"03\", \"phone\": \"13912341234\", "
                    + "\"maritalStatus\": \"FIRST_MARRIAGE\", \"marriageDate\": \"2012-10-01\", \"orgUnitId\": 5, \"householdId\": 1001, "
                    + "\"relation\": \"SPOUSE\"}")
    record PersonWrite(
            @NotBlank @Size(max = 50) @VisibleText @Schema(example = "马秀英") String name,
            @Schema(description = "18 characters, GB 11643-1999; a lower-case x is accepted. Required on create;"
                    + " leave it out on update to keep the number",
                    example = "640502199003071226") @Size(max = 32) String idNumber,
            @Schema(description = "Derived from the ID number; if given it must agree", example = "1990-03-07") LocalDate birthDate,
            @Schema(description = "Derived from the ID number; if given it must agree", example = "FEMALE") Sex sex,
            @Size(max = 2) @Pattern(regexp = "\\d{2}", message = "{person.ethnicity.pattern}") @Schema(example = "03") String ethnicityCode,
            @JsonDeserialize(using = ClearableText.class) @Size(max = 20) @Pattern(regexp = "(" + PHONE + ")?", message = PHONE_MESSAGE)
            @Schema(description = "On update, leave it out to keep the phone; an empty string or null clears it", nullable = true,
                    example = "13912341234") String phone,
            @Schema(example = "FIRST_MARRIAGE") MaritalStatus maritalStatus,
            @Schema(example = "2012-10-01") LocalDate marriageDate,
            @Schema(description = "REGISTERED (default), FLOATING_IN or FLOATING_OUT", example = "REGISTERED")
            ResidenceStatus residenceStatus,
            @Size(max = 100) @Schema(description = "Floating in: where from", example = "甘肃省靖远县") String originRegion,
            @Schema(description = "Floating in: arrival", example = "2018-03-01") LocalDate arrivalDate,
            @Schema(description = "Floating in: expected stay until", example = "2019-03-01") LocalDate stayUntil,
            @Size(max = 100) @Schema(description = "Floating out: where to", example = "银川市兴庆区") String destination,
            @Schema(description = "Floating out: departure") LocalDate departureDate,
            @Schema(description = "Set when the person has died") LocalDate deathDate,
            @Schema(description = "The father, a person of the register", example = "1190") Long fatherId,
            @Schema(description = "The mother, a person of the register", example = "1191") Long motherId,
            @Schema(description = "The village, for a person outside any household (else the household's)", example = "5") Long orgUnitId,
            @Schema(description = "On create: the household the person joins", example = "1001") Long householdId,
            @Schema(description = "On create: relation to the head", example = "SPOUSE") Relation relation) {

        PersonChanges changes() {
            return new PersonChanges(name, idNumber, birthDate, sex, ethnicityCode, phone, maritalStatus, marriageDate,
                    residenceStatus, Texts.blankToNull(originRegion), arrivalDate, stayUntil, Texts.blankToNull(destination), departureDate,
                    deathDate, fatherId, motherId, orgUnitId, householdId, relation);
        }
    }

    @Schema(name = "RevealRequest", description = "Why the full identifiers are needed (kept in the audit log)",
            example = "{\"purpose\": \"办理生育登记\"}")
    record RevealRequest(@NotBlank @Size(max = 200) @Schema(example = "办理生育登记") String purpose) {
    }
}
