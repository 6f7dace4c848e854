package netcap.calibrate;

import netcap.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameter recovery: data simulated by netcap with known values of two parameters of the growth
 * mechanism (innovation and imitation, pure Bass joining) and one of the knowledge model
 * (socializationRate) is calibrated by ABC-SMC, repeatedly with different seeds (for the data and for
 * the calibration); the 95% credible intervals must cover the true values in at least 80% of the
 * repetitions (16 of 20), for each parameter.
 *
 * <p>The data of a repetition are the means, per block of 3 steps, of new members (joined) and of
 * tacit knowledge created by socialization, over {@value #DATA_REPLICATES} runs of the true model
 * under the repetition's data seed (runs the calibration never sees); the observation error of each
 * target is the standard error of a difference of two such means, estimated from the data's own
 * replicates (mean over the rows of their standard deviation, times sqrt(2 / replicates)), as a
 * researcher with replicated observations would set it.
 *
 * <p>The intervals must also be informative: their mean width must be below 75% of the prior range
 * for each parameter (a calibration that returned the prior would cover every time and fail here).
 *
 * <p>20 repetitions run (at least 16 must cover: 80%); {@code -Dnetcap.recovery.repetitions=N} runs
 * another number (at least 80% of N must cover).
 */
class RecoveryTest {
    static final int DATA_REPLICATES = 8;
    static final int REPLICATIONS = 2;
    static final int BLOCKS = 4;
    static final double INNOVATION = 0.02;
    static final double IMITATION = 0.4;
    static final double SOCIALIZATION_RATE = 0.1;
    static final String MODEL = """
            steps: 12
            network: {generator: erdosRenyiGnp, n: 80, p: 0.08}
            params: {joinRule: bass, initialMembers: 0, innovation: %s, imitation: %s, socializationRate: %s}
            """;

    /** The prior ranges of innovation, imitation and socializationRate. */
    static final double[][] PRIOR = {{0.001, 0.08}, {0.02, 1.0}, {0.005, 0.4}};

    @TempDir
    Path tmp;

    @Test
    void credibleIntervalsCoverTheTrueValues() throws IOException {
        int reps = Integer.getInteger("netcap.recovery.repetitions", 20);
        int need = reps == 20 ? 16 : (int) Math.floor(0.8 * reps);
        String[] names = {"innovation", "imitation", "socializationRate"};
        double[] truth = {INNOVATION, IMITATION, SOCIALIZATION_RATE};
        int[] covered = new int[3];
        double[] width = new double[3];
        List<String> log = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            Path dir = Files.createDirectories(tmp.resolve("rep" + i));
            writeData(dir, 1000 + i);
            String spec = "name: recovery\nseed: " + (5000 + i) + "\n" + String.format(MODEL, 0.002, 0.3, 0.05) + """
                    calibrate:
                      method: abc-smc
                      replications: %s
                      parameters:
                        innovation: {min: 0.001, max: 0.08}
                        imitation: {min: 0.02, max: 1.0}
                        socializationRate: {min: 0.005, max: 0.4}
                      targets:
                        - {series: data.csv, time: block, column: joined, metric: joined, firstStep: 1, stepsPerTime: 3, combine: sum, error: %s}
                        - {series: data.csv, time: block, column: socialization, metric: socialization, firstStep: 1, stepsPerTime: 3, combine: sum, error: %s}
                      abc: {particles: 100, generations: 6, quantile: 0.5}
                      truth: {innovation: %s, imitation: %s, socializationRate: %s}
                    """.formatted(REPLICATIONS, errors[0], errors[1], INNOVATION, IMITATION, SOCIALIZATION_RATE);
            Path specFile = dir.resolve("recovery.yaml");
            Files.writeString(specFile, spec);
            Path out = dir.resolve("out");
            new Calibration(specFile, new Calibration.Options(out, tmp, 2, false, null, List.of())).run();
            List<String> est = Files.readAllLines(out.resolve("estimates.csv"));
            StringBuilder b = new StringBuilder("repetition " + i + ":");
            for (int j = 0; j < 3; j++) {
                String[] c = est.get(1 + j).split(",");
                double low = Double.parseDouble(c[3]);
                double high = Double.parseDouble(c[4]);
                boolean in = low <= truth[j] && truth[j] <= high;
                covered[j] += in ? 1 : 0;
                b.append(' ').append(names[j]).append(" [").append(c[3]).append(", ").append(c[4]).append(in ? "] covers" : "] misses");
            }
            for (int j = 0; j < 3; j++) {
                String[] c = est.get(1 + j).split(",");
                width[j] += (Double.parseDouble(c[4]) - Double.parseDouble(c[3])) / (PRIOR[j][1] - PRIOR[j][0]) / reps;
            }
            log.add(b.toString());
        }
        String report = String.join("\n", log) + "\ncovered: innovation " + covered[0] + ", imitation " + covered[1]
                + ", socializationRate " + covered[2] + " of " + reps
                + String.format("; mean interval width as a share of the prior range: %.2f, %.2f, %.2f", width[0], width[1], width[2]);
        if (Boolean.getBoolean("netcap.recovery.print")) {
            System.out.println(report);
        }
        for (int j = 0; j < 3; j++) {
            assertTrue(covered[j] >= need, names[j] + " covered " + covered[j] + " of " + reps + ", needs " + need + "\n" + report);
            assertTrue(width[j] < 0.75, names[j] + ": the intervals are as wide as the prior\n" + report);
        }
    }

    private double[] errors = new double[2];

    /** data.csv: block (1..4), joined and socialization summed over the block's 3 steps, mean over the data replicates; sets the errors. */
    private void writeData(Path dir, long seed) throws IOException {
        Path spec = dir.resolve("truth.yaml");
        Files.writeString(spec, "name: truth\nseed: " + seed + "\nreplications: " + DATA_REPLICATES + "\n"
                + String.format(MODEL, INNOVATION, IMITATION, SOCIALIZATION_RATE));
        Path out = dir.resolve("truth");
        Experiment.load(spec).out(out).threads(2).charts(false).run();
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int rep = header.indexOf("replicate");
        int step = header.indexOf("step");
        int[] cols = {header.indexOf("joined"), header.indexOf("socialization")};
        double[][][] v = new double[DATA_REPLICATES][BLOCKS][2]; // replicate, block, column
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            int s = Integer.parseInt(c[step]);
            if (s < 1) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                v[Integer.parseInt(c[rep])][(s - 1) / 3][k] += Double.parseDouble(c[cols[k]]);
            }
        }
        StringBuilder b = new StringBuilder("block,joined,socialization\n");
        double[] sdSum = new double[2];
        for (int blk = 0; blk < BLOCKS; blk++) {
            b.append(blk + 1);
            for (int k = 0; k < 2; k++) {
                double mean = 0;
                for (int r = 0; r < DATA_REPLICATES; r++) {
                    mean += v[r][blk][k] / DATA_REPLICATES;
                }
                double ss = 0;
                for (int r = 0; r < DATA_REPLICATES; r++) {
                    ss += (v[r][blk][k] - mean) * (v[r][blk][k] - mean);
                }
                sdSum[k] += Math.sqrt(ss / (DATA_REPLICATES - 1));
                b.append(',').append(mean);
            }
            b.append('\n');
        }
        for (int k = 0; k < 2; k++) {
            errors[k] = Math.max(1e-3, sdSum[k] / BLOCKS * Math.sqrt(1.0 / DATA_REPLICATES + 1.0 / REPLICATIONS));
        }
        Files.writeString(dir.resolve("data.csv"), b.toString());
    }
}
