package netcap.spec;

import ec.util.MersenneTwisterFast;
import netcap.cli.CliRun;
import netcap.random.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input never gets a stack trace: seeded random bytes, random text and random mutations of
 * the shipped experiment specs (lines deleted, duplicated or swapped; values replaced by random
 * tokens, huge or tiny numbers, random Unicode; deep nesting; anchors and aliases; tabs) are
 * given to {@code netcap run} in this JVM. Each must exit 0 with its tables written, or exit 2
 * with exactly one line on standard error, {@code netcap: error: ...}, naming no exception class
 * and no stack frame, and without {@code summary.csv} in the output folder.
 *
 * <p>Left out of the generators: the value {@code .nan} and NaN-like tokens, whose message is
 * being reworded (they are refused with one line today, but the line calls them "not valid
 * YAML").
 */
class FuzzTest {
    static final int RANDOM_BYTES = 40;
    static final int RANDOM_TEXT = 40;
    static final int MUTATIONS = 320;

    /** An exception's class name as Java prints it ({@code java.io.IOException}, {@code NullPointerException}). */
    static final Pattern EXCEPTION_NAME = Pattern.compile("\\b([a-z][a-z0-9_]*\\.)+[A-Z]\\w*(Exception|Error)\\b|\\b\\w*(Exception|Error):");

    static final String[] TOKENS = {
        "", "~", "null", "true", "false", "yes", "no", "0", "-1", "1", "2", "0.5", "-0.0", "1e309", "-1e309", "1e-400",
        "99999999999999999999999", "9223372036854775808", "2147483648", "-2147483649", "0x10", "0o17", "1_000",
        "abc", "'quoted'", "\"dq\"", "[]", "{}", "[1, 2", "{a: 1", "[[[[1]]]]", "{a: {b: {c: 1}}}", "- x", ": x", "?", "!!str 3",
        "!!binary aGVsbG8=", "!!set {a, b}", "!!float 1", "!!int abc", "!java.lang.Object {}", "&a 3", "*a", "*undefined",
        "\"\\u0000\"", "é", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "日本語", "\u202Eright-to-left", "x: y: z", "%TAG", "---", "...", "#", "|", ">",
        "\t3", "1, 2", "[0, 1e309]", "{min: 1, max: 0}", "{min: 0}", "[online, online]", "[physical]", "wattsStrogatz",
    };

    static final String PUNCTUATION = " :-[]{},#&*!|>'\"%@`\n\tabcxyz0123456789.";

    @TempDir
    Path tmp;

    @Test
    void noInputGivesAStackTrace() throws IOException {
        MersenneTwisterFast r = Streams.rng(Streams.child(20261130L, "fuzz-test"));
        List<Path> specs = new ArrayList<>();
        try (var s = Files.list(Path.of("experiments"))) {
            // morris-screen (94 factors, 95 runs even at its smallest) would take most of the time
            s.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("morris-screen.yaml"))
                    .sorted().forEach(specs::add);
        }
        List<String> texts = new ArrayList<>();
        for (Path p : specs) {
            // snapshots at the shortened last step (a list cannot be set with --set)
            texts.add(Files.readString(p).replaceAll("snapshots: \\[[0-9, ]*\\]", "snapshots: [2]"));
        }
        int ok = 0;
        int refused = 0;
        int c = 0;
        for (int i = 0; i < RANDOM_BYTES; i++, c++) {
            byte[] b = new byte[r.nextInt(600)];
            r.nextBytes(b);
            if (check(c, b, "random bytes")) {
                ok++;
            } else {
                refused++;
            }
        }
        for (int i = 0; i < RANDOM_TEXT; i++, c++) {
            if (check(c, randomText(r).getBytes(StandardCharsets.UTF_8), "random text")) {
                ok++;
            } else {
                refused++;
            }
        }
        for (int i = 0; i < MUTATIONS; i++, c++) {
            int which = r.nextInt(texts.size());
            String text = texts.get(which);
            StringBuilder how = new StringBuilder(specs.get(which).getFileName().toString());
            int k = 1 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                text = mutate(r, text, how);
            }
            if (check(c, text.getBytes(StandardCharsets.UTF_8), how.toString())) {
                ok++;
            } else {
                refused++;
            }
        }
        System.out.println("FuzzTest: " + c + " inputs, " + ok + " ran, " + refused + " refused with one line");
        assertTrue(refused > c / 3 && ok > 10, "the inputs are a mix of runnable and bad specs: " + ok + " ran, " + refused + " refused");
    }

    /**
     * Found by probing the generators' sizes: {@code regions: 2147483647} made the regional
     * generator allocate one centre per region and fail with OutOfMemoryError and a stack trace.
     */
    @Test
    void moreRegionsThanAgentsAreRefusedWithOneLine() throws IOException {
        String spec = "name: regions\nnetwork: {generator: regional, n: 30, regions: 2147483647, meanDegree: 4}\n";
        assertFalse(check(0, spec.getBytes(StandardCharsets.UTF_8), "regions: 2147483647"));
        CliRun run = CliRun.of("run", tmp.resolve("case0.yaml").toString(), "--out", tmp.resolve("again").toString(), "-q",
                "--no-charts", "--set", "steps=2", "--set", "replications=1");
        assertTrue(run.err().contains("regions must be in [1, n] = [1, 30], was 2147483647"), run.err());
        String ok = "name: regions\nnetwork: {generator: regional, n: 30, regions: 30, meanDegree: 4}\n";
        assertTrue(check(1, ok.getBytes(StandardCharsets.UTF_8), "regions: 30"), "as many regions as agents run");
    }

    /** The checks recognise what they look for. */
    @Test
    void exceptionNamesAreRecognised() {
        for (String s : List.of("java.lang.NullPointerException", "java.lang.OutOfMemoryError: Java heap space",
                "NullPointerException: x", "com.fasterxml.jackson.core.JsonParseException")) {
            assertTrue(EXCEPTION_NAME.matcher(s).find(), s);
        }
        for (String s : List.of("netcap: error: case.yaml:3: seed: must be an integer", "an error in the spec")) {
            assertFalse(EXCEPTION_NAME.matcher(s).find(), s);
        }
    }

    /** Runs {@code netcap run} on the input; true when it ran, false when it was refused properly; fails otherwise. */
    private boolean check(int c, byte[] input, String how) throws IOException {
        Path file = tmp.resolve("case" + c + ".yaml");
        Files.write(file, input);
        Path out = tmp.resolve("out" + c);
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString(), "-q", "--no-charts",
                "--threads", "1", "--set", "steps=2", "--set", "replications=1", "--set", "network.n=30"));
        if (text.contains("\ndesign:")) {
            args.addAll(List.of("--set", "design.samples=2"));
        }
        CliRun run;
        java.io.PrintStream stdout = System.out;
        try {
            // netcap run prints its "wrote ..." line to System.out: kept out of the test log
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            run = CliRun.of(args.toArray(String[]::new));
        } catch (Throwable t) {
            fail(describe(c, how, text) + "\nthrew " + t, t);
            return false;
        } finally {
            System.setOut(stdout);
        }
        String err = run.err().strip();
        if (System.getProperty("fuzz.log") != null) {
            System.out.println("FUZZCASE " + c + " [" + how + "] exit " + run.code() + ": " + err.replace("\n", " | "));
        }
        if (run.code() == 0) {
            assertTrue(Files.exists(out.resolve("summary.csv")), describe(c, how, text) + "\nexit 0 without summary.csv");
            return true;
        }
        String problem = null;
        if (run.code() != 2) {
            problem = "exit code " + run.code() + " (expected 0 or 2)";
        } else if (!err.startsWith("netcap: error: ")) {
            problem = "standard error does not start with 'netcap: error: '";
        } else if (err.contains("\n")) {
            problem = "more than one line on standard error";
        } else if (err.contains("\tat ") || EXCEPTION_NAME.matcher(err).find()) {
            problem = "an exception class or stack frame on standard error";
        } else if (Files.exists(out.resolve("summary.csv"))) {
            problem = "summary.csv written although the run failed";
        }
        if (problem != null) {
            fail(describe(c, how, text) + "\n" + problem + "\n--- standard error ---\n" + err.lines().limit(12)
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        return false;
    }

    private static String describe(int c, String how, String text) {
        return "fuzz case " + c + " (" + how + ")\n--- input ---\n" + (text.length() > 3000 ? text.substring(0, 3000) + "\n..." : text);
    }

    private static String randomText(MersenneTwisterFast r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            if (u < 0.5) {
                b.append(PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
            } else if (u < 0.8) {
                b.append(TOKENS[r.nextInt(TOKENS.length)]);
            } else {
                b.appendCodePoint(randomCodePoint(r));
            }
        }
        return b.toString();
    }

    private static int randomCodePoint(MersenneTwisterFast r) {
        while (true) {
            int cp = r.nextInt(0x30000);
            if (Character.isDefined(cp) && !Character.isSurrogate((char) cp) || cp < 0x20) {
                return cp;
            }
        }
    }

    /** One random change to a spec's text; appends what it did to {@code how}. */
    static String mutate(MersenneTwisterFast r, String text, StringBuilder how) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        int i = r.nextInt(n);
        int kind = r.nextInt(11);
        switch (kind) {
            case 0 -> {
                how.append(", line ").append(i + 1).append(" deleted");
                lines.remove(i);
            }
            case 1 -> {
                how.append(", line ").append(i + 1).append(" duplicated");
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                int j = r.nextInt(n);
                how.append(", lines ").append(i + 1).append(" and ").append(j + 1).append(" swapped");
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3, 4, 5 -> {
                // a value replaced by a random token (the part after the first ': ' or the first list item)
                String line = lines.get(i);
                String token = TOKENS[r.nextInt(TOKENS.length)];
                int colon = line.indexOf(": ");
                how.append(", value on line ").append(i + 1).append(" -> ").append(token);
                if (colon >= 0) {
                    int end = line.indexOf(',', colon);
                    int close = line.indexOf('}', colon);
                    if (end < 0 || close >= 0 && close < end) {
                        end = close;
                    }
                    lines.set(i, line.substring(0, colon + 2) + token + (end < 0 || r.nextBoolean() ? "" : line.substring(end)));
                } else {
                    lines.set(i, line + token);
                }
            }
            case 6 -> {
                // random Unicode inserted somewhere in a line
                String line = lines.get(i);
                int at = r.nextInt(line.length() + 1);
                StringBuilder u = new StringBuilder();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    u.appendCodePoint(randomCodePoint(r));
                }
                how.append(", unicode inserted on line ").append(i + 1);
                lines.set(i, line.substring(0, at) + u + line.substring(at));
            }
            case 7 -> {
                // deep nesting under a key
                int depth = 1 + r.nextInt(r.nextBoolean() ? 30 : 3000);
                String deep = r.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                        : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                String[] keys = {"params", "network", "seed", "sweep", "scenarios", "trustGain", "zz", "layers"};
                String key = keys[r.nextInt(keys.length)];
                how.append(", ").append(key).append(" nested ").append(depth).append(" deep");
                lines.add(r.nextInt(n + 1), (r.nextBoolean() ? "" : "  ") + key + ": " + deep);
            }
            case 8 -> {
                // a huge or tiny number in a numeric value
                String line = lines.get(i);
                String[] huge = {"1e309", "-1e309", "1e-320", "99999999999999999999999999", "9223372036854775807", "2147483647",
                        "4294967296", "1.7976931348623157e308", "-2147483648", "0.0000000000000000000001"};
                String h = huge[r.nextInt(huge.length)];
                how.append(", numbers on line ").append(i + 1).append(" -> ").append(h);
                lines.set(i, line.replaceAll("(?<![\\w.])-?[0-9]+(\\.[0-9]+)?(?![\\w.])", h));
            }
            case 9 -> {
                // an anchor on one value and an alias elsewhere
                String line = lines.get(i);
                int colon = line.indexOf(": ");
                how.append(", anchor/alias around line ").append(i + 1);
                if (colon >= 0 && colon + 2 < line.length()) {
                    lines.set(i, line.substring(0, colon + 2) + "&x " + line.substring(colon + 2));
                    int j = r.nextInt(n);
                    String other = lines.get(j);
                    int oc = other.indexOf(": ");
                    if (oc >= 0) {
                        lines.set(j, other.substring(0, oc + 2) + "*x");
                    } else {
                        lines.add(n, r.nextBoolean() ? "params: *x" : "<<: *x");
                    }
                } else {
                    lines.add(i, "seed: *nowhere");
                }
            }
            default -> {
                // tabs for indentation or spacing
                String line = lines.get(i);
                how.append(", tab on line ").append(i + 1);
                lines.set(i, line.startsWith("  ") ? "\t" + line.substring(2) : line.replaceFirst(": ", ":\t"));
            }
        }
        return String.join("\n", lines);
    }
}
