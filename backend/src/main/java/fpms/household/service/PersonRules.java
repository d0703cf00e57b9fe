package fpms.household.service;

import fpms.common.error.ProblemException;
import fpms.common.time.DateBounds;
import fpms.household.IdNumber;
import fpms.household.Person;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import java.time.LocalDate;

/** The checks a person's data must pass whoever writes it (form, import): each names the field it is about. */
public final class PersonRules {

    private PersonRules() {
    }

    /** The ID number, valid per GB 11643-1999, agreeing with the birth date and sex if those were given too. */
    public static IdNumber identity(String rawIdNumber, LocalDate birthDate, Sex sex, LocalDate today) {
        IdNumber id;
        try {
            id = IdNumber.parse(rawIdNumber, today);
        } catch (IdNumber.Invalid e) {
            throw ProblemException.invalidField("idNumber", e.problem().message());
        }
        if (birthDate != null && !birthDate.equals(id.birthDate())) {
            throw ProblemException.invalidField("birthDate", "person.birth-date.disagrees", id.birthDate());
        }
        if (sex != null && sex != id.sex()) {
            throw ProblemException.invalidField("sex", "person.sex.disagrees", id.sex().label());
        }
        return id;
    }

    /** Dates that must follow each other, none in the future where a fact is recorded, an expected stay within the years plans reach. */
    public static void dates(Person p, LocalDate today) {
        DateBounds.notBefore("marriageDate", p.marriageDate, p.birthDate, "date.before-birth");
        DateBounds.notFuture("marriageDate", p.marriageDate, today);
        DateBounds.notBefore("deathDate", p.deathDate, p.birthDate, "date.before-birth");
        DateBounds.notFuture("deathDate", p.deathDate, today);
        DateBounds.notBefore("arrivalDate", p.arrivalDate, p.birthDate, "date.before-birth");
        DateBounds.notFuture("arrivalDate", p.arrivalDate, today);
        DateBounds.notBefore("stayUntil", p.stayUntil, p.birthDate, "date.before-birth");
        DateBounds.notBefore("stayUntil", p.stayUntil, p.arrivalDate, "date.before-arrival");
        DateBounds.withinPlans("stayUntil", p.stayUntil, today);
        DateBounds.notBefore("departureDate", p.departureDate, p.birthDate, "date.before-birth");
        DateBounds.notFuture("departureDate", p.departureDate, today);
        if (p.maritalStatus != null && !p.maritalStatus.married() && p.maritalStatus != fpms.household.MaritalStatus.DIVORCED
                && p.maritalStatus != fpms.household.MaritalStatus.WIDOWED && p.marriageDate != null) {
            throw ProblemException.invalidField("marriageDate", "person.marriage-date.unmarried");
        }
        if (p.residenceStatus != ResidenceStatus.FLOATING_IN && (p.stayUntil != null || p.arrivalDate != null || p.originRegion != null)) {
            throw ProblemException.invalidField("residenceStatus", "person.residence.floating-in");
        }
        if (p.residenceStatus != ResidenceStatus.FLOATING_OUT && (p.destination != null || p.departureDate != null)) {
            throw ProblemException.invalidField("residenceStatus", "person.residence.floating-out");
        }
    }

    /** A parent of the right sex, born before the child. */
    public static void parent(String field, Person parent, Sex expected, Person child) {
        if (parent.sex != expected) {
            throw ProblemException.invalidField(field, expected == Sex.MALE ? "person.parent.male" : "person.parent.female");
        }
        if (!parent.birthDate.isBefore(child.birthDate)) {
            throw ProblemException.invalidField(field, "person.parent.born-after-child");
        }
        if (parent.id != null && parent.id.equals(child.id)) {
            throw ProblemException.invalidField(field, "person.parent.self");
        }
    }
}
