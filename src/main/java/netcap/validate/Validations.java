package netcap.validate;

import netcap.InputException;
import netcap.util.Names;

import java.util.ArrayList;
import java.util.List;

/** The registry of validations run by {@code netcap validate}. Add a replication with one line in {@link #all()}. */
public final class Validations {
    private Validations() {
    }

    /** Every validation, in the order they are run and printed. */
    public static List<Validation> all() {
        return List.of(
                new MarchValidation(),
                new SantosValidation(),
                new BassValidation(),
                new GranovetterValidation(),
                new CowanJonardValidation()
                // one line per further validation
        );
    }

    /** The names of {@link #all()}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Validation v : all()) {
            names.add(v.name());
        }
        return names;
    }

    /**
     * The named validations in the order given (case-insensitive), or all of them when
     * {@code names} is empty.
     *
     * @throws InputException for an unknown name, with a "did you mean" suggestion
     */
    public static List<Validation> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return all();
        }
        List<Validation> all = all();
        List<Validation> out = new ArrayList<>();
        for (String name : names) {
            Validation found = null;
            for (Validation v : all) {
                if (v.name().equalsIgnoreCase(name)) {
                    found = v;
                }
            }
            if (found == null) {
                throw new InputException("unknown validation '" + name + "'; known: " + String.join(", ", names())
                        + Names.didYouMean(name, names()));
            }
            if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }
}
