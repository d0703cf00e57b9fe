package fpms.household.transfer;

import fpms.household.HouseholdType;
import fpms.household.Person;

/** One valid row of an import: the person to register and the household (by village and code) they belong to. */
record ImportedPerson(int row, long villageId, String householdCode, String address, HouseholdType householdType, Person person) {

    HouseholdKey household() {
        return new HouseholdKey(villageId, householdCode);
    }

    record HouseholdKey(long villageId, String code) {
    }
}
