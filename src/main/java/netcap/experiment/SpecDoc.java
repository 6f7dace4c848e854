package netcap.experiment;

import netcap.generate.GeneratorInfo;
import netcap.generate.Generators;
import netcap.model.Mechanisms;
import netcap.model.observation.Metric;
import netcap.model.ParamRegistry;
import netcap.schema.Markdown;
import netcap.spec.SpecKeys;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates {@code docs/experiments.md}, the reference of the spec format, from the code's own
 * catalogues ({@link SpecKeys}, {@link ParamRegistry}, {@link Generators}, {@link Mechanisms},
 * {@link Metric}). {@code netcap docs experiments} prints it; a test checks the committed file
 * is identical, so documentation and code cannot drift apart.
 */
public final class SpecDoc {
    private SpecDoc() {
    }

    /**
     * The table of every model parameter (also embedded in docs/ODD.md, section 8); "applies" says
     * whether a change acts on a running model from the next step (live) or at the next start,
     * and "GUI" that the teaching window shows it.
     */
    public static String parameterTable() {
        return parameterTable(ParamRegistry.keys());
    }

    /** The parameter table of {@code keys} (built-in or a plug-in's), in the columns of {@link #parameterTable()}. */
    static String parameterTable(List<netcap.schema.Key> keys) {
        List<List<String>> rows = new ArrayList<>();
        for (netcap.schema.Key k : keys) {
            String applies = (k.apply() == netcap.schema.Key.Apply.LIVE ? "live" : "next start") + (k.taught() ? ", GUI" : "");
            rows.add(List.of("`" + k.name() + "`", k.group(), k.typeName(), Csv.value(k.defaultValue()), k.rangeText(), k.unit(),
                    applies, k.doc()));
        }
        return Markdown.table(List.of("parameter", "group", "type", "default", "allowed", "unit", "applies", "meaning"), rows);
    }

    /**
     * The reference of the loaded plug-ins ({@code netcap docs plugins}): per plug-in its version,
     * jar and checksum, then its parameters, mechanisms (with their place in the step and the
     * step-state variables they declare), metrics and generators, in the tables of the built-in
     * ones.
     */
    public static String plugins(List<netcap.model.plugins.LoadedPlugin> loaded) {
        StringBuilder b = new StringBuilder("# Plug-ins\n\n");
        b.append("Loaded with `--plugins`; a spec uses one with `plugins: [NAME]` (docs/extending.md).\n\n");
        List<netcap.model.Mechanism> builtIn = netcap.model.Mechanisms.all();
        for (netcap.model.plugins.LoadedPlugin p : loaded) {
            b.append("## `").append(p.name()).append("` ").append(p.version()).append("\n\n");
            if (!p.description().isBlank()) {
                b.append(p.description()).append("\n\n");
            }
            b.append("Jar: `").append(p.jar().getFileName()).append("`, SHA-256 `").append(p.sha256()).append("`.\n\n");
            if (!p.parameters().isEmpty()) {
                b.append("### Parameters (`params.NAME`)\n\n").append(parameterTable(p.parameters())).append('\n');
            }
            if (!p.mechanisms().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (var m : p.mechanisms()) {
                    String after = "begin step";
                    String before = "metrics";
                    for (netcap.model.Mechanism x : builtIn) {
                        if (x.order() < m.order()) {
                            after = x.name();
                        } else if (before.equals("metrics")) {
                            before = x.name();
                        }
                    }
                    rows.add(List.of("`" + m.name() + "`", m.order() + " (after " + after + ", before " + before + ")",
                            String.join(", ", m.reads()), String.join(", ", m.writes()), m.doc()));
                }
                b.append("### Mechanisms (`mechanisms.NAME`)\n\n")
                        .append(Markdown.table(List.of("mechanism", "order", "reads", "writes", "what it does"), rows)).append('\n');
            }
            if (!p.metrics().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (var m : p.metrics()) {
                    rows.add(List.of("`" + m.name() + "`", m.label(), m.unit(), m.definition()));
                }
                b.append("### Metrics (columns after the built-in ones)\n\n")
                        .append(Markdown.table(List.of("column", "label", "unit", "definition"), rows)).append('\n');
            }
            for (var g : p.generators()) {
                b.append("### Generator `").append(g.name()).append("` (`network.generator`)\n\n").append(g.description()).append("\n\n")
                        .append(parameterTable(g.parameters())).append('\n');
            }
        }
        return b.toString();
    }

