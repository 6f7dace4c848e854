package netcap.cli;

import netcap.Version;
import picocli.CommandLine;

/** Prints netcap's version and the Java it runs on. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"netcap " + Version.version() + " (" + Version.gitCommit() + "), Java " + System.getProperty("java.version")};
    }
}
