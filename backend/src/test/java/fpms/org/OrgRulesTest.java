package fpms.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fpms.org.service.PasswordHasher;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrgRulesTest {

    @Test
    void aUnitsParentIsExactlyOneLevelUp() {
        assertTrue(OrgLevel.VILLAGE.isChildOf(OrgLevel.TOWN));
        assertTrue(OrgLevel.CITY.isChildOf(OrgLevel.REGION));
        assertFalse(OrgLevel.VILLAGE.isChildOf(OrgLevel.DISTRICT));
        assertFalse(OrgLevel.TOWN.isChildOf(OrgLevel.VILLAGE));
    }

    @Test
    void thePathIsTheParentsPathPlusTheOwnId() {
        OrgUnit town = new OrgUnit();
        town.id = 4L;
        town.path = "/1/2/3/4/";
        OrgUnit village = new OrgUnit();
        village.id = 40L;
        village.placeUnder(town);
        assertEquals("/1/2/3/4/40/", village.path);
        assertEquals(4L, village.parentId);
        assertTrue(town.contains(village));
        assertFalse(village.contains(town));
        OrgUnit sibling = new OrgUnit();
        sibling.path = "/1/2/3/44/";
        assertFalse(town.contains(sibling));
    }

    @Test
    void aLockLastsUntilItsEndOrAnUnlock() {
        AppUser user = new AppUser();
        Instant until = Instant.parse("2018-07-01T08:15:00Z");
        user.lockedUntil = until;
        user.failedLogins = 3;
        assertTrue(user.lockedAt(Instant.parse("2018-07-01T08:14:59Z")));
        assertFalse(user.lockedAt(until));
        user.unlock();
        assertFalse(user.lockedAt(Instant.parse("2018-07-01T08:14:59Z")));
        assertEquals(0, user.failedLogins);
    }

    @Test
    void passwordsAreBcryptHashedAndVerified() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("Demo@2018");
        assertTrue(hash.startsWith("$2a$10$"));
        assertTrue(hasher.matches("Demo@2018", hash));
        assertFalse(hasher.matches("demo@2018", hash));
        assertFalse(hasher.matches("Demo@2018", "not a hash"));
    }
}
