package netcap.io;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A write refused by the file system says so in words, not only by naming a temporary file. */
class AtomicFilesMessageTest {
    @Test
    void aFolderOneMayNotWriteInIsPermissionDenied() {
        Path dir = Path.of("/srv/runs");
        assertEquals("permission denied in /srv/runs",
                AtomicFiles.describe(new AccessDeniedException("/srv/runs/.summary.csv.123.tmp"), dir));
        assertEquals("disk full", AtomicFiles.describe(new java.io.IOException("disk full"), dir));
    }
}
