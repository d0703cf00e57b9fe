package fpms.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads every answer a test receives as a client generated from the contract would: the operation, the status and the
 * media type must be in openapi/openapi.yaml, and a JSON body must match its schema (required fields present, types,
 * enums). A mismatch fails the test at that request. Installed for every @QuarkusTest by {@link ContractCheckCallback}.
 */
public final class ContractCheck implements Filter {

    static final ContractCheck INSTANCE = new ContractCheck(Path.of("..", "openapi", "openapi.yaml"));
    private static final URI BASE = URI.create("https://fpms.invalid/openapi.yaml");

    private final JsonNode contract;
    private final List<Operation> operations = new ArrayList<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private record Operation(String method, String template, Pattern path, int literals, String pointer) {
    }

    private ContractCheck(Path file) {
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contract.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            String template = p.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            int literals = (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.startsWith("{")).count();
            operations.add(new Operation(method.toUpperCase(), template, Pattern.compile(regex), literals,
                    "/paths/" + escape(template) + "/" + method));
        }));
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        if (path.startsWith("/api/") && !path.startsWith("/api/test-support/")) {
            String mediaType = Optional.ofNullable(answer.contentType()).map(t -> t.split(";")[0].trim()).orElse("");
            List<String> problems = check(request.getMethod(), path, answer.statusCode(), mediaType, answer.asByteArray());
            if (!problems.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + path + " answered " + answer.statusCode()
                        + " against the contract (openapi/openapi.yaml):\n  " + String.join("\n  ", problems)
                        + "\n  body: " + abbreviate(answer.asString()));
            }
        }
        return answer;
    }

    /** What a client generated from the contract could not read in this answer: nothing when it reads it. */
    List<String> check(String method, String path, int status, String mediaType, byte[] body) {
        Optional<Operation> op = operations.stream().filter(o -> o.method().equals(method) && o.path().matcher(path).matches()).findFirst();
        if (op.isEmpty()) {
            // a route no operation takes (404, 405): it must still be a problem
            return status >= 400 ? validate("/components/schemas/Problem", body) : List.of("no operation of the contract takes it");
        }
        JsonNode responses = contract.at(op.get().pointer() + "/responses");
        String code = responses.has(Integer.toString(status)) ? Integer.toString(status) : responses.has("default") ? "default" : null;
        if (code == null) {
            return List.of("status " + status + " is not documented for " + method + " " + op.get().template());
        }
        String responsePointer = resolve(op.get().pointer() + "/responses/" + code);
        JsonNode content = contract.at(responsePointer + "/content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body.length == 0 ? List.of() : List.of("a body, where the contract documents none");
        }
        if (!content.has(mediaType)) {
            List<String> documented = new ArrayList<>();
            content.fieldNames().forEachRemaining(documented::add);
            return List.of("media type '" + mediaType + "' where the contract documents " + documented);
        }
        String schema = responsePointer + "/content/" + escape(mediaType) + "/schema";
        return mediaType.endsWith("json") && !contract.at(schema).isMissingNode() ? validate(schema, body) : List.of();
    }

    private List<String> validate(String schemaPointer, byte[] bytes) {
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        JsonSchema schema = compiled.computeIfAbsent(schemaPointer, p -> {
            ObjectNode root = contract.deepCopy();
            root.put("$ref", "#" + p);
            return schemas.getSchema(BASE, root);
        });
        Set<ValidationMessage> errors = schema.validate(body);
        return errors.stream().map(ValidationMessage::getMessage).sorted().limit(10).collect(Collectors.toList());
    }

    /** A response may be a $ref to components/responses. */
    private String resolve(String pointer) {
        JsonNode node = contract.at(pointer);
        return node.has("$ref") ? node.get("$ref").asText().substring(1) : pointer;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

}
