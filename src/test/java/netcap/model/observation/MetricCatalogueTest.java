package netcap.model.observation;

import netcap.chart.Labels;
import netcap.model.Mechanisms;
import netcap.model.ModelDoc;
import netcap.schema.Markdown;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metric catalogue: the columns it declares, their documentation, and the documents generated from it. */
class MetricCatalogueTest {
    @Test
    void columnsKeepTheirNamesAndOrder() {
        // the columns of timeseries.csv and the metric names of specs are part of the output format
        assertEquals(List.of(
                "step", "members", "active", "joined", "left", "churned", "adoptionShare", "timeToTakeoff", "globalCascade",
                "largestComponent",
                "meanTrust", "meanTieTrust", "meanTieTrustSingle", "meanTieTrustMultiplex",
                "meanTacit", "meanExplicit", "totalKnowledge", "systemKnowledge", "knowledgeGini",
                "created", "transferred", "forgotten",
                "socialization", "socializationCreation", "externalization", "uptake", "combination", "internalization", "teamCreation", "teamsFormed",
                "transferDirect", "transferIndirect", "meanTransferDistance",
                "effort", "exchangeCost", "meanSatisfaction", "meanActivity",
                "contributorShare", "freeRiderShare", "conditionalShare", "contributionRate", "meanPayoff", "meanReputation",
                "ties", "tiesFormed", "tiesDropped",
                "tieLevel0", "tieLevel1", "tieLevel2", "tieLevel3", "tieLevel4",
                "multiplexShare", "meanDegree", "clustering", "commons", "purchases", "outsiderPurchases", "unpaidPurchases", "purchaseValue",
                "revenue", "revenueGini", "approaches", "sellerShare", "valueCost", "joinRate", "outsiderValue"), Metrics.COLUMNS);
        for (Metric m : Metric.values()) {
            assertSame(m, Metric.byName(m.column()));
        }
    }

    @Test
    void everyMetricIsDocumentedAndNamesItsMechanisms() {
        for (Metric m : Metric.values()) {
            assertFalse(m.label().isBlank(), m.column() + ": label");
            assertTrue(m.definition().endsWith("."), m.column() + ": a definition sentence");
            assertTrue(m == Metric.STEP || !m.mechanisms().isEmpty(), m.column() + " names the mechanisms that produce it");
            for (String mech : m.mechanisms()) {
                assertTrue(Mechanisms.NAMES.contains(mech), m.column() + ": unknown mechanism " + mech);
            }
        }
    }

    @Test
    void chartLabelsComeFromTheCatalogue() {
        for (Metric m : Metric.values()) {
            assertEquals(m.label(), Labels.label(m.column()));
            assertEquals(m.unit(), Labels.unit(m.column()));
        }
        assertEquals("totalKnowledgeSd", Labels.label("totalKnowledgeSd"), "not a metric: its own name");
    }

    @Test
    void aRowMustHaveEveryMetric() {
        Row row = new Row();
        for (Metric m : Metric.values()) {
            if (m != Metric.CLUSTERING) {
                row.put(m, m.ordinal());
            }
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, row::values);
        assertTrue(e.getMessage().contains("clustering"));
        row.put(Metric.CLUSTERING, -1);
        double[] v = row.values();
        assertEquals(Metric.values().length, v.length);
        assertEquals(Metric.MEAN_TRUST.ordinal(), v[Metrics.COLUMNS.indexOf("meanTrust")]);
        assertEquals(-1, v[Metrics.COLUMNS.indexOf("clustering")]);
    }

    @Test
    void markdownTableCellsEscapeBars() {
        assertEquals("a \\| b", Markdown.cell("a | b"));
        String table = Metric.markdownTable();
        assertEquals(Metric.values().length + 2, table.split("\n").length);
        for (String line : table.split("\n")) {
            assertEquals(7, line.split("(?<!\\\\)\\|", -1).length, "five cells between six bars: " + line);
        }
    }

    @Test
    void docsShowTheCatalogue() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        assertEquals(ModelDoc.withGeneratedSections(odd), odd,
                "the generated sections of docs/ODD.md are out of date: ./netcap docs odd > /tmp/odd.md && mv /tmp/odd.md docs/ODD.md");
        String experiments = Files.readString(Path.of("docs/experiments.md"));
        assertTrue(experiments.contains(Metric.markdownTable()),
                "docs/experiments.md lacks the metric table: ./netcap docs experiments > docs/experiments.md");
    }
}
