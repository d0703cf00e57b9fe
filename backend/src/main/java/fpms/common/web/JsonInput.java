package fpms.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fpms.common.i18n.Message;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How the API reads JSON bodies: at most {@link #MAX_BYTES}, each key once per object (a second "name" would silently
 * win), no NUL character in any text (PostgreSQL cannot store it) and no true or false for a text — for every body,
 * in this one place.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** The largest JSON body: the longest form of the API is a few kilobytes; uploads are multipart, not JSON. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** A text of the body that cannot be taken, and why; the path names the field. */
    public static final class Refused extends InvalidFormatException {
        private final transient Message reason;

        Refused(JsonParser parser, Message reason) {
            super(parser, reason.toString(), null, String.class);
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        var limits = mapper.getFactory().streamReadConstraints().rebuild().maxDocumentLength(MAX_BYTES).build();
        mapper.getFactory().setStreamReadConstraints(limits);
        mapper.registerModule(new SimpleModule("fpms-text").addDeserializer(String.class, new Text()));
    }

    /** The key a body repeats, as a field path ("findings.condition", "babies[1].name"), or null for another failure. */
    public static String repeatedKey(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field") || e.getProcessor() == null) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = e.getProcessor().getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            parts.addFirst(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Every text of a body, as Jackson reads it, but never one with a NUL character. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                throw new Refused(p, Message.of("value.text-expected")); // true is no one's name, purpose or address
            }
            String value = StringDeserializer.instance.deserialize(p, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new Refused(p, Message.of("value.nul"));
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
