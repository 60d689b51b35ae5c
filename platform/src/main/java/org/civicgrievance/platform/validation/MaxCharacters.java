package org.civicgrievance.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * At most {@code value} characters as a reader counts them (Unicode code points), which is also
 * how MySQL's {@code VARCHAR(n)} counts. {@code @Size} counts UTF-16 units and would refuse a
 * text of 5,000 characters that contains emoji.
 */
@Documented
@Constraint(validatedBy = MaxCharacters.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface MaxCharacters {

    int value();

    String message() default "must be at most {value} characters long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxCharacters, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxCharacters annotation) {
            this.max = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Character.codePointCount(text, 0, text.length()) <= max;
        }
    }
}
