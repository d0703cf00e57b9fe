package fpms.common.web;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** The Location of what a POST created (201) or started (202). */
public final class Locations {

    private Locations() {
    }

    /**
     * The resource class's own path and the id, e.g. "/households/1433": relative, so that RESTEasy Reactive resolves it
     * against the API's root (quarkus.rest.path, /api, and a forwarded prefix) — never spell "/api" here.
     */
    public static URI of(Class<?> resource, Object id) {
        return UriBuilder.fromResource(resource).path("{id}").build(id);
    }
}
