package netcap.cli;

import netcap.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netcap docs odd} finds the project's ODD.md from any folder. */
class DocsCommandTest {
    @Test
    void theOddIsFoundFromAnotherFolderThroughTheCodesProjectFolder(@TempDir Path elsewhere) {
        Path classes = Path.of("target/classes").toAbsolutePath();
        Path odd = DocsCommand.oddFile(elsewhere, classes);
        assertEquals(Path.of("docs/ODD.md").toAbsolutePath(), odd.toAbsolutePath());
        assertEquals(Path.of("docs/ODD.md"), DocsCommand.oddFile(Path.of(""), classes), "the working folder's comes first");
    }

    @Test
    void outsideAProjectItSaysWhereItLooked(@TempDir Path elsewhere) throws Exception {
        Path jar = Files.createDirectories(elsewhere.resolve("lib")).resolve("netcap.jar");
        InputException e = assertThrows(InputException.class, () -> DocsCommand.oddFile(elsewhere, jar));
        assertTrue(e.getMessage().startsWith("docs/ODD.md: not found in " + elsewhere.toAbsolutePath()), e.getMessage());
    }
}