    /** docs/ODD.md with its parameter section replaced by the current table. */
    public static String withParameterTable(String odd) {
        String begin = "<!-- params:begin -->\n";
        String end = "<!-- params:end -->";
        int s = odd.indexOf(begin);
        int e = odd.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalArgumentException("docs/ODD.md lacks the <!-- params:begin --> / <!-- params:end --> markers");
        }
        return netcap.model.ModelDoc.withGeneratedSections(odd.substring(0, s + begin.length()) + parameterTable() + odd.substring(e));
    }

    /** The whole document. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Experiment specs\n\n");
        b.append("<!-- Generated by `./netcap docs experiments > docs/experiments.md`; do not edit by hand. -->\n\n");
        b.append("An experiment spec is a YAML file. Every key has a default, so a spec lists only what differs:\n\n");
        b.append("```yaml\nname: trust-sweep\nseed: 7\nsteps: 200\nreplications: 10\nnetwork:\n  generator: wattsStrogatz\n  n: 1000\n  k: 10\n  p: 0.1\n")
                .append("params:\n  forgetting: 0.01\nsweep:\n  trustGain: [0.01, 0.05, 0.1]\n  attentionBudget: {from: 0, to: 20, step: 10}\n```\n\n");
        b.append("Run it with `./netcap run SPEC`; `--set KEY=VALUE` overrides any key (`--set trustGain=0.1`, `--set steps=50`, ")
                .append("`--set network.n=500`, `--set mechanisms.tieFormation=false`). Unknown keys, wrong types, values out of range, ")
                .append("empty sweeps and missing files are reported with the file, line and key, and exit code 2, before anything is written.\n\n");
        b.append("The value of `--set` is read as YAML, so lists and maps work: `--set output.snapshots=[10,20]`, `--set layers=[forum,chat]`, ")
                .append("`--set 'params={trustGain: 0.2}'`. An error about an overridden value names the override (`--set network.zz=3: ...`). ")
                .append("`--set network.generator=NAME` switches the generator and drops the spec's network keys that the new generator does not have ")
                .append("(those given with `--set` stay). YAML anchors and aliases (`&name`, `*name`) are resolved; merge keys (`<<`) are refused. ")
                .append("`.nan` and `.inf` are read as numbers and refused by every key, which allows finite values only.\n\n");
        b.append("## Size of an experiment\n\n");
        b.append("Every value of a sweep and of a scenario, and both bounds of every design factor, are checked against their key before the ")
                .append("design is built, so a bad value is reported at once whatever the size of the design. A sweep (crossed with its scenarios) has ")
                .append("at most ").append(String.format(java.util.Locale.ROOT, "%,d", netcap.design.FullFactorial.MAX_POINTS)).append(" points.\n\n");
        b.append("`./netcap run SPEC --dry-run` checks the spec, prints the number of design points and runs, an estimate of the disk the outputs take ")
                .append("and an estimate of the time, and runs nothing. The disk estimate counts ").append(netcap.spec.Estimate.BYTES_PER_CELL)
                .append(" bytes per number of `timeseries.csv`, `summary.csv` and `agents.csv`, twice (the runs' part files stay until the end), and ")
                .append(netcap.spec.Estimate.BYTES_PER_SNAPSHOT_AGENT).append(" bytes per agent of each snapshot. The time estimate comes from a pilot run ")
                .append("(replicate 0 of the first point for ").append(netcap.spec.Estimate.PILOT_STEPS).append(" steps, the fastest of up to three tries), scaled by agents, steps and runs ")
                .append("and divided by the threads; with adaptive replication both count the maximum number of replicates.\n\n");
        b.append("`./netcap run` refuses to start an experiment of more than ").append(String.format(java.util.Locale.ROOT, "%,d", netcap.spec.Estimate.MAX_RUNS))
                .append(" runs or more than ").append(netcap.spec.Estimate.size(netcap.spec.Estimate.MAX_BYTES))
                .append(" of estimated output: it prints the figures and starts only when given `--yes`.\n\n");
        b.append("## Keys\n\n| key | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
        for (netcap.schema.Key k : SpecKeys.KEYS) {
            b.append("| `").append(k.name()).append("` | ").append(k.typeName()).append(" | ").append(k.defaultText()).append(" | ")
                    .append(Markdown.cell(k.rangeText())).append(" | ").append(Markdown.cell(k.doc())).append(" |\n");
        }
        b.append("\n## Output\n\n");
        b.append("`netcap run` writes to `runs/NAME-TIMESTAMP/` (or `--out DIR`):\n\n");
        b.append("- `timeseries.csv`: one row per run and recorded step: `run, point, replicate, seed`, the varying keys, `step`, the metrics.\n");
        b.append("- `summary.csv`: one row per run: for each metric `<metric>Final` (last step) and `<metric>Mean` (mean over steps 1..T).\n");
        b.append("- `aggregate.csv`: per point and summary statistic, over the runs where the value exists (empty and NaN values, ")
                .append("e.g. `timeToTakeoff` of a run that never took off, do not count): `n, mean, sd, ciLow, ciHigh` (95% Student-t interval), ")
                .append("`median, q25, q75, min, max` (type-7 quantiles), `medianLow, medianHigh` (95% percentile bootstrap interval of the median, ")
                .append("2,000 resamples seeded from the spec's seed, the point and the statistic) and `bimodality` (Sarle's coefficient; ")
                .append("above 5/9 suggests two modes; empty for n < 4 or no spread). See docs/statistics.md.\n");
        b.append("- `comparisons.csv` (`comparisons`): one row per pair of points and statistic: `comparison, a, b, statistic, nA, nB, paired, ")
                .append("meanA, meanB, diff, diffLow, diffHigh, t, df, p, pMannWhitney, cohenD, cohenDLow, cohenDHigh, cliffDelta, cliffLow, cliffHigh, pHolm`. ")
                .append("`diff` is meanA - meanB with its 95% interval; `p` is Welch's t-test, or the paired t-test when the two points' runs have the same ")
                .append("seeds replicate by replicate (`paired` true); `pMannWhitney` is the Mann-Whitney U test, or the Wilcoxon signed-rank test when paired; ")
                .append("`pHolm` is `p` adjusted by Holm's method over all rows. An interaction `[A, B, C, D]` adds rows `(A - B) - (C - D)` with ")
                .append("`a` = `A - B`, `b` = `C - D`, their mean differences in `meanA`, `meanB` and the contrast in `diff` (paired when all four points ")
                .append("share seeds replicate by replicate). `netcap compare RUN_A RUN_B` writes the same table for two run folders. ")
                .append("See docs/statistics.md.\n");
        b.append("- `sensitivity.csv` (sobol, morris designs): per output and factor, first-order and total Sobol indices `S1, ST` with ")
                .append("bootstrap 95% intervals (`S1Low, S1High, STLow, STHigh`), or Morris `muStar, mu, sigma` with bootstrap 95% intervals ")
                .append("over trajectories (`muStarLow, muStarHigh, muLow, muHigh, sigmaLow, sigmaHigh`); `n`: the base sample size N (sobol) ")
                .append("or the trajectories (morris); `inert` (with `design.dummy`): true when the factor's interval of ST (sobol) or mu* ")
                .append("(morris) overlaps the dummy's or lies below it, so the factor cannot be told apart from run-to-run noise; `reliable` (sobol): false ")
                .append("when N < 64, an S1 or ST lies outside [-0.1, 1.1] or an interval's half-width exceeds 0.2: the indices are then ")
                .append("dominated by sampling error, and the report's notes say why.\n");
        b.append("- `regimes.csv` (`regimes`): per point and regime: `runs, count, share, shareLow, shareHigh` (Wilson score 95% interval).\n");
        b.append("- `regime-aggregate.csv` (`regimes`): the columns of aggregate.csv with `regime, inRegime` after the keys: each statistic over the runs in the regime (`true`) and over the others (`false`).\n");
        b.append("- `survival.csv` and `events.csv` (a recorded `timeTo` metric, e.g. `timeToTakeoff`): per point, the Kaplan-Meier curve `step, atRisk, events, censored, survival, low, high` (log-log 95% interval) and `runs, events, censored, median, medianLow, medianHigh`; runs without the event are censored at the last step (docs/statistics.md).\n");
        b.append("- `agents.csv` (`output.agentsEvery`): per-agent microdata keyed by run, step, agent; `sourceId` is the agent's id in the generator or edge list (agents are renumbered for speed when `localityOrder` is on). "
                + "`contact` is the contact strategy (`seller` or `stalker`); `revenue`, `purchases` and `sales` count since the start. "
                + "Then each member's social capital, counting ties between members only (non-members get empty cells): `memberDegree`, "
                + "`strength` (sum of the agent's own trust over its ties), `degree_L` and `strength_L` per layer L (`physical`, then each channel of `layers`), "
                + "`tieLevel0`..`tieLevel4` (ties by relationship level), `clustering`, `effectiveSize`, `constraint` (Burt), "
                + "`betweenness` (normalised as networkx; exact up to 5,000 members, else from 500 pivots) and `betweennessSE` "
                + "(its standard error, 0 when exact); formulas in docs/ODD.md 7.13.\n");
        b.append("- `regressions.csv` (`regressions`): for every model `y~x1+x2`, run and term (`intercept`, then each x): `model, point, replicate, run, term, ")
                .append("coefficient, standardError, n, r2`: a least-squares fit with an intercept over the run's members at the model's step that have every ")
                .append("column of the model (`n` of them); empty coefficients when fewer than x-count + 2 members or a singular design (e.g. an x constant over the members).\n");
        b.append("- `regression-summary.csv` (`regressions`): per model, point and term, inference across runs, each run's coefficient one observation: ")
                .append("`model, point`, the varying keys, `term, runs` (runs with a fit), `mean, sd, ciLow, ciHigh` (95% Student-t interval over runs), ")
                .append("`t, p` (one-sample t-test of the mean coefficient against 0, two-sided) and `meanR2`.\n");
        b.append("- `snapshots/` (`output.snapshots`): the network as GraphML with agent and tie attributes.\n");
        b.append("- `manifest.json`: the resolved spec and parameters of every point, seeds, the model version (`modelVersion`, see docs/ODD.md), netcap version and git commit, Java version, "
                + "where the runs were made (`engine`: `local`, `spark` with its `sparkMaster`, or `shards` for a merged folder, see docs/cluster.md), times.\n");
        b.append("- `spec.yaml`: the spec as run, with the `--set` overrides applied (`./netcap run DIR/spec.yaml` repeats the run byte for byte), ")
                .append("the original file and the overrides as comments above it; `parts/`: each run's results, used by `--resume` "
                + "(three files per run; with `--shard` or `--engine spark` a few files of many runs each, see docs/cluster.md); `.lock` while the run is in progress ")
                .append("(a second run or `--resume` on the folder is refused, naming the run that holds it).\n\n");
        b.append("Seeds: with common random numbers (`commonRandomNumbers: true`, the default) replicate r of every point uses the key ")
                .append("`Streams.runKey(seed, 0, r)`, mixed with the dummy's value when the design has `dummy: true`; with ")
                .append("`commonRandomNumbers: false` run `(point p, replicate r)` uses `Streams.runKey(seed, p, r)` (SplitMix64 mixing, ")
                .append("see docs/ODD.md, Randomness); the `seed` column holds the key. The same spec and seed give byte-identical CSV files whatever `--threads` is.\n\n");
        b.append("## Model parameters (`params.NAME`)\n\n").append(parameterTable());
        b.append("\n## Network generators (`network.generator`)\n\n");
        for (GeneratorInfo g : Generators.catalog()) {
            b.append("### `").append(g.name()).append("`\n\n").append(g.description()).append("\n\n");
            b.append("| key | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
            for (GeneratorInfo.Param p : g.params()) {
                b.append("| `").append(p.key()).append("` | ").append(p.type()).append(" | ")
                        .append(p.required() ? "required" : Csv.value(p.defaultValue())).append(" | ")
                        .append(Markdown.cell(p.range())).append(" | ").append(Markdown.cell(p.description())).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## Mechanisms (`mechanisms.NAME`)\n\nIn schedule order: ");
        b.append(String.join(", ", Mechanisms.NAMES.stream().map(m -> "`" + m + "`").toList()));
        b.append(". See docs/ODD.md for what each does.\n\n");
        b.append("## Metrics (`metrics`, `adaptive.metric`, `design.outputs`)\n\n");
        b.append(Metric.markdownTable());
        return b.toString();
    }
}
