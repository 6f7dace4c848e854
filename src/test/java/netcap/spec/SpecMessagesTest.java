package netcap.spec;

import netcap.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages about bad specs and options: each names what was wrong, where, and what is allowed. */
class SpecMessagesTest {
    @TempDir
    Path tmp;

    private static final String NET = "name: t\nsteps: 2\nreplications: 1\nnetwork:\n  generator: wattsStrogatz\n  n: 30\n  k: 4\n  p: 0.1\n";

    private static String error(String yaml, String... overrides) {
        return assertThrows(SpecException.class, () -> Spec.parse("x.yaml", yaml, null, List.of(overrides))).getMessage();
    }

    private static Spec spec(String yaml, String... overrides) {
        return Spec.parse("x.yaml", yaml, null, List.of(overrides));
    }

    @Test
    void anUnknownKeyWithoutASuggestionIsSeparatedFromTheKnownKeys() {
        String m = error("zzqqxx: 1\n");
        assertTrue(m.startsWith("x.yaml:1: zzqqxx: unknown key. Known keys: name, description"), m);
        m = error("stepz: 1\n");
        assertTrue(m.startsWith("x.yaml:1: stepz: unknown key; did you mean 'steps'? Known keys: name"), m);
        m = error("mechanisms:\n  zzqqxx: true\n");
        assertTrue(m.contains("mechanisms.zzqqxx: unknown mechanism. Known: "), m);
        m = error("design:\n  type: lhs\n  factors:\n    trustGain: {min: 0, max: 1, zzqqxx: 2}\n");
        assertTrue(m.contains("unknown key. A factor has min and max."), m);
    }

    @Test
    void anOverriddenNetworkKeyIsBlamedOnTheOverrideNotOnTheSpecFile() {
        String m = error(NET, "network.zz=3");
        assertTrue(m.startsWith("--set network.zz=3: network.zz: "), m);
        assertTrue(m.contains("unknown parameter \"zz\""), m);
        assertFalse(m.contains("x.yaml"), m);
        // a value the key refuses, too
        m = error(NET, "trustGain=7");
        assertTrue(m.startsWith("--set trustGain=7: params.trustGain: must be a finite number in [0, 1], was 7"), m);
    }

    @Test
    void theGeneratorCanBeSwitchedWithSet() {
        Spec s = spec(NET, "network.generator=barabasiAlbert");
        assertEquals("barabasiAlbert", s.network.generator());
        assertEquals(Map.of("n", 30L), s.network.params(), "the spec's k and p belong to wattsStrogatz only; n is kept");
        s = spec(NET, "network.generator=barabasiAlbert", "network.m=2");
        assertEquals(Map.of("n", 30L, "m", 2L), s.network.params());
        s = spec(NET, "network.m=2", "network.generator=barabasiAlbert");
        assertEquals(Map.of("n", 30L, "m", 2L), s.network.params(), "a key given with --set is kept");
    }

    @Test
    void setTakesYamlListsAndMapsAndAnyKey() {
        Spec s = spec(NET, "output.snapshots=[1, 2]", "layers=[forum,chat]", "params={trustGain: 0.2, trustLoss: 0.3}");
        assertEquals(List.of(1, 2), s.snapshots);
        assertEquals(List.of("forum", "chat"), s.layers);
        assertEquals(0.2, s.params.get("trustGain"));
        assertEquals(0.3, s.params.get("trustLoss"));
        s = spec(NET, "metrics=[members, meanTrust]");
        assertTrue(s.metrics.contains("meanTrust") && !s.metrics.contains("totalKnowledge"), s.metrics.toString());
        String m = error(NET, "output.snapshots=[1, 99]");
        assertTrue(m.startsWith("--set output.snapshots=[1, 99]: output.snapshots[1]: must be an integer in [0, 2], was 99"), m);
        // plain text stays text, as given
        assertEquals("other", spec(NET, "name=other").name);
        assertEquals("a: b # c", spec(NET, "description=a: b # c").description);
    }

    @Test
    void nanIsValidYamlAndRefusedByTheKeyWithItsRange() {
        String m = error("steps: .nan\n");
        assertFalse(m.contains("not valid YAML"), m);
        assertTrue(m.startsWith("x.yaml:1: steps: must be an integer in [0, "), m);
        assertTrue(m.endsWith("was NaN"), m);
        m = error("params:\n  trustGain: .NaN\n");
        assertEquals("x.yaml:2: params.trustGain: must be a finite number in [0, 1], was NaN", m);
        m = error("params:\n  trustGain: -.inf\n");
        assertEquals("x.yaml:2: params.trustGain: must be a finite number in [0, 1], was -Infinity", m);
    }

