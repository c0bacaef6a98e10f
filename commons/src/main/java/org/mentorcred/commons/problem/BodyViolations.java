package org.mentorcred.commons.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * A 400 lists every violation of a JSON body at once, whatever its kind. Jackson stops at the first value it cannot
 * convert (an unknown enum constant, a malformed date or UUID, a number out of bounds), so bean validation, which
 * would list the rest, never ran. While a body is read, such values are recorded here (by
 * {@link org.mentorcred.commons.http.BoundedJsonValues}'s problem handler) and read as null; once the body is read,
 * if any were recorded, the body is validated and the recorded violations answered together with the bean
 * validation's, in one 400 problem.
 */
@Provider
public class BodyViolations implements ReaderInterceptor {

    private static final ThreadLocal<List<Violation>> RECORDED = new ThreadLocal<>();

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        List<Violation> outer = RECORDED.get();
        List<Violation> recorded = new ArrayList<>();
        RECORDED.set(recorded);
        Object entity;
        try {
            entity = context.proceed();
        } finally {
            RECORDED.set(outer);
        }
        if (recorded.isEmpty()) {
            return entity;
        }
        Set<String> fields = new LinkedHashSet<>();
        List<Violation> all = new ArrayList<>(recorded);
        recorded.forEach(v -> fields.add(v.field()));
        if (entity != null) {
            for (ConstraintViolation<Object> v : validator.validate(entity)) {
                String field = ProblemMapper.fieldOf(v.getPropertyPath());
                if (!fields.contains(field)) { // a refused value read as null is not also "must not be null"
                    all.add(new Violation(field, v.getMessage()));
                }
            }
        }
        throw ProblemException.invalid(all);
    }

    /** Records a refused value at the parser's current field, if a body is being read here; false otherwise. */
    public static boolean record(JsonParser parser, String message) {
        List<Violation> recorded = RECORDED.get();
        if (recorded == null) {
            return false;
        }
        recorded.add(new Violation(pathOf(parser), message));
        return true;
    }

    /** {@code evidence.engagements[0].hours}: where the parser is, as the client named it. */
    static String pathOf(JsonParser parser) {
        List<Object> segments = new ArrayList<>(); // innermost first: field names and array indexes
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.add(c.getCurrentName());
            } else if (c.inArray()) {
                segments.add(Math.max(0, c.getCurrentIndex()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = segments.size() - 1; i >= 0; i--) {
            Object segment = segments.get(i);
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment);
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
