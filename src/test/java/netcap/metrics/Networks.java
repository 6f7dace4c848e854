package netcap.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netcap.io.EdgeListReader;
import netcap.world.EdgeList;
import netcap.world.Graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test helpers: the real networks in test resources and small hand-made graphs. */
public final class Networks {
    private Networks() {
    }

    /** Path of a file in {@code src/test/resources/networks}. */
    public static Path resource(String name) {
        try {
            return Path.of(Networks.class.getResource("/networks/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource networks/" + name, e);
        }
    }

    /** The graph of {@code networks/NAME.csv}. */
    public static Graph load(String name) {
        return EdgeListReader.read(resource(name + ".csv")).graph();
    }

    /** {@code reference-metrics.json} as a tree. */
    public static JsonNode reference() {
        try (InputStream in = Networks.class.getResourceAsStream("/networks/reference-metrics.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A graph from pairs {u0, v0, u1, v1, ...}. */
    public static Graph graph(int n, int... pairs) {
        EdgeList e = new EdgeList();
        for (int i = 0; i < pairs.length; i += 2) {
            e.add(pairs[i], pairs[i + 1]);
        }
        return Graph.fromEdges(n, e);
    }

    /** An L x L grid (4-neighbour lattice), node id = row * L + column. */
    public static Graph grid(int side) {
        EdgeList e = new EdgeList();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int u = r * side + c;
                if (c + 1 < side) {
                    e.add(u, u + 1);
                }
                if (r + 1 < side) {
                    e.add(u, u + side);
                }
            }
        }
        return Graph.fromEdges(side * side, e);
    }
}
