package fpms.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer carries, set just before they are sent (after any handler's own): a content security
 * policy with no inline script (Swagger UI, which needs its inline scripts, gets only frame-ancestors), nosniff, no
 * framing, no referrer; HSTS when the request came over TLS (directly or from a trusted proxy); and caching by kind —
 * API answers, which carry personal data, are never stored; index.html is revalidated on every load, so that a new
 * release is picked up at once; the hashed assets are immutable.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String SWAGGER_UI = "/q/swagger-ui";

    void install(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> set(rc));
            rc.next();
        }, 1000);
    }

    private static void set(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        String path = rc.normalizedPath();
        headers.set("Content-Security-Policy", path.startsWith(SWAGGER_UI) ? "frame-ancestors 'none'" : CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if ("https".equals(rc.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String type = headers.get("Content-Type");
        if (path.startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        } else if (path.startsWith("/assets/") && rc.response().getStatusCode() == 200) {
            headers.set("Cache-Control", "public, max-age=31536000, immutable");
        } else if (type != null && type.startsWith("text/html")) {
            headers.set("Cache-Control", "no-cache");
        }
    }
}
