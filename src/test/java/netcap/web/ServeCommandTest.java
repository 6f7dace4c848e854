package netcap.web;

import netcap.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code netcap serve} refuses bad options with one line and exit status 2, before it listens. */
class ServeCommandTest {
    private static String refused(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute(args), String.join(" ", args));
        String e = err.toString().strip();
        assertEquals(1, e.lines().count(), "one line: " + e);
        assertTrue(e.startsWith("netcap: error: "), e);
        return e;
    }

    @Test
    void badOptionsStopWithOneLine() throws Exception {
        assertTrue(refused("serve", "--preset", "basline").contains("unknown preset 'basline'; did you mean 'baseline'?"));
        assertTrue(refused("serve", "--lang", "de").contains("unknown language 'de'; allowed: en, sv"));
        assertTrue(refused("serve", "--port", "70000").contains("--port must be 0..65535"));
        assertTrue(refused("serve", "--contrast", "online-vs-offline").contains("--contrast needs --screenshot"));
        assertTrue(refused("serve", "--screenshot", "x.png", "--contrast", "online-vs-ofline")
                .contains("unknown contrast 'online-vs-ofline'; did you mean 'online-vs-offline'?"));
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            String e = refused("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertTrue(e.contains("the port is in use"), e);
        }
    }
}
