package fpms.common.web;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Input refused before any resource sees it: a NUL character in a query parameter, a form field or an upload's file
 * name (PostgreSQL cannot store it; JSON bodies: {@link JsonInput}), and a JSON body over {@link JsonInput#MAX_BYTES}.
 */
public class InputGuard {

    @ServerRequestFilter(preMatching = true)
    public void query(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasNul(p.getKey()) || p.getValue().stream().anyMatch(InputGuard::hasNul)) {
                throw ProblemException.invalidField(p.getKey().replace('\0', '?'), "value.nul");
            }
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        if (json && request.getLength() > JsonInput.MAX_BYTES) {
            throw new ProblemException(413, "content-too-large", Message.of("problem.content-too-large.json"), null);
        }
    }

    /** After the form is read (multipart uploads): its fields and file names. */
    @ServerRequestFilter(readBody = true)
    public void form(ResteasyReactiveContainerRequestContext request) {
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (hasNul(name) || hasNul(value.getFileName()) || (!value.isFileItem() && hasNul(value.getValue()))) {
                    throw ProblemException.invalidField(name.replace('\0', '?'), "value.nul");
                }
            }
        }
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }
}
