package netcap.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a {@link Validation}: a one-line summary of what we got, whether it meets the
 * pass criterion, and the numbers behind it (insertion-ordered, JSON-friendly values: numbers,
 * strings, booleans, lists and maps of those).
 */
public record Outcome(String result, boolean pass, Map<String, Object> details) {
    public Outcome {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
