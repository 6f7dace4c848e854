package netcap.spec;

import netcap.schema.Key;

import java.util.List;

/**
 * Every key an experiment spec may contain, with its type, default and meaning. The spec reader
 * rejects any other key, and {@code docs/experiments.md} is generated from this list (a test
 * checks that the document matches), so code and documentation cannot drift apart.
 */
public final class SpecKeys {
    /** The top-level keys. */
    public static final List<String> TOP = List.of("name", "description", "seed", "commonRandomNumbers", "steps",
            "replications", "plugins", "adaptive", "network", "layers", "params", "mechanisms", "sweep", "scenarios", "design", "metrics", "output", "charts", "regimes", "comparisons",
            "regressions", "calibrate");
    /** Top-level keys that take a single value (settable with --set). */
    public static final List<String> TOP_SCALARS = List.of("name", "description", "seed", "commonRandomNumbers", "steps",
            "replications");
    /** Keys of {@code adaptive}. */
    public static final List<String> ADAPTIVE = List.of("metric", "target", "min", "max");
    /** Keys of {@code design}. */
    public static final List<String> DESIGN = List.of("type", "samples", "levels", "factors", "outputs", "dummy");
    /** Keys of {@code output}. */
    public static final List<String> OUTPUT = List.of("every", "agentsEvery", "snapshots");

    /** {@code name}: names the experiment and its output folder. */
    public static final Key NAME = Key.text("name").defaultLabel("the file name without .yaml").rangeNote("letters, digits, . _ -")
            .doc("Names the experiment and its output folder runs/NAME-TIMESTAMP.");
    /** {@code seed}: the master seed. */
    public static final Key SEED = Key.longInteger("seed").defaultValue(1L).rangeNote("any 64-bit integer")
            .doc("Master seed. Every run's streams derive from it (see docs/ODD.md, Randomness).");
    /** {@code commonRandomNumbers}: whether every design point shares the replicates' random streams. */
    public static final Key COMMON_RANDOM_NUMBERS = Key.bool("commonRandomNumbers").defaultValue(true)
            .doc("Common random numbers: replicate r of every point uses the same run key (Streams.runKey(seed, 0, r)), so points differ "
                    + "by their parameters, not by their noise. false gives every point its own streams (Streams.runKey(seed, p, r)): "
                    + "use it when the points must be independent samples (e.g. a test or variance estimate that assumes "
                    + "independence across points) or to reproduce results made before common random numbers were the default.");
    /** {@code design.dummy}: adds a factor the model never reads. */
    public static final Key DESIGN_DUMMY = Key.bool("design.dummy").defaultValue(false)
            .doc("Adds a factor 'dummy' in [0, 1] that the model never reads but that changes the run key, so its index "
                    + "measures run-to-run noise; sensitivity.csv marks factors whose interval overlaps the dummy's (or lies below it) as inert.");
    /** {@code steps}: steps per run. */
    public static final Key STEPS = Key.integer("steps").defaultValue(200).range(0, 10_000_000).doc("Steps per run.");
    /** {@code replications}: replications per design point. */
    public static final Key REPLICATIONS = Key.integer("replications").defaultValue(10).range(1, 1_000_000)
            .doc("Replications per design point (ignored when adaptive is given).");
    /** {@code adaptive.target}. */
    public static final Key ADAPTIVE_TARGET = Key.number("adaptive.target").defaultValue(0.05).rangeAbove(0, 10)
            .doc("Largest allowed CI half-width as a share of |mean| (absolute when the mean is 0).");
    /** {@code adaptive.min}. */
    public static final Key ADAPTIVE_MIN = Key.integer("adaptive.min").defaultValue(5).range(2, 1_000_000)
            .doc("Replications before the first check.");
    /** {@code adaptive.max}. */
    public static final Key ADAPTIVE_MAX = Key.integer("adaptive.max").defaultValue(100).range(2, 1_000_000).rangeNote(">= min")
            .doc("Most replications per point.");
    /** {@code design.type}. */
    public static final Key DESIGN_TYPE = Key.choice("design.type", List.of("lhs", "sobol", "morris")).defaultLabel("none")
            .doc("Sampling design over factor ranges, instead of a sweep.");
    /** {@code design.samples}. */
    public static final Key DESIGN_SAMPLES = Key.integer("design.samples").defaultValue(64).defaultLabel("64 (morris: 10)")
            .range(1, 10_000_000).doc("lhs: points; sobol: base N (N(k+2) points); morris: trajectories.");
    /** {@code design.levels}. */
    public static final Key DESIGN_LEVELS = Key.integer("design.levels").defaultValue(4).range(2, 1000).rangeNote("even")
            .doc("Grid levels of a Morris design.");
    /** {@code output.every}. */
    public static final Key OUTPUT_EVERY = Key.integer("output.every").defaultValue(1).range(1, 10_000_000)
            .doc("Write every k-th step to timeseries.csv (step 0 and the last step always).");
    /** {@code output.agentsEvery}. */
    public static final Key OUTPUT_AGENTS_EVERY = Key.integer("output.agentsEvery").defaultValue(0).defaultLabel("0 (off)")
            .range(0, 10_000_000).doc("Write per-agent microdata agents.csv every k steps.");

