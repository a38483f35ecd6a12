package dev.cairn.migrate;

import dev.cairn.sql.CairnProblem;
import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A written down part is replayed over the schema after its up part and must give back the schema before it (issue
 * 17, "Down consistency"): offline, with the file and line of the down part and what differs.
 */
class WrittenDownCheckTest {
    private static final String TABLE = "CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, body TEXT);\n";

    private static List<ReplayedMigration> replay(Dialect dialect, String... texts) {
        List<MigrationFile> files = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            files.add(MigrationFile.parse(k + 1, "m" + (k + 1), "db/migrations/00" + (k + 1) + "_m.sql", texts[k]));
        }
        return MigrationReplay.of(dialect, files);
    }

    private static List<String> problems(Dialect dialect, String... texts) {
        return new WrittenDownCheck(dialect).problems(replay(dialect, texts));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aDownThatUndoesItsUpIsClean(Dialect dialect) {
        assertEquals(List.of(), problems(dialect, TABLE,
                "CREATE INDEX posts_title ON posts (title);\nALTER TABLE posts ADD COLUMN rating INTEGER;\n"
                        + "-- migrate:down\nALTER TABLE posts DROP COLUMN rating;\nDROP INDEX posts_title" + (dialect == Dialect.MARIADB ? " ON posts" : "") + ";\n"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aDownThatForgetsAnIndexIsReportedAtItsLineWithWhatDiffers(Dialect dialect) {
        List<String> found = problems(dialect, TABLE,
                "-- the rating\nCREATE INDEX posts_title ON posts (title);\nALTER TABLE posts ADD COLUMN rating INTEGER;\n"
                        + "-- migrate:down\nALTER TABLE posts DROP COLUMN rating;\n");
        assertEquals(1, found.size(), found.toString());
        String p = found.get(0);
        assertTrue(p.startsWith("db/migrations/002_m.sql:4:1: the -- migrate:down part of version 2 does not give back the schema before it"), p);
        assertTrue(p.contains("posts_title") && p.contains("unexpected"), p);
        assertTrue(p.contains("-- cairn:allow down-mismatch <reason>"), p);
    }

    @Test
    void aDownThatForgetsAColumnOrAForeignKeyOrDropsTooMuchIsReported() {
        String twoTables = TABLE + "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);\n";
        assertTrue(problems(Dialect.POSTGRESQL, twoTables, "ALTER TABLE posts ADD COLUMN tag_id INTEGER REFERENCES tags (id);\n"
                + "-- migrate:down\nALTER TABLE posts DROP CONSTRAINT posts_tag_id_fkey;\n").get(0).contains("column tag_id"));
        assertTrue(problems(Dialect.POSTGRESQL, twoTables, "ALTER TABLE posts ADD COLUMN tag_id INTEGER REFERENCES tags (id);\n"
                + "-- migrate:down\nDROP TABLE posts;\n").get(0).contains("table posts: missing"));
        assertTrue(problems(Dialect.POSTGRESQL, twoTables, "ALTER TABLE posts ALTER COLUMN body SET NOT NULL;\n"
                + "-- migrate:down\nSELECT 1;\n").get(0).contains("body"));
    }

    @Test
    void aDownThatDoesNotReplayIsReportedWithTheStatementsPosition() {
        List<String> found = problems(Dialect.SQLITE, TABLE, "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n-- migrate:down\n\nDROP TABLE tagz;\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("does not replay over the schema after its up part"), found.get(0));
        assertTrue(found.get(0).contains("db/migrations/002_m.sql:4:1"), found.get(0));
        assertTrue(found.get(0).contains("tagz"), found.get(0));
    }

    @Test
    void anAllowWithAReasonSilencesItAndOneWithoutIsItselfAProblem() {
        String up = "ALTER TABLE posts ADD COLUMN rating INTEGER;\nCREATE INDEX posts_rating ON posts (rating);\n-- migrate:down\n";
        assertEquals(List.of(), problems(Dialect.SQLITE, TABLE,
                up + "-- cairn:allow down-mismatch the index goes with the column in the next release\nALTER TABLE posts DROP COLUMN rating;\n"));
        List<String> noReason = problems(Dialect.SQLITE, TABLE, up + "-- cairn:allow down-mismatch\nALTER TABLE posts DROP COLUMN rating;\n");
        assertEquals(1, noReason.size());
        assertTrue(noReason.get(0).contains("needs a reason"), noReason.get(0));
    }

    @Test
    void noWrittenDownNothingToCheck() {
        assertNull(new WrittenDownCheck(Dialect.SQLITE).problem(replay(Dialect.SQLITE, TABLE).get(0)));
    }

    @Test
    void aSqliteRebuildDownThatRestoresTheTableIsClean() {
        String up = "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);\nCREATE INDEX t_a ON t (a);\n"
                + "CREATE TRIGGER t_touch AFTER INSERT ON t BEGIN SELECT 1; END;\n";
        String change = "ALTER TABLE t DROP COLUMN b;\n-- migrate:down\n-- cairn:rebuild\n"
                + "CREATE TABLE t_new (id INTEGER PRIMARY KEY, a TEXT, b TEXT);\nINSERT INTO t_new (id, a) SELECT id, a FROM t;\n"
                + "DROP TABLE t;\nALTER TABLE t_new RENAME TO t;\nCREATE INDEX t_a ON t (a);\n";
        List<String> found = problems(Dialect.SQLITE, up, change);
        assertEquals(List.of(), found);
    }

    @Test
    void validateFailsOfflineOnADownThatDoesNotUndoItsUp(@TempDir Path dir) {
        List<MigrationFile> files = List.of(
                MigrationFile.parse(1, "posts", "db/migrations/001_posts.sql", TABLE),
                MigrationFile.parse(2, "index", "db/migrations/002_index.sql", "CREATE INDEX posts_title ON posts (title);\n-- migrate:down\nSELECT 1;\n"));
        List<String> log = new ArrayList<>();
        Migrator migrator = Migrator.configure().url("jdbc:sqlite:" + dir.resolve("app.db")).migrations(files).backups(false, 0).log(log::add).build();
        migrator.upgrade(null, false);
        assertTrue(log.stream().anyMatch(l -> l.contains("002_index.sql:2:1: the -- migrate:down part of version 2") && l.contains("db:validate fails")),
                "the upgrade warns before it applies the migration: " + log);
        CairnProblem p = assertThrows(CairnProblem.class, migrator::validate);
        assertTrue(p.getMessage().contains("db/migrations/002_index.sql:2:1: the -- migrate:down part of version 2"), p.getMessage());
        assertTrue(migrator.validation().problems().stream().anyMatch(s -> s.contains("index unexpected: posts_title")), migrator.validation().problems().toString());
    }
}
