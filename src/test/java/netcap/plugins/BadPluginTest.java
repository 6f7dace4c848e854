package netcap.plugins;

import netcap.cli.CliRun;
import netcap.model.plugins.Plugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bad plug-in, or a spec that misuses one, gets one line that says what is wrong and exit code
 * 2, without a stack trace: unknown names, two plug-ins with one name, clashes with built-in
 * names, orders outside the schedule, undeclared step-state variables, and plug-in code that
 * throws.
 */
class BadPluginTest {
    @TempDir
    Path tmp;

    @AfterEach
    void unload() {
        Plugins.load(List.of());
    }

    /**
     * A plug-in named {@code name} with one parameter {@code param}, one mechanism {@code mech}
     * at {@code order} that reads {@code reads} and runs {@code body}.
     */
    private Path plugin(String dir, String name, String param, String mech, int order, String reads, String body) {
        String src = """
                package bad;
                import netcap.api.*;
                import java.util.List;
                public final class P implements Plugin {
                    public String name() { return "%s"; }
                    public String version() { return "0.1"; }
                    public List<Parameter> parameters() { return List.of(Parameter.number("%s", 0.5, 0, 1, "A parameter.")); }
                    public List<PluginMechanism> mechanisms() {
                        return List.of(new PluginMechanism() {
                            public String name() { return "%s"; }
                            public int order() { return %d; }
                            public List<String> reads() { return List.of(%s); }
                            public void step(Model model) { %s }
                        });
                    }
                }
                """.formatted(name, param, mech, order, reads, body);
        return PluginJars.jar(tmp.resolve(dir), name, Map.of("bad.P", src), "bad.P");
    }

    private Path spec(String yaml) throws IOException {
        Path f = tmp.resolve("spec.yaml");
        Files.writeString(f, "steps: 3\nreplications: 1\nnetwork: {n: 60, k: 4}\n" + yaml);
        return f;
    }

