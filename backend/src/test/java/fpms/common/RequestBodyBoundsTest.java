package fpms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fpms.common.web.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every body the API takes is bounded: each text and list has a @Size (a 20 MB visit finding was stored and sent back
 * with every list of the pregnancy's visits), each nested record is validated (@Valid), and each name people read is
 * {@link VisibleText}.
 */
class RequestBodyBoundsTest {

    /** The texts that name someone or something on screen. */
    private static final Set<String> NAMES = Set.of("name", "displayName", "address");
    private static final Set<String> PARAMETER_ANNOTATIONS = Set.of("PathParam", "QueryParam", "HeaderParam", "BeanParam", "Context",
            "RestForm", "FormParam", "CookieParam", "MatrixParam", "RestPath", "RestQuery", "RestHeader");

    @Test
    void everyTextAndListOfEveryBodyHasABound() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> bodies = bodies();
        assertTrue(bodies.size() > 30, "found the request bodies: " + bodies);
        Set<Class<?>> seen = new HashSet<>();
        bodies.forEach(b -> check(b, seen, problems));
        assertEquals(List.of(), problems);
    }

    private static Set<Class<?>> bodies() {
        Set<Class<?>> bodies = new HashSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fpms").stream()
                .filter(c -> c.isAnnotatedWith(Path.class)).forEach(c -> {
                    for (Method m : c.reflect().getDeclaredMethods()) {
                        if (Arrays.stream(m.getAnnotations()).noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                            continue;
                        }
                        for (Parameter p : m.getParameters()) {
                            if (Arrays.stream(p.getAnnotations()).map(a -> a.annotationType().getSimpleName())
                                    .noneMatch(PARAMETER_ANNOTATIONS::contains)) {
                                bodies.add(p.getType());
                            }
                        }
                    }
                });
        return bodies;
    }

    private static void check(Class<?> type, Set<Class<?>> seen, List<String> problems) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + c.getName();
            AnnotatedElement field = field(type, c);
            Class<?> t = c.getType();
            boolean sized = t == String.class || Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
            if (sized && !has(field, c.getAnnotatedType(), Size.class)) {
                problems.add(where + " has no @Size");
            }
            if (t == String.class && NAMES.contains(c.getName()) && !has(field, c.getAnnotatedType(), VisibleText.class)) {
                problems.add(where + " is a name but not @VisibleText");
            }
            if (t.isRecord() && !has(field, c.getAnnotatedType(), Valid.class)) {
                problems.add(where + " is not @Valid");
            }
            if (c.getAnnotatedType() instanceof AnnotatedParameterizedType generic) {
                for (AnnotatedType element : generic.getAnnotatedActualTypeArguments()) {
                    if (element.getType() instanceof Class<?> e && e.isRecord()) {
                        if (!element.isAnnotationPresent(Valid.class) && !has(field, c.getAnnotatedType(), Valid.class)) {
                            problems.add(where + ": its elements are not @Valid");
                        }
                        check(e, seen, problems);
                    }
                    if (element.getType() == String.class && !element.isAnnotationPresent(Size.class)) {
                        problems.add(where + ": its texts have no @Size");
                    }
                }
            }
            check(t, seen, problems);
        }
    }

    private static AnnotatedElement field(Class<?> type, RecordComponent c) {
        try {
            return type.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean has(AnnotatedElement field, AnnotatedType type, Class<? extends Annotation> annotation) {
        return field.isAnnotationPresent(annotation) || type.isAnnotationPresent(annotation);
    }
}
