package news.prism.http.input;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The JSON a Java type is bound from: which token it must be, and for objects and lists what their parts are. */
sealed interface ValueKind {

    /** Any JSON at all: the body is read by the controller itself, or the type says nothing more. */
    record Anything() implements ValueKind {
    }

    /** A JSON string; {@code type} says what it must parse as (a UUID, one of an enum's names) besides text. */
    record Text(Class<?> type) implements ValueKind {
    }

    /** A JSON number without fraction or exponent that fits {@code min..max} (either null: unbounded). */
    record WholeNumber(BigInteger min, BigInteger max, boolean primitive) implements ValueKind {
    }

    record Decimal(boolean primitive) implements ValueKind {
    }

    record Bool(boolean primitive) implements ValueKind {
    }

    record ListOf(Argument<?> element) implements ValueKind {
    }

    record MapOf(Argument<?> value) implements ValueKind {
    }

    /** A JSON object whose known properties are bound to {@code properties}; others are ignored by the binder. */
    record ObjectOf(Map<String, Argument<?>> properties) implements ValueKind {
    }

    static ValueKind of(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Optional.class) {
            return of(argument.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT));
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == char.class
                || type == Character.class || type.isEnum() || type == UUID.class || type == URI.class
                || type == Locale.class || Temporal.class.isAssignableFrom(type)
                || TemporalAmount.class.isAssignableFrom(type)) {
            return new Text(type);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Bool(type.isPrimitive());
        }
        if (type == int.class || type == Integer.class) {
            return whole(Integer.MIN_VALUE, Integer.MAX_VALUE, type);
        }
        if (type == long.class || type == Long.class) {
            return whole(Long.MIN_VALUE, Long.MAX_VALUE, type);
        }
        if (type == short.class || type == Short.class) {
            return whole(Short.MIN_VALUE, Short.MAX_VALUE, type);
        }
        if (type == byte.class || type == Byte.class) {
            return whole(Byte.MIN_VALUE, Byte.MAX_VALUE, type);
        }
        if (type == BigInteger.class) {
            return new WholeNumber(null, null, false);
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return new Decimal(type.isPrimitive());
        }
        if (type == byte[].class || type == Object.class) {
            return new Anything();
        }
        if (type.isArray()) {
            return new ListOf(Argument.of(type.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new ListOf(argument.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT));
        }
        if (Map.class.isAssignableFrom(type)) {
            Argument<?>[] parameters = argument.getTypeParameters();
            return new MapOf(parameters.length == 2 ? parameters[1] : Argument.OBJECT_ARGUMENT);
        }
        return objectOf(type);
    }

    private static ValueKind whole(long min, long max, Class<?> type) {
        return new WholeNumber(BigInteger.valueOf(min), BigInteger.valueOf(max), type.isPrimitive());
    }

    /** A bean's properties from its introspection; a record without one from its components. */
    private static ValueKind objectOf(Class<?> type) {
        Map<String, Argument<?>> properties = new LinkedHashMap<>();
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isPresent()) {
            for (BeanProperty<?, ?> property : introspection.get().getBeanProperties()) {
                properties.put(property.getName(), property.asArgument());
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), Argument.of(component.getGenericType()));
            }
        } else {
            return new Anything();
        }
        return new ObjectOf(properties);
    }
}
