package netcap.cli;

import netcap.experiment.Archive;
import netcap.model.plugins.LoadedPlugin;
import netcap.model.plugins.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code netcap archive RUN_DIR}: one zip with everything needed to cite and rerun a run. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes one zip that lets a run be cited and rerun: the run folder's spec.yaml and manifest.json, "
                + "its outputs and report.html, the network file and plug-in jars the spec used, netcap's version and jar "
                + "SHA-256 with the Java and OS versions (environment.json) and how to rerun it (README.txt), described by "
                + "an RO-Crate ro-crate-metadata.json (Workflow Run Crate profile). parts/ and hidden files are left out.",
                "The same run folder gives the same zip, byte for byte. A run that used plug-ins needs them loaded "
                        + "(--plugins DIR or " + Plugins.ENVIRONMENT + ") to archive their jars.",
                "Example: netcap archive runs/baseline-20261128-0723 --out baseline-run.zip"})
public final class ArchiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run folder (the output of netcap run).")
    Path runDir;

    @Option(names = "--out", paramLabel = "FILE.zip", description = "The zip to write (default: RUN_DIR.zip beside the run folder).")
    Path out;

    @Override
    public Integer call() {
        Path zip = out;
        if (zip == null) {
            Path abs = runDir.toAbsolutePath().normalize();
            String name = abs.getFileName() == null ? "run" : abs.getFileName().toString();
            zip = (runDir.getParent() == null ? Path.of(name + ".zip") : runDir.getParent().resolve(name + ".zip"));
        }
        List<Path> jars = new ArrayList<>(); // the plug-in jars loaded by --plugins DIR or NETCAP_PLUGINS
        for (LoadedPlugin p : Plugins.loaded()) {
            jars.add(p.jar());
        }
        Archive.Result r = Archive.write(runDir, zip, jars);
        spec.commandLine().getOut().printf("wrote %s (%d files%s%s)%n", r.zip(), r.files(),
                r.dataFiles().isEmpty() ? "" : ", data: " + String.join(", ", r.dataFiles()),
                r.pluginJars().isEmpty() ? "" : ", plug-ins: " + String.join(", ", r.pluginJars()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
