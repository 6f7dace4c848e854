package netcap.experiment;

import netcap.model.plugins.LoadedPlugin;
import netcap.model.plugins.Plugins;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spark context for netcap's tasks: the master of {@code --master}, or the one spark-submit set,
 * or {@code local[*]}; Spark's log level WARN unless set; on a cluster, netcap's jar and the
 * plug-in jars for the executors. Each input of a batch is one Spark task; a task that fails is
 * retried by Spark ({@code spark.task.maxFailures}, left at Spark's default).
 *
 * <p>With {@link SparkEngine} the only class that refers to Spark; loaded by name
 * ({@link Batches#spark}).
 */
final class SparkJobs implements Batches {
    private final JavaSparkContext sc;
    private final String master;
    /** The plug-ins the tasks need (names) and their jars' file names, shipped to a cluster's executors. */
    private final ArrayList<String> pluginNames = new ArrayList<>();
    private final ArrayList<String> pluginJars = new ArrayList<>();

    public SparkJobs(String master, String appName, List<LoadedPlugin> plugins) {
        SparkConf conf = new SparkConf().setAppName(appName);
        conf.setIfMissing("spark.log.level", "WARN"); // Spark's INFO lines only when asked for (spark-submit --conf spark.log.level=INFO)
        conf.setMaster(masterFor(master, conf.get("spark.master", "local[*]")));
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // started by ./netcap, not spark-submit: the executors get netcap's classes from its jar
            try {
                Path jar = Path.of(SparkJobs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (java.nio.file.Files.isRegularFile(jar)) {
                    conf.setJars(new String[] {jar.toString()});
                }
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // no jar to ship (classes from a folder): the executors need netcap on their class path
            }
        }
        this.sc = start(conf);
        this.master = sc.master();
        if (!local) {
            // an executor on another machine loads the plug-ins from copies of their jars (SparkFiles)
            for (LoadedPlugin p : plugins) {
                pluginNames.add(p.name());
                if (!pluginJars.contains(p.jar().getFileName().toString())) {
                    sc.addFile(p.jar().toAbsolutePath().toString());
                    pluginJars.add(p.jar().getFileName().toString());
                }
            }
        }
    }

    /** The master Spark takes: {@code master} (--master) when given, else {@code preset} (the one spark-submit set, or local[*]). */
    static String masterFor(String master, String preset) {
        return master != null && !master.isEmpty() ? master : preset;
    }

    /** Starts Spark; a master it cannot use (a bad URL, an unreachable cluster) is refused in one line. */
    private static JavaSparkContext start(SparkConf conf) {
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) { // Spark's checked exceptions are not declared
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new netcap.InputException("--master " + conf.get("spark.master") + ": Apache Spark cannot start with this master ("
                    + why + "); use local[N], local[*] or the URL of a cluster, e.g. spark://HOST:7077");
        }
    }

    @Override
    public String master() {
        return master;
    }

    /** Spark's default parallelism: its total number of cores. */
    int parallelism() {
        return sc.defaultParallelism();
    }

    /** Starts {@code task} on every input, one Spark task each. */
    <T extends Serializable, R extends Serializable> JavaFutureAction<List<R>> submit(List<T> inputs, Task<T, R> task) {
        return sc.parallelize(new ArrayList<>(inputs), Math.max(1, inputs.size())).map(new Call<>(task, pluginNames, pluginJars))
                .collectAsync();
    }

    @Override
    public <T extends Serializable, R extends Serializable> List<R> map(List<T> inputs, Task<T, R> task) {
        return inputs.isEmpty() ? List.of() : await(submit(inputs, task));
    }

    static <R> List<R> await(JavaFutureAction<List<R>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Spark could not run the tasks: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        sc.close();
    }

    /** A netcap task as a Spark function; on an executor without the plug-ins, it loads them from the shipped jars first. */
    private static final class Call<T, R> implements Function<T, R> {
        private static final long serialVersionUID = 1L;
        private final Task<T, R> task;
        private final ArrayList<String> pluginNames;
        private final ArrayList<String> pluginJars;

        Call(Task<T, R> task, ArrayList<String> pluginNames, ArrayList<String> pluginJars) {
            this.task = task;
            this.pluginNames = pluginNames;
            this.pluginJars = pluginJars;
        }

        @Override
        public R call(T input) {
            if (!pluginNames.isEmpty()) {
                synchronized (Call.class) {
                    List<String> have = Plugins.loaded().stream().map(LoadedPlugin::name).toList();
                    if (!have.containsAll(pluginNames)) {
                        Plugins.load(pluginJars.stream().map(j -> Path.of(SparkFiles.get(j))).toList());
                    }
                }
            }
            return task.call(input);
        }
    }
}
