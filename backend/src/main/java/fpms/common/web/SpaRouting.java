package fpms.common.web;

import fpms.common.error.Problem;
import fpms.common.i18n.Catalogue;
import fpms.common.i18n.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Serves the SPA: a GET for a client route (not /api, not /q, not a file) is answered with index.html;
 * an /api path that no resource takes is answered with a problem+json 404, never an HTML page.
 */
@ApplicationScoped
public class SpaRouting {

    private static final Pattern FILE = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]+$");

    void install(@Observes Router router) {
        router.get("/*").order(-100).handler(rc -> {
            String path = rc.normalizedPath();
            if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")
                    || path.equals("/q") || FILE.matcher(path).matches()) {
                rc.next();
            } else {
                rc.reroute("/");
            }
        });
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(rc -> {
            Locale language = Catalogue.forAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            rc.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(new JsonObject()
                            .put("type", "urn:fpms:problem:not-found")
                            .put("title", Message.of("problem.not-found").in(language))
                            .put("status", 404)
                            .put("detail", Message.of("problem.not-found.route", rc.normalizedPath()).in(language))
                            .put("instance", rc.normalizedPath())
                            .encode());
        });
    }
}
