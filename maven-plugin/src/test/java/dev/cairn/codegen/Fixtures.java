package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixture schemas under src/test/resources/codegen/&lt;dialect&gt;/, and the sources generated from them. */
final class Fixtures {
    static final String PACKAGE = "com.example.model";

    private Fixtures() {
    }

    static List<MigrationFile> migrations(Dialect dialect) {
        try {
            Path dir = Path.of(Fixtures.class.getResource("/codegen/" + dialect.id()).toURI());
            return MigrationDirectory.load(dir, "db/migrations/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> generate(Dialect dialect) {
        return new ModelGenerator(GeneratorOptions.defaults(PACKAGE, dialect)).generate(migrations(dialect), null);
    }

    static String file(Map<String, String> files, String className) {
        String text = files.get(PACKAGE.replace('.', '/') + "/" + className + ".java");
        if (text == null) throw new AssertionError("no " + className + " among " + files.keySet());
        return text;
    }
}
