package netcap.io;

import netcap.InputException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is
 * then renamed over the target ({@link StandardCopyOption#ATOMIC_MOVE}). A reader never sees a
 * half-written file, and a failed write leaves the target as it was and no temporary file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Checks that {@code target} can be written: its folder exists and it is not a folder.
     *
     * @throws InputException naming the file otherwise
     */
    public static void checkWritable(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new InputException(target + ": is a directory, cannot write a file there");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": cannot write, folder " + dir + " does not exist");
        }
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws InputException when the folder does not exist or the file cannot be written
     */
    public static void write(Path target, Body body) {
        checkWritable(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + describe(e, dir), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** What went wrong with a write, in words: "permission denied in DIR" for a folder one may not write in. */
    static String describe(IOException e, Path dir) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (dir == null ? "" : " in " + dir);
        }
        return e.getMessage();
    }
}