    /**
     * Every documented key of a spec, in the schema of user-facing keys (model parameters and
     * generator parameters are documented from their own catalogues). The numeric ones convert
     * the spec's values.
     */
    public static final List<Key> KEYS = List.of(
            NAME,
            Key.text("description").defaultLabel("empty").doc("What the experiment is for; copied into the manifest and report."),
            SEED, COMMON_RANDOM_NUMBERS, STEPS, REPLICATIONS,
            Key.structure("plugins", "list of names").defaultLabel("[]").rangeNote("plug-ins loaded with --plugins DIR")
                    .doc("Plug-ins the experiment uses (docs/extending.md): their mechanisms join the step, their metrics the time series, "
                            + "their parameters the params, and their generators the network generators. A spec names plug-ins, never Java classes."),
            Key.text("adaptive.metric").typeLabel("metric name").defaultLabel("none").rangeNote("a recorded metric")
                    .doc("Adds replications to a point until the 95% confidence interval of this metric's final value is narrow enough."),
            ADAPTIVE_TARGET, ADAPTIVE_MIN, ADAPTIVE_MAX,
            Key.text("network.generator").defaultValue("wattsStrogatz").rangeNote("a generator name (below)")
                    .doc("Network generator; its parameters are further keys of network."),
            Key.number("network.KEY").defaultLabel("the generator's default").rangeNote("see the generator table")
                    .doc("A generator parameter, e.g. network.n: 1000."),
            Key.text("network.file").typeLabel("path").defaultLabel("none").rangeNote("an existing CSV file")
                    .doc("Empirical edge list source,target[,weight], relative to the spec file; instead of a generator."),
            Key.structure("layers", "list of names").defaultLabel("[online]").rangeNote("1 to 7 names, not 'physical'")
                    .doc("The virtual channels; the physical layer always exists."),
            Key.structure("params.NAME", "per parameter").defaultLabel("see the parameter table").rangeNote("see the parameter table")
                    .doc("A model parameter (below)."),
            Key.bool("mechanisms.NAME").defaultValue(true).doc("Switches a mechanism off (false) or on."),
            Key.structure("sweep.KEY", "list, or {from, to, step}").defaultLabel("none").rangeNote("values of KEY")
                    .doc("Full factorial sweep; KEY is a parameter, network.KEY or mechanisms.NAME. The last key varies fastest."),
            Key.structure("scenarios.NAME", "map of KEY: value").defaultLabel("none").rangeNote("keys as for sweeps")
                    .doc("Named scenarios, each setting several keys at once; crossed with the sweep; the scenario name becomes the column 'scenario'."),
            DESIGN_TYPE, DESIGN_SAMPLES, DESIGN_LEVELS, DESIGN_DUMMY,
            Key.structure("design.factors.KEY", "{min, max}").defaultLabel("none").rangeNote("min < max; {min: false, max: true} for a yes/no parameter")
                    .doc("A factor and its range; KEY as for sweeps. A yes/no parameter is sampled on [0, 1] like a number and is true from 0.5 up (a Morris step always flips it)."),
            Key.structure("design.outputs", "list of metrics").defaultLabel("[totalKnowledge, meanTrust, members]")
                    .rangeNote("recorded metrics, each optionally followed by Final or Mean").doc("Outcomes analysed in sensitivity.csv (sobol, morris): a metric's final value (the metric's name, or name + Final) or its mean over the run (name + Mean)."),
            Key.structure("metrics", "list of metrics").defaultLabel("all").rangeNote("metric names (below)")
                    .doc("Columns of timeseries.csv (step is always included). Leaving out largestComponent, clustering, knowledgeGini and revenueGini also skips their computation, which makes small runs faster; the other columns are unchanged."),
            OUTPUT_EVERY, OUTPUT_AGENTS_EVERY,
            Key.structure("output.snapshots", "list of steps").defaultLabel("[]").rangeNote("steps in [0, steps]")
                    .doc("Steps at which the network is saved as GraphML under snapshots/."),
            Key.structure("charts", "list").defaultLabel("the default charts").rangeNote("see docs/charts.md")
                    .doc("Which charts to draw and their titles. Types: growth, timeseries, freeRiders, freeRiderEffect, seci, tieLevels, "
                            + "trust, degree, agentLevels (ties per member at each relationship level, from agents.csv), heatmap, "
                            + "sensitivity, distribution, survival."),
            Key.structure("regimes.NAME", "condition in quotes").defaultLabel("none")
                    .rangeNote("summary statistics, numeric varied keys, agents, steps; + - * / ( ) < <= > >= == != and or not")
                    .doc("A named outcome of a run, e.g. takeoff: \"membersFinal >= 0.5 * agents\"; writes regimes.csv and regime-aggregate.csv (docs/statistics.md)."),
            Key.structure("comparisons.statistics", "list of statistics").defaultLabel("none")
                    .rangeNote("METRICFinal, METRICMean, or a metric (its Final)")
                    .doc("Summary statistics to compare between points; writes comparisons.csv (see docs/statistics.md)."),
            Key.structure("comparisons.pairs", "list of [A, B]").defaultLabel("none")
                    .rangeNote("points: a scenario name or {key: value, ...}; A and B differ")
                    .doc("The pairs of points compared, A - B. Either pairs or reference."),
            Key.structure("comparisons.reference", "point").defaultLabel("none")
                    .rangeNote("a scenario name or {key: value, ...}")
                    .doc("Compares every other point with this one (point - reference). Either pairs or reference."),
            Key.structure("comparisons.interactions", "list of [A, B, C, D]").defaultLabel("none")
                    .rangeNote("four different points: scenario names or {key: value, ...}")
                    .doc("Interaction contrasts (A - B) - (C - D), e.g. in a 2x2 design the effect of factor 1 at level 2 of factor 2 "
                            + "minus its effect at level 1. With pairs, with reference, or alone."),
            Key.structure("regressions", "list of models").defaultLabel("none").rangeNote("needs output.agentsEvery > 0")
                    .doc("Linear models of an agent outcome on network position, fitted by least squares (with an intercept) in every run "
                            + "over the members of one agents.csv step, then summarised across runs; writes regressions.csv and "
                            + "regression-summary.csv (see the output below)."),
            Key.text("regressions[].y").typeLabel("column").defaultLabel("required")
                    .rangeNote("a numeric column of agents.csv: " + String.join(", ", Regressions.AGENT_COLUMNS)
                            + ", or a social-capital column (memberDegree, degree_L, clustering, effectiveSize, constraint, betweenness, ...)")
                    .doc("The outcome, e.g. revenue."),
            Key.structure("regressions[].x", "list of columns").defaultLabel("required").rangeNote("numeric columns of agents.csv, not y")
                    .doc("The explanatory columns, e.g. [effectiveSize, clustering, memberDegree]; the model is named y~x1+x2 in the outputs."),
            Key.integer("regressions[].step").defaultLabel("the last agents.csv step").rangeNote("a multiple of output.agentsEvery in [0, steps]")
                    .doc("The agents.csv step whose members enter."),
            Key.structure("calibrate", "map").defaultLabel("none").rangeNote("only with netcap calibrate; not with sweep, scenarios or design")
                    .doc("Fits model parameters to observed data (netcap calibrate SPEC, see docs/calibration.md): method (abc-smc or cmaes), "
                            + "replications, parameters (NAME: {min, max}, uniform priors), targets (series, moment or network), abc, cmaes, truth."),
            Key.text("calibrate.method").defaultValue("abc-smc").rangeNote("abc-smc, cmaes")
                    .doc("ABC-SMC (population Monte Carlo, Beaumont et al. 2009) gives a weighted posterior sample; cmaes a best fit with an interval."),
            Key.integer("calibrate.replications").defaultValue(4).rangeNote("1 to 1000")
                    .doc("Simulations per candidate, with the run keys of replicates 0.. (common random numbers); their mean is compared with the data."),
            Key.structure("calibrate.parameters.NAME", "{min, max}").defaultLabel("required").rangeNote("real-valued model parameters; min < max within the parameter's range")
                    .doc("A fitted model parameter and its uniform prior; the other parameters are fixed by the spec."),
            Key.structure("calibrate.targets", "list").defaultLabel("required")
                    .rangeNote("series: {series, time, column, metric, firstStep, stepsPerTime, combine, scale, rows, error | weight}; moment: {metric, step, value, error | weight}; network: {statistic, value, error | weight}")
                    .doc("What the model is compared with. series: a CSV file (relative to the spec) with a time column and a value column, "
                            + "a data row covering stepsPerTime model steps from firstStep on, combined by sum, mean or last, "
                            + "scaled by none, total (each divided by its own sum) or agents (the model divided by the number of agents). "
                            + "moment: a metric at a step. network: a statistic of the end state: meanDegree, clustering, "
                            + "levelShare0..levelShare4, largestComponentShare. The distance is the square root of the sum over targets "
                            + "of the mean squared residual (model - observed) / error, or times sqrt(weight)."),
            Key.structure("calibrate.abc", "map").defaultLabel("{particles: 200, generations: 6, quantile: 0.5, minAcceptance: 0.01}")
                    .rangeNote("particles >= 10, generations >= 1, 0 < quantile < 1, 0 < minAcceptance <= 1, seed: an integer or null")
                    .doc("ABC-SMC settings; the next generation's tolerance is the quantile of this generation's accepted distances."),
            Key.structure("calibrate.cmaes", "map").defaultLabel("{evaluations: 200, sigma: 0.3}")
                    .rangeNote("evaluations >= 2, 0 < sigma <= 1")
                    .doc("CMA-ES settings, on the parameters scaled to [0, 1]: evaluations (the most candidates evaluated), sigma (the initial "
                            + "step). The interval is the range of the evaluated points whose squared distance is within 3.84 / (target rows) "
                            + "of the best one's (a profile interval); a bootstrap key is accepted but not used in this version."),
            Key.structure("calibrate.truth.NAME", "number").defaultLabel("none").rangeNote("fitted parameters")
                    .doc("Known true values (recovery studies): written in the column true of estimates.csv."));

    private SpecKeys() {
    }
}
