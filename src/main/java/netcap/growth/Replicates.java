package netcap.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent replicates on a fixed number of threads and returns their results in index
 * order, so any aggregate computed from the list is the same for every thread count (each
 * replicate must derive its randomness from its index, never from shared state).
 */
public final class Replicates {
    private Replicates() {
    }

    /** {@code body.apply(i)} for i = 0..count-1 on {@code threads} threads, results in order of i. */
    public static <T> List<T> run(int count, int threads, IntFunction<T> body) {
        List<T> out = new ArrayList<>(count);
        if (threads <= 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                out.add(body.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "netcap-replicate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> body.apply(index)));
            }
            for (Future<T> f : futures) {
                out.add(netcap.util.Tasks.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
