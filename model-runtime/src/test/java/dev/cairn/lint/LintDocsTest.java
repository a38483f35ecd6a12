package dev.cairn.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/LINT.md and the README list every rule with its default severity, rule set and engines; LINT.md explains each. */
class LintDocsTest {

    @Test
    void everyRuleIsDocumentedAsItIs() throws IOException {
        String lint = Files.readString(Path.of("../docs/LINT.md"));
        String readme = Files.readString(Path.of("../README.md"));
        for (LintRule r : LintRules.list()) {
            String engines = r.engines().isEmpty() ? "all" : String.join(", ", new java.util.TreeSet<>(r.engines()));
            String cells = " | " + r.severity().id() + " | " + r.category().id() + " | " + engines + " | " + r.summary() + " |";
            String row = "| [`" + r.id() + "`](#" + r.id() + ")" + cells;
            String readmeRow = "| [`" + r.id() + "`](docs/LINT.md#" + r.id() + ")" + cells; // the README links to the explanation in LINT.md
            assertTrue(lint.contains(row), "docs/LINT.md lacks the row " + row);
            assertTrue(readme.contains(readmeRow), "README.md lacks the row " + readmeRow);
            assertTrue(lint.contains("### " + r.id() + "\n\n" + r.explanation() + "\n"), "docs/LINT.md lacks the explanation of " + r.id());
        }
    }
}
