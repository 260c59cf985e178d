package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioDocsTest {
    /** Relative to the Maven working directory, the project root. */
    private static final Path DOCS = Path.of("docs", "scenarios.md");

    /**
     * Fails when docs/scenarios.md does not contain the reference generated from the catalogue.
     * Running the tests with {@code -Dridegrid.updateDocs=true} rewrites the generated part first.
     */
    @Test
    void docsMatchCatalogue() throws IOException {
        String document = Files.readString(DOCS);
        if (Boolean.getBoolean("ridegrid.updateDocs")) {
            document = ScenarioDocs.updateDocument(document);
            Files.writeString(DOCS, document);
        }
        assertTrue(document.contains(ScenarioDocs.BEGIN + "\n\n" + ScenarioDocs.renderReference() + ScenarioDocs.END),
                "docs/scenarios.md is out of date with ScenarioKeys; run mvn -o test -Dridegrid.updateDocs=true");
    }

    @Test
    void referenceListsEveryKey() {
        String reference = ScenarioDocs.renderReference();
        for (ScenarioKey key : ScenarioKeys.all()) {
            assertTrue(reference.contains("| `" + key.path() + "` |"), key.path());
        }
    }

    @Test
    void tinyExampleInDocsLoads() throws IOException, ScenarioException {
        String document = Files.readString(DOCS);
        int start = document.indexOf("```yaml\n") + "```yaml\n".length();
        String example = document.substring(start, document.indexOf("```", start));
        ScenarioLoader.parse(example, "docs/scenarios.md", java.util.List.of());
    }
}
