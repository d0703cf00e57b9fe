package fpms.common.web;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters that do not parse are the caller's mistake: 400 naming the parameter
 * (JAX-RS would answer 404, as if the resource did not exist).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        Function<String, Object> parse;
        Message expected;
        if (rawType.isEnum()) {
            parse = v -> Enum.valueOf((Class) rawType, v);
            expected = Message.of("value.one-of", Arrays.stream(rawType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        } else if (rawType == OffsetDateTime.class) {
            parse = OffsetDateTime::parse;
            expected = Message.of("value.time");
        } else if (rawType == LocalDate.class) {
            parse = LocalDate::parse;
            expected = Message.of("value.date");
        } else if (rawType == Long.class || rawType == long.class) {
            parse = Long::valueOf;
            expected = Message.of("value.whole-number");
        } else if (rawType == Integer.class || rawType == int.class) {
            parse = Integer::valueOf;
            expected = Message.of("value.whole-number");
        } else if (rawType == Boolean.class || rawType == boolean.class) {
            parse = v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(v);
            };
            expected = Message.of("value.boolean");
        } else {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return (T) parse.apply(value.trim());
                } catch (RuntimeException e) {
                    throw ProblemException.invalidField(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
