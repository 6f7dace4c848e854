package netcap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of {@link Params} as a model parameter. The field's name is the parameter's one
 * name everywhere: the YAML key, the CSV column, the GUI property and the ODD entry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** The mechanism or section the parameter belongs to. */
    String group();

    /** What the parameter means, one sentence. */
    String doc();

    /** Unit, or "1" for dimensionless. */
    String unit() default "1";

    /** Smallest allowed value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** When a change applies in a running model: live (read every step) or at the next start (shapes the world). */
    netcap.schema.Key.Apply apply() default netcap.schema.Key.Apply.LIVE;

    /** Whether the teaching view (the GUI's Model tab) shows the parameter. */
    boolean teach() default false;

    /** The slider's end in the teaching view when the allowed range is open above (NaN: the allowed maximum). */
    double sliderMax() default Double.NaN;
}
