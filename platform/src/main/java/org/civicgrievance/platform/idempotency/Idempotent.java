package org.civicgrievance.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a resource method that creates something: a request carrying an {@code Idempotency-Key}
 * header is carried out once, and a retry with the same key gets the first answer back instead of
 * a second case, answer or upload. The method must return a {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
