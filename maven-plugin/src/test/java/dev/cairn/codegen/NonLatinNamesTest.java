package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQL names in scripts without case, and symbols such as emoji, become valid, distinct Java names that compile. */
class NonLatinNamesTest {
    @TempDir
    Path out;

    @Test
    void wordsOfSymbolsAreTheirUnicodeNames() {
        assertEquals(List.of("grinning", "face"), JavaNames.words("😀"));
        assertEquals(List.of("price", "euro", "sign"), JavaNames.words("price€"));
        assertEquals(List.of("名前"), JavaNames.words("名前"));
        assertEquals(List.of("user", "id"), JavaNames.words("user_ID"));
        assertNotEquals(JavaNames.camel(JavaNames.words("名前")), JavaNames.constant(JavaNames.words("名前")));
        assertEquals("C_名前", JavaNames.constant(JavaNames.words("名前")));
    }

    @Test
    void aTableOfCjkAndEmojiColumnsGeneratesCodeThatCompiles() throws IOException {
        String sql = "CREATE TABLE 顧客 (id INTEGER PRIMARY KEY, 名前 TEXT NOT NULL, \"😀\" INTEGER, \"😢\" INTEGER, \"price€\" REAL, price REAL);\n";
        Map<String, String> files = new ModelGenerator(GeneratorOptions.defaults("com.example.model", Dialect.SQLITE))
                .generate(List.of(MigrationFile.parse(1, "customers", "001_customers.sql", sql)), null);
        String customer = files.values().stream().filter(t -> t.contains("名前")).findFirst().orElseThrow();
        assertTrue(customer.contains("get名前()"), customer);
        assertTrue(customer.contains("C_名前"), customer);
        assertTrue(customer.contains("getGrinningFace()") && customer.contains("getCryingFace()"), customer);
        assertTrue(customer.contains("getPriceEuroSign()") && customer.contains("getPrice()"), customer);
        assertEquals(List.of(), JavaCompilation.compile(files, out, "-Xlint:all", "-Werror"));
    }
}
