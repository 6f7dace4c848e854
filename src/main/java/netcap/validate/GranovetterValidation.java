package netcap.validate;

import netcap.growth.Threshold;
import netcap.growth.ThresholdDistribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Granovetter (1978), pp. 1424-1425: the riot. A crowd of 100 with absolute thresholds 0, 1, 2,
 * ..., 99 (the number of others who must riot before one joins) riots to the last person: the
 * instigator (threshold 0) acts, which triggers the person with threshold 1, and so on. Replace
 * the threshold-1 person by one with threshold 2 and only the instigator riots, though the two
 * crowds are almost identical.
 *
 * <p>Granovetter, M. (1978). Threshold models of collective behavior. <i>American Journal of
 * Sociology</i> 83(6):1420-1443.
 *
 * <p>Run on the complete graph (everyone sees everyone) with {@link Threshold#cascade}; no
 * randomness. Pass: 100 join in the first crowd (after 99 steps, one per step) and exactly 1 in
 * the second.
 */
public final class GranovetterValidation implements Validation {
    /** Crowd size. */
    public static final int N = 100;

    @Override
    public String name() {
        return "granovetter";
    }

    @Override
    public String target() {
        return "Granovetter (1978) riot: thresholds 0..99 -> all 100 riot; threshold 1 replaced by 2 -> only 1";
    }

    /** Thresholds 0, 1, ..., n-1, with the value 1 replaced by 2 if {@code perturbed}. */
    public static double[] thresholds(boolean perturbed) {
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = i;
        }
        if (perturbed) {
            t[1] = 2;
        }
        return ThresholdDistribution.list(t, false).draw(N, 0);
    }

    /** The riot of the crowd: the cascade from nobody on the complete graph. */
    public static Threshold.Cascade riot(boolean perturbed) {
        return Threshold.cascade(null, N, new byte[N], thresholds(perturbed), false, 10 * N);
    }

    @Override
    public Outcome run(long seed, int threads) {
        Threshold.Cascade a = riot(false);
        Threshold.Cascade b = riot(true);
        boolean pass = a.adopters() == N && b.adopters() == 1;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n", N);
        d.put("thresholds_0_to_99_joined", a.adopters());
        d.put("thresholds_0_to_99_steps", a.steps());
        d.put("threshold_1_replaced_by_2_joined", b.adopters());
        d.put("threshold_1_replaced_by_2_steps", b.steps());
        String result = String.format("thresholds 0..99: %d join (in %d steps); 1 replaced by 2: %d joins",
                a.adopters(), a.steps(), b.adopters());
        return new Outcome(result, pass, d);
    }

    /** Renders the chart: {@code netcap.validate.GranovetterValidation [--png docs/img/granovetter1978.png]}. */
    public static void main(String[] args) throws IOException {
        Path png = Path.of("docs/img/granovetter1978.png");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--png")) {
                png = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        Outcome o = new GranovetterValidation().run(1, 1);
        System.out.println(o.result() + (o.pass() ? "  pass" : "  FAIL"));
        GrowthCharts.granovetter(riot(false).adoptersByStep(), riot(true).adoptersByStep(), png);
        System.out.println("wrote " + png);
    }
}
