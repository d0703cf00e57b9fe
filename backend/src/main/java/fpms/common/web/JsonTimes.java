package fpms.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fpms.common.time.AppClock;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way the API writes a point in time: ISO-8601 with the offset of the app's zone (AppClock, +08:00), whether a
 * DTO holds an Instant, an OffsetDateTime or a ZonedDateTime — never UTC "…Z" in one answer and +08:00 in the next.
 */
@Singleton
public class JsonTimes implements ObjectMapperCustomizer {

    @Inject
    AppClock clock;

    /** After Quarkus's own customizers: the serializers of the module registered last win over the JSR-310 module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("fpms-times")
                .addSerializer(Instant.class, new InAppZone<>(Instant.class))
                .addSerializer(OffsetDateTime.class, new InAppZone<>(OffsetDateTime.class))
                .addSerializer(ZonedDateTime.class, new InAppZone<>(ZonedDateTime.class)));
    }

    /** The same instant, written at the app zone's offset. */
    private final class InAppZone<T extends TemporalAccessor> extends StdSerializer<T> {

        InAppZone(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.from(value).atZone(clock.zone())));
        }
    }
}
