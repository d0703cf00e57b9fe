package fpms.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fpms.common.i18n.Message;
import fpms.org.service.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String key(String username, String password) {
        Message problem = PasswordPolicy.problem(username, password);
        return problem == null ? null : problem.key();
    }

    @Test
    void threeKindsOfCharactersAndAtLeastEight() {
        assertEquals("user.password.policy", key("wang", "password1")); // two kinds
        assertEquals("user.password.policy", key("wang", "Pass@1")); // short
        assertEquals("user.password.policy", key("wang", "ABCDEFGHIJ"));
        assertNull(key("wang", "Password1"));
        assertNull(key("wang", "pass@word1"));
        assertNull(key("wang", "计划生育服务Ab1")); // Chinese characters are of the fourth kind
    }

    @Test
    void notTheUsernameInAnyCase() {
        assertEquals("user.password.username", key("wang.fang", "Wang.Fang@2018"));
        assertNull(key("wang.fang", "Fang@2018wa"));
    }

    @Test
    void everyByteCountsSoNoMoreThanBcryptReads() {
        String chinese24 = "计划生育服务管理系统计划生育服务管理系统计划生育"; // 24 characters, 72 bytes
        assertNull(key("wang", chinese24.substring(0, 21) + "Ab1")); // 63 + 3 bytes
        assertEquals("user.password.bytes", key("wang", chinese24 + "A1")); // 74 bytes: a second password sharing the first 72 would pass
    }
}
