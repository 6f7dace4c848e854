package netcap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import netcap.model.archfixture.UpwardImport;
import netcap.world.archfixture.BackEdge;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package layers of netcap, from the bottom:
 * <ol>
 *   <li><b>model</b>: {@code model} (and its sub-packages) with everything it uses: {@code api} (the
 *       extension API, which depends on nothing else of netcap), {@code world},
 *       {@code generate}, {@code metrics}, {@code io}, {@code random}, {@code util}, {@code stats},
 *       {@code design}, {@code game}, {@code growth}, {@code schema};</li>
 *   <li><b>spec</b>: reading and validating experiment specs;</li>
 *   <li><b>charts</b>: {@code chart} and {@code report}, drawn from a run folder;</li>
 *   <li><b>experiment</b>: the runner and the Java API;</li>
 *   <li><b>applications</b>: {@code cli}, {@code gui}, {@code web}, {@code bench}, {@code validate}.</li>
 * </ol>
 * A layer uses only the layers below it, the model layer uses no chart, window or command-line
 * library, and no two top-level packages depend on each other, directly or through others.
 */
class ArchitectureTest {
    /** The packages of the model layer. */
    static final String[] MODEL = {"netcap.api..", "netcap.model..", "netcap.world..", "netcap.generate..", "netcap.metrics..",
        "netcap.io..", "netcap.random..", "netcap.util..", "netcap.stats..", "netcap.design..", "netcap.game..",
        "netcap.growth..", "netcap.schema.."};

    /** The layers; dependencies on the root package ({@link InputException}, {@link Version}) and libraries are free. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(MODEL)
            .layer("spec").definedBy("netcap.spec..")
            .layer("charts").definedBy("netcap.chart..", "netcap.report..")
            .layer("experiment").definedBy("netcap.experiment..", "netcap.calibrate..")
            .layer("applications").definedBy("netcap.cli..", "netcap.gui..", "netcap.web..", "netcap.bench..", "netcap.validate..")
            .whereLayer("applications").mayNotBeAccessedByAnyLayer()
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("applications")
            .whereLayer("charts").mayOnlyBeAccessedByLayers("experiment", "applications")
            .whereLayer("spec").mayOnlyBeAccessedByLayers("charts", "experiment", "applications")
            .because("the model must run without charts, specs or a command line, and charts are drawn from a run folder");

    /** The model layer draws nothing and parses no command line: no chart, window or CLI library. */
    static final ArchRule MODEL_WITHOUT_UI = noClasses().that().resideInAnyPackage(MODEL).should().dependOnClassesThat()
            .resideInAnyPackage("org.jfree..", "org.apache.batik..", "java.awt..", "javax.swing..", "javax.imageio..", "picocli..",
                    "sim.display..", "sim.portrayal..")
            .because("JFreeChart, AWT and Swing must not be reachable from the model");

    /** The extension API is self-contained: a plug-in compiled against it needs nothing else of netcap. */
    static final ArchRule API_SELF_CONTAINED = classes().that().resideInAPackage("netcap.api..").should()
            .onlyDependOnClassesThat().resideInAnyPackage("netcap.api..", "java..")
            .because("plug-ins see only the public API (docs/extending.md)");

    /** A plug-in uses netcap only through the extension API, and draws no unseeded random numbers. */
    static final ArchRule PLUGINS_USE_ONLY_THE_API = noClasses().that().resideOutsideOfPackage("netcap..").should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("netcap..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("netcap.api.."))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random")
            .because("a plug-in sees only netcap.api and draws only from the model's seeded streams");

    /** No cycles between top-level packages; the sub-packages of one (e.g. {@code netcap.model.*}) count as one. */
    static final ArchRule NO_CYCLES = slices().matching("netcap.(*)..").should().beFreeOfCycles();

    /** The production classes (the fixtures under {@code archfixture} are test classes, so they are left out). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("netcap");

    /**
     * The production classes of the packages the fixtures touch (model, world, chart) plus the
     * fixtures that break the rules.
     */
    private static final JavaClasses WITH_FIXTURES = new ClassFileImporter()
            .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    || location.contains("/archfixture/"))
            .importPackages("netcap.model", "netcap.world", "netcap.chart");

    @Test
    void layersHold() {
        LAYERS.check(MAIN);
    }

    @Test
    void modelUsesNoUiLibrary() {
        MODEL_WITHOUT_UI.check(MAIN);
    }

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void theExtensionApiIsSelfContained() {
        API_SELF_CONTAINED.check(MAIN);
        assertTrue(MAIN.contain(netcap.api.Plugin.class) && MAIN.contain(netcap.api.Model.class));
    }

    @Test
    void theExamplePluginUsesOnlyTheApi() {
        JavaClasses example = new ClassFileImporter().importPath(netcap.plugins.PluginJars.exampleClasses());
        assertTrue(example.contain("example.meetup.MeetupPlugin") && example.contain("example.meetup.Meetup"), "the example's classes are imported");
        PLUGINS_USE_ONLY_THE_API.check(example);
    }

    @Test
    void thePluginRuleRejectsAPluginThatReachesIntoTheModel() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("netcap-arch-plugin");
        java.nio.file.Path src = dir.resolve("Sneaky.java");
        java.nio.file.Files.writeString(src, """
                package sneaky;
                public final class Sneaky {
                    public static int agents(netcap.model.NetcapModel m) { return m.agents.size(); }
                    public static double noise() { return Math.random(); }
                }
                """);
        netcap.plugins.PluginJars.compile(java.util.List.of(src), dir.resolve("classes"));
        EvaluationResult r = PLUGINS_USE_ONLY_THE_API.evaluate(new ClassFileImporter().importPath(dir.resolve("classes")));
        String report = r.getFailureReport().toString();
        assertTrue(r.hasViolation() && report.contains("netcap.model.NetcapModel") && report.contains("Math.random()"), report);
    }

    @Test
    void mainClassesExcludeTheFixtures() {
        assertTrue(MAIN.contain(Version.class) && MAIN.contain(netcap.world.Agents.class), "the production classes are imported");
        assertTrue(!MAIN.contain(UpwardImport.class.getName()) && !MAIN.contain(BackEdge.class.getName()));
        assertTrue(WITH_FIXTURES.contain(UpwardImport.class.getName()) && WITH_FIXTURES.contain(BackEdge.class.getName()));
    }

    @Test
    void layerRulesRejectAModelClassThatImportsTheCharts() {
        EvaluationResult r = LAYERS.evaluate(WITH_FIXTURES);
        assertTrue(r.hasViolation(), "the upward import must be reported");
        String report = r.getFailureReport().toString();
        assertTrue(report.contains(UpwardImport.class.getName()) && report.contains("netcap.chart.Theme"), report);
        EvaluationResult ui = MODEL_WITHOUT_UI.evaluate(WITH_FIXTURES);
        assertTrue(ui.hasViolation() && ui.getFailureReport().toString().contains("java.awt.Color"), ui.getFailureReport().toString());
    }

    @Test
    void cycleRuleRejectsAWorldClassThatUsesTheModel() {
        EvaluationResult r = NO_CYCLES.evaluate(WITH_FIXTURES);
        assertTrue(r.hasViolation(), "the world -> model -> world cycle must be reported");
        String report = r.getFailureReport().toString();
        assertTrue(report.contains(BackEdge.class.getName()), report);
    }
}
