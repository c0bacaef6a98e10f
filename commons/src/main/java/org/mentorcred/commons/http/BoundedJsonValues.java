package org.mentorcred.commons.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.inject.Singleton;

import org.mentorcred.commons.api.InputBounds;
import org.mentorcred.commons.problem.BodyViolations;
import org.mentorcred.commons.problem.ProblemMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every decimal and date a JSON body carries is checked against {@link InputBounds} as it is read, before any code
 * of ours does arithmetic with it or hands it to PostgreSQL: out of bounds, the request is a 400 problem naming the
 * field. It wraps whatever deserializer Jackson (or its Java time module) would use for the type, so formats and
 * coercions stay as they were.
 */
@Singleton
public class BoundedJsonValues implements ObjectMapperCustomizer {

    /** Per type: the value as accepted (a decimal may lose trailing zeros), or an exception saying why not. */
    private static final Map<Class<?>, UnaryOperator<Object>> CHECKS = Map.of(
            BigDecimal.class, v -> decimal((BigDecimal) v),
            LocalDate.class, v -> refuseIf(v, InputBounds.dateProblem((LocalDate) v)),
            LocalDateTime.class, v -> refuseIf(v, InputBounds.dateTimeProblem((LocalDateTime) v)),
            OffsetDateTime.class, v -> refuseIf(v, InputBounds.dateTimeProblem((OffsetDateTime) v)),
            ZonedDateTime.class, v -> refuseIf(v, InputBounds.dateTimeProblem(((ZonedDateTime) v).toOffsetDateTime())),
            Instant.class, v -> refuseIf(v, InputBounds.dateTimeProblem(((Instant) v).atOffset(ZoneOffset.UTC))));

    private static Object decimal(BigDecimal value) {
        BigDecimal bounded = InputBounds.boundedDecimal(value);
        return bounded != null ? bounded : refuseIf(value, InputBounds.decimalProblem(value));
    }

    private static Object refuseIf(Object value, String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus has registered the Java time module
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("bounded-json-values");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                UnaryOperator<Object> check = CHECKS.get(description.getBeanClass());
                return check == null ? deserializer : new Bounded(deserializer, check);
            }
        });
        mapper.registerModule(module);
        mapper.addHandler(new RecordingProblemHandler());
    }

    /**
     * While a request body is read ({@link BodyViolations}), a string or number that does not convert (an unknown
     * enum constant, a malformed date or UUID) is recorded and read as null, so that every other violation of the
     * body is found too; elsewhere Jackson fails as usual.
     */
    private static final class RecordingProblemHandler extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                String failureMsg) {
            return recorded(context, targetType) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                String failureMsg) {
            return recorded(context, targetType) ? null : NOT_HANDLED;
        }

        private static boolean recorded(DeserializationContext context, Class<?> targetType) {
            // A primitive read as null becomes its zero (Jackson's own fallback); the recorded violation still fails
            // the request, and bean validation's complaint about that zero is left out as the same field.
            return BodyViolations.record(context.getParser(), "must be " + ProblemMapper.describe(targetType));
        }
    }

    /** The type's own deserializer, then the bounds check. */
    private static final class Bounded extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final transient UnaryOperator<Object> check;

        Bounded(JsonDeserializer<?> delegate, UnaryOperator<Object> check) {
            super(delegate);
            this.check = check;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee, check);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            try {
                return value == null ? null : check.apply(value);
            } catch (IllegalArgumentException e) {
                if (BodyViolations.record(parser, e.getMessage())) {
                    return null; // the body goes on being read, so that its other violations are listed too
                }
                throw new InvalidJsonValueException(parser, e.getMessage());
            }
        }
    }
}
