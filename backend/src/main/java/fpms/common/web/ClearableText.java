package fpms.common.web;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * A text field of a body where "left out" and "null" differ: left out reads as null (keep what is stored), an
 * explicit null as "" (clear it), as for the phone of a person's update. Use with {@code @JsonDeserialize(using = …)}.
 */
public class ClearableText extends StringDeserializer {

    @Override
    public String getNullValue(DeserializationContext context) {
        return "";
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
