package netcap.util;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for tasks on a pool, with the task's own exception rethrown as it was. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * The result of {@code f}. A {@link RuntimeException} or {@link Error} thrown by the task is
     * rethrown unchanged, a checked one wrapped in {@link IllegalStateException}; interruption
     * restores the thread's interrupt flag and throws {@link IllegalStateException}.
     */
    public static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
