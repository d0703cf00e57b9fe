package fpms.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fpms.common.error.ProblemException;
import fpms.common.scope.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one mechanism for retrying a POST safely: with an {@code Idempotency-Key} (a UUID), the same key, body and user
 * within 24 hours get the first answer again (status, body, Location; header {@code Idempotent-Replayed: true}) and
 * nothing is written twice; the same key with another body is refused (422); while the first request still runs, a
 * second gets 409. Kept in the database (table idempotent_request), so any replica answers. Login, refresh and logout
 * take no key; a multipart upload (an import) neither: its body is not read twice. A 5xx answer is not kept: a retry
 * runs again.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String STARTED = "fpms.idempotency";

    @Inject
    IdempotentAnswers answers;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** Whether a request can carry a key: a POST of the API with a JSON body (or none), not one of the session's. */
    public static boolean applies(String method, String path, MediaType type) {
        return "POST".equals(method) && path.startsWith("/api/") && !path.startsWith("/api/auth/")
                && (type == null || !type.getType().equals("multipart"));
    }

    /** Not a body-reading filter: only a request with a key has its body read here (on the worker thread), once. */
    @ServerRequestFilter
    public Response before(ContainerRequestContext request) throws IOException {
        String given = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getRequestUri().getPath();
        if (given == null || !applies(request.getMethod(), path, request.getMediaType())
                || !caller.authenticated()) {
            return null;
        }
        UUID key;
        try {
            key = UUID.fromString(given.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(HEADER, "idempotency.key.uuid");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request.getMethod(), path, body);
        IdempotentAnswers.Answer first = answers.begin(caller.userId(), key, fingerprint);
        if (first == null) {
            request.setProperty(STARTED, key);
            return null;
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header(REPLAYED, "true");
        if (first.body() != null) {
            replay.entity(first.body()).type(first.contentType());
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof UUID key)) {
            return;
        }
        if (response.getStatus() >= 500) {
            answers.forget(caller.userId(), key);
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        MediaType type = response.getMediaType();
        answers.keep(caller.userId(), key, response.getStatus(), location == null ? null : location.toString(),
                type == null ? null : type.toString(), body(response.getEntity()));
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be kept", e);
        }
    }

    private static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
