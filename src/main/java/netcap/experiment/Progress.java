package netcap.experiment;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** Reports progress of an experiment: a progress bar on a terminal, plain log lines otherwise, or nothing. */
public abstract class Progress {
    /** Called once with the number of runs planned and the number already finished (resume). */
    public abstract void start(int planned, int alreadyDone);

    /** Adds runs to the plan (adaptive replication). */
    public abstract void addPlanned(int n);

    /** One run finished. Thread-safe. */
    public abstract void runDone();

    public abstract void finish();

    /** No output. */
    public static Progress silent() {
        return new Progress() {
            @Override
            public void start(int planned, int alreadyDone) {
            }

            @Override
            public void addPlanned(int n) {
            }

            @Override
            public void runDone() {
            }

            @Override
            public void finish() {
            }
        };
    }

    /** A progress bar (runs done, runs/s, ETA) when a terminal is attached, log lines to {@code err} otherwise. */
    public static Progress auto(String name, PrintStream err) {
        return System.console() != null ? bar(name) : log(name, err);
    }

    static Progress bar(String name) {
        return new Progress() {
            private ProgressBar pb;

            @Override
            public void start(int planned, int alreadyDone) {
                pb = new ProgressBarBuilder().setTaskName(name).setInitialMax(planned).setUnit(" runs", 1)
                        .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250).build();
                pb.stepTo(alreadyDone);
            }

            @Override
            public void addPlanned(int n) {
                pb.maxHint(pb.getMax() + n);
            }

            @Override
            public synchronized void runDone() {
                pb.step();
            }

            @Override
            public void finish() {
                if (pb != null) {
                    pb.close();
                }
            }
        };
    }

    static Progress log(String name, PrintStream err) {
        return new Progress() {
            private long planned;
            private long done;
            private long startNanos;
            private long lastLog;

            @Override
            public synchronized void start(int planned, int alreadyDone) {
                this.planned = planned;
                this.done = alreadyDone;
                this.startNanos = System.nanoTime();
                err.printf("%s: %d runs planned, %d already finished%n", name, planned, alreadyDone);
            }

            @Override
            public synchronized void addPlanned(int n) {
                planned += n;
            }

            @Override
            public synchronized void runDone() {
                done++;
                long now = System.nanoTime();
                if (now - lastLog > 5_000_000_000L || done == planned) {
                    lastLog = now;
                    double secs = (now - startNanos) / 1e9;
                    double rate = done / Math.max(secs, 1e-9);
                    double eta = (planned - done) / Math.max(rate, 1e-9);
                    err.printf("%s: %d/%d runs, %.1f runs/s, ETA %.0f s%n", name, done, planned, rate, eta);
                }
            }

            @Override
            public void finish() {
            }
        };
    }
}