    @Test
    void aBinaryFileIsNotCalledInputLength() throws Exception {
        Path f = tmp.resolve("bin.yaml");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0x01, (byte) 0x80, 0x00, 0x42});
        String m = assertThrows(SpecException.class, () -> SpecReader.read(f)).getMessage();
        assertEquals(f + ": not UTF-8 text (is it a YAML spec?)", m);
        Path g = tmp.resolve("nul.yaml");
        Files.write(g, new byte[] {'a', ':', ' ', 0x00, 0x01, '\n'});
        m = assertThrows(SpecException.class, () -> SpecReader.read(g)).getMessage();
        assertTrue(m.contains("not a YAML spec"), m);
        CliRun r = CliRun.of("run", f.toString(), "--out", tmp.resolve("o").toString(), "-q");
        assertEquals(2, r.code());
        assertEquals("netcap: error: " + f + ": not UTF-8 text (is it a YAML spec?)", r.err().strip());
    }

    @Test
    void anUnreadableSpecSaysPermissionDenied() throws Exception {
        assertEquals("x.yaml: permission denied: cannot read the spec file",
                SpecReader.readError("x.yaml", new AccessDeniedException("x.yaml")).getMessage());
        Path f = tmp.resolve("locked.yaml");
        Files.writeString(f, "steps: 2\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(f)) { // not when the tests run as root, who reads everything
            String m = assertThrows(SpecException.class, () -> SpecReader.read(f)).getMessage();
            assertEquals(f + ": permission denied: cannot read the spec file", m);
        }
    }

    @Test
    void aBadOptionValueIsOneLineWithAHint() {
        CliRun r = CliRun.of("run", "experiments/baseline.yaml", "--threads", "abc");
        assertEquals(2, r.code());
        assertEquals("netcap: error: --threads: 'abc' is not an integer (see netcap run --help)", r.err().strip());
        r = CliRun.of("run", "experiments/baseline.yaml", "--bogus");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("netcap: error: Unknown option: '--bogus'"), r.err());
    }

    @Test
    void yamlAliasesResolveToTheAnchoredValue() {
        Spec s = spec("steps: &s 3\nreplications: *s\nparams:\n  trustGain: &g 0.2\n  trustLoss: *g\n"
                + "layers: &l [forum, chat]\nnetwork: &n {generator: wattsStrogatz, n: 30, k: 4, p: 0.1}\n"
                + "scenarios:\n  a: &sc {trustGain: 0.3}\n  b: *sc\n");
        assertEquals(3, s.replications);
        assertEquals(0.2, s.params.get("trustLoss"));
        assertEquals(Map.of("trustGain", 0.3), s.scenarios.get("b"));
        String m = error("steps: *nope\n");
        assertTrue(m.startsWith("x.yaml:1: steps: the alias *nope names no anchor"), m);
        m = error("params: &p {trustGain: 0.2}\noutput:\n  <<: *p\n");
        assertTrue(m.startsWith("x.yaml:3: output.<<: YAML merge keys ('<<') are not supported"), m);
        // an error about an aliased value names the line of the alias
        m = error("params:\n  trustGain: &g 0.5\nsweep:\n  trustLoss: [0.1, *g, 2]\n");
        assertTrue(m.startsWith("x.yaml:4: sweep.trustLoss: must be a finite number in [0, 1], was 2"), m);
    }

    @Test
    void anOutOfRangeFactorBoundNamesTheBoundAsWritten() {
        String m = error("steps: 2\ndesign:\n  type: lhs\n  samples: 4\n  factors:\n    trustGain:\n      min: 0.5\n      max: 5\n");
        assertEquals("x.yaml:8: design.factors.trustGain.max: must be a finite number in [0, 1], was 5", m);
        m = error("steps: 2\ndesign:\n  type: sobol\n  samples: 4\n  factors:\n    trustGain:\n      min: -1\n      max: 0.5\n");
        assertEquals("x.yaml:7: design.factors.trustGain.min: must be a finite number in [0, 1], was -1", m);
    }

    @Test
    void aMultiLineValueInAnErrorStaysOnOneLine() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("netcap-multiline");
        java.nio.file.Path f = dir.resolve("spec.yaml");
        java.nio.file.Files.writeString(f, "description: &d >\n  first line\n\n  second paragraph\nsteps: 2\nparams: *d\n");
        netcap.cli.CliRun r = netcap.cli.CliRun.of("run", f.toString(), "--out", dir.resolve("out").toString(), "-q", "--no-charts");
        org.junit.jupiter.api.Assertions.assertEquals(2, r.code(), r.err());
        org.junit.jupiter.api.Assertions.assertEquals(1, r.err().strip().lines().count(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("params: must be a map of keys, was \"first line\\nsecond paragraph"), r.err());
    }

    @Test
    void aDeeplyNestedValueIsRefusedOnOneLine() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("netcap-deep");
        java.nio.file.Path f = dir.resolve("spec.yaml");
        java.nio.file.Files.writeString(f, "steps: 2\nlayers: " + "[".repeat(3000) + "]".repeat(3000) + "\n");
        netcap.cli.CliRun r = netcap.cli.CliRun.of("run", f.toString(), "--out", dir.resolve("out").toString(), "-q", "--no-charts");
        org.junit.jupiter.api.Assertions.assertEquals(2, r.code(), r.err());
        org.junit.jupiter.api.Assertions.assertEquals(1, r.err().strip().lines().count(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("nested more than 64 levels deep"), r.err());
    }
}
