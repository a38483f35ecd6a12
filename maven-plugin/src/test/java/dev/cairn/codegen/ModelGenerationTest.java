package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ModelGeneration} and {@link GeneratedSources}: what a run writes, keeps and deletes on disk. */
class ModelGenerationTest {
    @TempDir
    Path dir;

    @Test
    void theOptionsPrintAsTheRecordWouldSoThatFingerprintsStayAsTheyWere() throws Exception {
        GeneratorOptions options = new GeneratorOptions("com.example", Dialect.POSTGRESQL, Map.of("users", "Member"),
                Map.of("users.nick", "handle"), Map.of(), Map.of("jsonb", "String"));
        List<String> parts = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent c : GeneratorOptions.class.getRecordComponents()) {
            parts.add(c.getName() + "=" + c.getAccessor().invoke(options));
        }
        assertEquals("GeneratorOptions[" + String.join(", ", parts) + "]", options.toString());
    }

    @Test
    void filesPutFromManyThreadsAreWrittenOnceAndReportedSorted() throws IOException {
        Path out = dir.resolve("out");
        GeneratedSources sources = GeneratedSources.into(out);
        IntStream.range(0, 200).parallel().forEach(i -> sources.put("p" + i % 3 + "/C" + i + ".java", "class C" + i + " {}\n"));
        GeneratedSources.Outcome outcome = sources.finish();
        assertEquals(200, outcome.written().size());
        assertEquals(outcome.written().stream().sorted().toList(), outcome.written());
        assertEquals(List.of(), outcome.unchanged());
        assertEquals("class C7 {}\n", Files.readString(out.resolve("p1/C7.java")));
    }

    @Test
    void aSecondWriteKeepsWhatDidNotChangeAndDeletesWhatIsNoLongerGenerated() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/notes.txt"), "mine"); // not a .java file: never deleted
        GeneratedSources.write(out, Map.of("p/A.java", "a", "p/B.java", "b", "q/C.java", "c"));
        FileTime keptTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("q/C.java"), keptTime);

        Map<String, String> next = new TreeMap<>(Map.of("p/A.java", "a2", "q/C.java", "c"));
        GeneratedSources.Outcome outcome = GeneratedSources.write(out, next);
        assertEquals(List.of("p/A.java"), outcome.written());
        assertEquals(List.of("q/C.java"), outcome.unchanged());
        assertEquals(List.of("p/B.java"), outcome.deleted());
        assertEquals("a2", Files.readString(out.resolve("p/A.java")));
        assertEquals(keptTime, Files.getLastModifiedTime(out.resolve("q/C.java")), "an unchanged file is not rewritten");
        assertTrue(Files.exists(out.resolve("p/notes.txt")));

        // a folder whose files are all unchanged is still searched for files no longer generated
        Files.writeString(out.resolve("q/Stale.java"), "old");
        assertEquals(List.of("q/Stale.java"), GeneratedSources.write(out, next).deleted());
    }

    @Test
    void aRunWritesTheClassesThenARerunFindsThemUpToDateAndAChangedMigrationRegenerates() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT);\n");
        Files.writeString(migrations.resolve("002_posts.sql"),
                "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));\n");
        Path out = dir.resolve("generated");
        ModelGeneration generation = new ModelGeneration(GeneratorOptions.defaults("com.example.model", Dialect.SQLITE), "test");

        ModelGeneration.Result first = generation.run(migrations, "m/", java.nio.charset.StandardCharsets.UTF_8, null, out);
        assertFalse(first.upToDate());
        List<String> classes = List.of("com/example/model/Models.java", "com/example/model/Post.java", "com/example/model/User.java");
        assertEquals(classes, first.outcome().written());
        assertEquals(classes, Files.readAllLines(out.resolve(InputFingerprint.FILE_NAME)).subList(1, 4));

        ModelGeneration.Result rerun = generation.run(migrations, "m/", java.nio.charset.StandardCharsets.UTF_8, null, out);
        assertTrue(rerun.upToDate());
        assertNull(rerun.outcome());

        Files.delete(migrations.resolve("002_posts.sql"));
        ModelGeneration.Result fewer = generation.run(migrations, "m/", java.nio.charset.StandardCharsets.UTF_8, null, out);
        assertEquals(List.of("com/example/model/Post.java"), fewer.outcome().deleted());
        assertEquals(List.of("com/example/model/Models.java", "com/example/model/User.java"), fewer.outcome().written(),
                "Models has a new version, User no getPosts()");
        assertFalse(Files.exists(out.resolve("com/example/model/Post.java")));
    }
}
