package netcap.stats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observed diffusion series in data/adoption/ parse and are what its README says they are. */
class AdoptionDataTest {
    static final Path DIR = Path.of("data/adoption");

    static List<CSVRecord> read(String file, List<String> header) throws IOException {
        try (Reader r = Files.newBufferedReader(DIR.resolve(file))) {
            var p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            assertEquals(header, p.getHeaderNames(), file);
            List<CSVRecord> rows = p.getRecords();
            for (CSVRecord row : rows) {
                assertEquals(header.size(), row.size(), file + " line " + (row.getRecordNumber() + 1));
                for (String cell : row) {
                    double v = Double.parseDouble(cell); // every cell a number
                    assertTrue(Double.isFinite(v) && v >= 0, file + ": " + cell);
                }
            }
            return rows;
        }
    }

    @Test
    void ibmHas24PeriodsOfFourGenerationsStartingInPeriods1_6_11_16() throws IOException {
        List<CSVRecord> rows = read("ibm-installations.csv", List.of("period", "generation1", "generation2", "generation3", "generation4"));
        assertEquals(24, rows.size());
        for (int i = 0; i < 24; i++) {
            assertEquals(i + 1, Integer.parseInt(rows.get(i).get("period")));
        }
        int[] start = {1, 6, 11, 16};
        for (int g = 1; g <= 4; g++) {
            int first = 0;
            for (CSVRecord r : rows) {
                if (Double.parseDouble(r.get("generation" + g)) > 0) {
                    first = Integer.parseInt(r.get("period"));
                    break;
                }
            }
            assertEquals(start[g - 1], first, "generation " + g + " starts");
        }
        // generation 1: a complete life cycle, 190 in period 1, peak 2640 in period 6, 0 from period 22
        assertEquals(190, Double.parseDouble(rows.get(0).get("generation1")));
        double max = 0;
        int peak = 0;
        for (CSVRecord r : rows) {
            double v = Double.parseDouble(r.get("generation1"));
            if (v > max) {
                max = v;
                peak = Integer.parseInt(r.get("period"));
            }
        }
        assertEquals(2640, max);
        assertEquals(6, peak);
        for (int i = 21; i < 24; i++) {
            assertEquals(0, Double.parseDouble(rows.get(i).get("generation1")));
        }
    }

    @Test
    void carStockHas25YearsFrom1965To1989InThousands() throws IOException {
        List<CSVRecord> rows = read("car-stock-netherlands.csv", List.of("year", "stock_thousands", "stock_smoothed_thousands"));
        assertEquals(25, rows.size());
        assertEquals("1965", rows.get(0).get("year"));
        assertEquals("1989", rows.get(24).get("year"));
        double prev = 0;
        for (CSVRecord r : rows) { // a stock that grows, in thousands (1.3 to 5.4 million cars)
            double v = Double.parseDouble(r.get("stock_smoothed_thousands"));
            assertTrue(v > prev && v > 1000 && v < 6000, r.toString());
            prev = v;
        }
    }

    @Test
    void merchantMarineIsAShareFrom1885To1965() throws IOException {
        List<CSVRecord> rows = read("merchant-marine-metal.csv", List.of("year", "share_metal"));
        assertEquals(17, rows.size());
        assertEquals("1885", rows.get(0).get("year"));
        assertEquals("1965", rows.get(16).get("year"));
        for (CSVRecord r : rows) {
            double v = Double.parseDouble(r.get("share_metal"));
            assertTrue(v > 0 && v < 1, r.toString());
        }
    }

    @Test
    void theReadmeNamesEveryFileAndKeepsTheSourceNote() throws IOException {
        String readme = Files.readString(DIR.resolve("README.md"));
        try (var files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertTrue(readme.contains("`" + f.getFileName() + "`"), f + " is not described in the README");
            }
        }
        for (String s : List.of("Bass, P.I. & Bass, F.M. (2004)", "Franses, P.H. (1994)", "Martino, J.P. (1993)", "LGPL-2.1",
                "`diffusion`", "24 periods")) {
            assertTrue(readme.contains(s), "README lacks " + s);
        }
    }
}
