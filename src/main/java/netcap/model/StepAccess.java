package netcap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which {@link StepState} variables a rule (a {@link Mechanism}, or the metrics recorder) writes
 * and reads, by field name. A test checks the declarations against the schedule order and against
 * the rule's source; docs/ODD.md shows them as a table.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StepAccess {
    /** Variables the rule sets or adds to. */
    String[] writes() default {};

    /** Variables the rule reads as written earlier in the same step (by an earlier rule, the begin step or itself). */
    String[] reads() default {};

    /** Variables the rule reads as the previous step left them (they are written again later in the step). */
    String[] readsPrevious() default {};
}
