package fpms.common.version;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency over HTTP: GET sends the version as ETag, writes must send it back in If-Match. */
public final class Versions {

    public static final String IF_MATCH_DESCRIPTION = "The version from the ETag of your last read, e.g. \"3\"; required"
            + " (428 without it or with *, 412 when stale)";

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when If-Match is missing or *, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", Message.of("version.if-match.missing"), null);
        }
        String given = ifMatch.trim();
        if (given.equals("*")) {
            // 428, not 412: "*" matches any version, so it proves no read and the request lacks the condition required
            // (RFC 6585 §3); 412 would say the client's version is stale, and sending * again would never help
            throw new ProblemException(428, "precondition-required", Message.of("version.if-match.any"), null);
        }
        if (given.startsWith("W/")) {
            given = given.substring(2);
        }
        given = given.replace("\"", "");
        if (!given.equals(Long.toString(currentVersion))) {
            throw new ProblemException(412, "precondition-failed", Message.of("version.stale", currentVersion), null);
        }
    }

    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(etag(version));
    }
}
