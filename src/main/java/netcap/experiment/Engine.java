package netcap.experiment;

import netcap.InputException;
import netcap.spec.Point;
import netcap.spec.Spec;

import java.util.List;

/**
 * A way to make the runs of an experiment other than netcap's own thread pool ({@link RunLoop}):
 * the engine makes the runs that {@code folder} does not hold yet and stores each one in the
 * folder's {@code parts/} as the local engine does, so the tables written from the parts are
 * byte-identical.
 */
interface Engine {
    /** Makes the missing runs and returns every run of the experiment. */
    RunLoop.Runs run(Spec spec, List<Point> points, Columns columns, RunFolder folder, Progress progress);

    /** The master URL the runs went to (after {@link #run}). */
    String master();

    /** The Apache Spark engine with master {@code master}, refused with a clear message when Spark is not on the class path. */
    static Engine spark(String master) {
        requireSpark();
        try {
            // loaded by name: the plain jar holds this class but not Spark, so nothing else may refer to it
            return (Engine) Class.forName("netcap.experiment.SparkEngine").getConstructor(String.class).newInstance(master);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Spark engine", e);
        }
    }

    /**
     * Refuses a {@code --master} that is not a Spark master URL ({@code local}, {@code local[N]},
     * {@code local[*]}, {@code local[N,F]}, {@code local-cluster[...]}, {@code yarn} or
     * {@code SCHEME://...}), before anything is started or written; empty: Spark's default.
     */
    static void checkMaster(String master) {
        if (master != null && !master.isEmpty()
                && !master.matches("local(\\[[^\\]]+\\])?|local-cluster\\[[^\\]]+\\]|yarn|[a-z][a-z0-9+.-]*://\\S+")) {
            throw new InputException("--master " + master + ": not a Spark master; use local[N], local[*] or the URL of a cluster, "
                    + "e.g. spark://HOST:7077");
        }
    }

    /** Refuses, with a message saying how to start netcap with Spark, when Spark is not on the class path. */
    static void requireSpark() {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, Engine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InputException("--engine spark: Apache Spark is not on the class path; start netcap with ./netcap, which adds it "
                    + "for --engine spark, or with spark-submit (see docs/cluster.md)");
        }
    }
}
