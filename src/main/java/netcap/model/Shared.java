package netcap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a variable of the {@link StepState}: its shape, its unit, what it means and what the
 * begin step sets it to. The step-state table of docs/ODD.md is generated from these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Shared {
    /** Index space: {@code [agent]}, {@code [entry]} (tie entry), {@code [agent][domain]}, ..., or {@code scalar}. */
    String shape();

    /** Unit of the values ({@code ku}, {@code effort}, {@code 0/1}, {@code count}, ...). */
    String unit();

    /** What the variable holds, in one sentence. */
    String doc();

    /** What the begin step sets it to ("" when the begin step leaves it as the last step left it). */
    String begin() default "";
}