    /** Runs the spec with the plug-ins of {@code dirs} and returns standard error, after checking exit 2 and no stack trace. */
    private String fails(Path spec, Path... dirs) {
        List<String> args = new java.util.ArrayList<>(List.of("run", spec.toString(), "--out", tmp.resolve("out").toString(), "-q", "--no-charts"));
        for (Path d : dirs) {
            args.add("--plugins");
            args.add(d.toString());
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("netcap: error: "), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(Files.exists(tmp.resolve("out").resolve("summary.csv")), "nothing written");
        return r.err();
    }

    @Test
    void anUnknownPluginNameListsTheLoadedOnes() throws IOException {
        String err = fails(spec("plugins: [meetp]\n"), PluginJars.exampleFolder());
        assertTrue(err.contains("unknown plug-in 'meetp'") && err.contains("did you mean 'meetup'") && err.contains("Loaded plug-ins: meetup"), err);
        err = fails(spec("plugins: [meetup]\n"));
        assertTrue(err.contains("no plug-ins are loaded") && err.contains("--plugins DIR"), err);
    }

    @Test
    void aPluginParameterWithoutItsPluginPointsToIt() throws IOException {
        String err = fails(spec("params: {meetupInterval: 5}\n"), PluginJars.exampleFolder());
        assertTrue(err.contains("unknown parameter") && err.contains("add plugins: [meetup]"), err);
        err = fails(spec("plugins: [meetup]\nparams: {meetupInterval: 0}\n"), PluginJars.exampleFolder());
        assertTrue(err.contains("meetupInterval") && err.contains("[1, 10000]"), "checked like a built-in parameter: " + err);
    }

    @Test
    void twoPluginsWithOneNameAreRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("twins"));
        Files.copy(PluginJars.exampleFolder().resolve("meetup.jar"), dir.resolve("a.jar"));
        Files.copy(PluginJars.exampleFolder().resolve("meetup.jar"), dir.resolve("b.jar"));
        String err = fails(spec(""), dir);
        assertTrue(err.contains("two plug-ins are named 'meetup'") && err.contains("a.jar") && err.contains("b.jar"), err);
    }

    @Test
    void aParameterThatClashesWithABuiltInOneIsRefused() throws IOException {
        plugin("clash", "clash", "attentionBudget", "clashRule", 91, "", "");
        String err = fails(spec(""), tmp.resolve("clash"));
        assertTrue(err.contains("plug-in 'clash'") && err.contains("parameter 'attentionBudget' clashes with the built-in parameter"), err);
    }

    @Test
    void aMechanismNamedLikeABuiltInOneIsRefused() throws IOException {
        plugin("named", "named", "namedRate", "trust", 91, "", "");
        assertTrue(fails(spec(""), tmp.resolve("named")).contains("mechanism 'trust' clashes with the built-in mechanism"));
    }

    @Test
    void anOrderOutsideTheScheduleOrAtATakenPlaceIsRefused() throws IOException {
        plugin("late", "late", "lateRate", "lateRule", 1000, "", "");
        String err = fails(spec(""), tmp.resolve("late"));
        assertTrue(err.contains("order 1000, outside the schedule") && err.contains("strictly between 0"), err);
        plugin("taken", "taken", "takenRate", "takenRule", 90, "", "");
        err = fails(spec(""), tmp.resolve("taken"));
        assertTrue(err.contains("order 90, the order of tieFormation") && err.contains("e.g. 91"), err);
    }

    @Test
    void anUnknownStepStateVariableIsRefusedWhenLoading() throws IOException {
        plugin("unknown", "unknown", "unknownRate", "unknownRule", 91, "\"efort\"", "");
        String err = fails(spec(""), tmp.resolve("unknown"));
        assertTrue(err.contains("step-state variable 'efort', which does not exist") && err.contains("did you mean 'effort'"), err);
    }

    @Test
    void anUndeclaredStepStateVariableStopsTheRun() throws IOException {
        plugin("sneaky", "sneaky", "sneakyRate", "sneakyRule", 91, "", "model.stepDoubles(\"effort\");");
        String err = fails(spec("plugins: [sneaky]\n"), tmp.resolve("sneaky"));
        assertTrue(err.contains("plug-in 'sneaky' 0.1, mechanism 'sneakyRule', failed in step 1")
                && err.contains("uses step-state variable 'effort' without declaring it"), err);
    }

    @Test
    void anExceptionInPluginCodeNamesThePluginTheStepAndTheLine() throws IOException {
        plugin("boom", "boom", "boomRate", "boomRule", 91, "",
                "if (model.step() == 2) { throw new IllegalStateException(\"no chairs left\"); }");
        String err = fails(spec("plugins: [boom]\n"), tmp.resolve("boom"));
        assertTrue(err.contains("mechanism 'boomRule', failed in step 2: IllegalStateException: no chairs left (at bad.P$1.step(P.java:"), err);
    }

    @Test
    void aMissingFolderOrOneWithoutJarsIsNamed() throws IOException {
        assertTrue(fails(spec(""), tmp.resolve("nowhere")).contains("does not exist"));
        Files.createDirectories(tmp.resolve("empty"));
        assertTrue(fails(spec(""), tmp.resolve("empty")).contains("no plug-in jars (*.jar) in this folder"));
    }

    @Test
    void theSameSpecRunsWithoutThePluginsLoadedWhenItNamesNone() throws IOException {
        CliRun r = CliRun.of("run", spec("").toString(), "--out", tmp.resolve("plain").toString(), "-q", "--no-charts",
                "--plugins", PluginJars.exampleFolder().toString());
        assertEquals(0, r.code(), r.err());
        CliRun s = CliRun.of("run", spec("").toString(), "--out", tmp.resolve("plain-again").toString(), "-q", "--no-charts");
        assertEquals(0, s.code(), s.err());
        assertEquals(Files.readString(tmp.resolve("plain").resolve("timeseries.csv")), Files.readString(tmp.resolve("plain-again").resolve("timeseries.csv")),
                "loading a plug-in changes no run that does not name it");
    }
}
