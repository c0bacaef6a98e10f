package org.mentorcred.application.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A person's name as e-mails greet them with it ("Dear …") and referees read it: at most 100 characters, no control
 * or invisible formatting characters, no link, address or markup. Anyone can type a profile, so a name such as
 * "Security Team: your account is locked, verify at http://…" must not reach a mailbox as our words. Null is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PersonName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default "must be a person's name: at most 100 characters, no links, e-mail addresses, markup "
            + "or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PersonName, String> {

        static final int MAX_LENGTH = 100;
        /** Control and format characters (bidi overrides, zero-width ones), and the markup and address signs. */
        private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}<>@\\\\{}\\[\\]|]");
        /** Something a mail client would make a link of. */
        private static final Pattern LINK = Pattern.compile(
                "(?i)(://|www\\.|\\b[a-z0-9-]+\\.(com|org|net|io|info|biz|ru|cn|xyz|top|link|click|app|dev)\\b)");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return value.codePointCount(0, value.length()) <= MAX_LENGTH && !FORBIDDEN.matcher(value).find()
                    && !LINK.matcher(value.toLowerCase(Locale.ROOT)).find();
        }
    }
}
