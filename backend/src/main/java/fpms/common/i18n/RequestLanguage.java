package fpms.common.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * The language of the current request (see {@link Catalogue#forAcceptLanguage}): for problem answers, for jobs
 * started by the request, and, as a Hibernate Validator locale resolver, for Bean Validation messages.
 */
@Singleton
public class RequestLanguage implements LocaleResolver {

    @Inject
    CurrentVertxRequest request;

    public Locale current() {
        RoutingContext context = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        return Catalogue.forAcceptLanguage(context == null ? null : context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return current();
    }
}
