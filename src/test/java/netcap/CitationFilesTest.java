package netcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** LICENSE, CITATION.cff, codemeta.json and the POM agree on the version, the licence and the authors. */
class CitationFilesTest {

    @Test
    void citationCodemetaAndPomAgree() throws Exception {
        JsonNode cff = new YAMLMapper().readTree(Path.of("CITATION.cff").toFile());
        JsonNode codemeta = new ObjectMapper().readTree(Path.of("codemeta.json").toFile());
        String pom = Files.readString(Path.of("pom.xml"));

        assertEquals("1.2.0", cff.get("cff-version").asText());
        for (String k : new String[] {"message", "title", "version", "authors", "date-released", "license", "abstract"}) {
            assertTrue(cff.hasNonNull(k), "CITATION.cff has " + k);
        }
        assertTrue(cff.get("date-released").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(Version.version(), cff.get("version").asText());
        assertEquals(Version.version(), codemeta.get("version").asText());
        assertTrue(pom.contains("<version>" + Version.version() + "</version>"));

        assertEquals("Apache-2.0", cff.get("license").asText());
        assertEquals("https://spdx.org/licenses/Apache-2.0", codemeta.get("license").asText());
        assertTrue(pom.contains("<name>Apache-2.0</name>"));
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0, January 2004"));

        assertEquals(cff.get("authors").get(0).get("name").asText(), codemeta.get("author").get(0).get("name").asText());
        assertEquals(cff.get("title").asText(), codemeta.get("name").asText());
        assertEquals(cff.get("date-released").asText(), codemeta.get("datePublished").asText());
        assertTrue(codemeta.get("@context").asText().startsWith("https://w3id.org/codemeta/"));
    }

    @Test
    void thirdPartyListNamesEveryBundledLibrary() throws Exception {
        String list = Files.readString(Path.of("THIRD-PARTY.md"));
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:(?!</dependency>).)*?</dependency>",
                java.util.regex.Pattern.DOTALL).matcher(pom);
        int n = 0;
        while (m.find()) {
            if (m.group().contains("<scope>test</scope>")) {
                continue;
            }
            n++;
            String group = m.group(1);
            String artifact = m.group(2);
            assertTrue(list.contains(group + ":" + artifact) || list.contains("`" + group + "`") && list.contains(artifact.replace("jackson-", "")),
                    "THIRD-PARTY.md names " + group + ":" + artifact);
        }
        assertTrue(n >= 8, "found the POM's dependencies");
    }
}
