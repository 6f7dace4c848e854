package netcap.experiment;

import netcap.model.plugins.LoadedPlugin;

import java.io.Serializable;
import java.util.List;

/**
 * A place to run batches of independent tasks other than netcap's own threads: Apache Spark
 * ({@link #spark}). {@code netcap calibrate --engine spark} simulates each batch of candidates
 * with it. Nothing of Spark is loaded unless {@link #spark} is called.
 */
public interface Batches extends AutoCloseable {
    /** A task: serializable, so that it can be sent to another machine; it must not depend on where it runs. */
    interface Task<T, R> extends Serializable {
        R call(T input);
    }

    /** {@code task} applied to every input, one task each, the results in the order of the inputs. */
    <T extends Serializable, R extends Serializable> List<R> map(List<T> inputs, Task<T, R> task);

    /** The master URL the tasks go to. */
    String master();

    @Override
    void close();

    /**
     * Apache Spark with master {@code master} (empty: the one spark-submit set, else
     * {@code local[*]}); {@code plugins} are sent to the executors of a cluster. Refused with a
     * clear message when Spark is not on the class path.
     */
    static Batches spark(String master, String appName, List<LoadedPlugin> plugins) {
        Engine.checkMaster(master);
        Engine.requireSpark();
        try {
            // loaded by name: the plain jar holds this class but not Spark, so nothing else may refer to it
            return (Batches) Class.forName("netcap.experiment.SparkJobs").getConstructor(String.class, String.class, List.class)
                    .newInstance(master, appName, plugins);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot start Apache Spark", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Apache Spark", e);
        }
    }
}
