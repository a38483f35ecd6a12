package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DownDerivation#whyIrreversible} (db:lint's, without rendering) says what deriving the down says, migration by migration. */
class WhyIrreversibleTest {

    @Test
    void agreesWithTheDerivedDownOnEveryEngine() {
        String[] files = {
                "CREATE TABLE t (id integer PRIMARY KEY, name varchar(20));",
                "INSERT INTO t (id, name) VALUES (1, 'a');",
                "ALTER TABLE t ADD COLUMN n integer;\nINSERT INTO t (name) VALUES ('no key');",
                "UPDATE t SET name = 'b' WHERE id = 1;",
                "CREATE TABLE u (id integer PRIMARY KEY);\nINSERT INTO u SELECT id FROM t;",
                "UPDATE t SET n = 1 WHERE id = 1;\n-- migrate:down\nUPDATE t SET n = NULL WHERE id = 1;\n",
                "DELETE FROM t WHERE id = 1;\nCREATE INDEX t_n ON t (n);"};
        for (Dialect d : Dialect.values()) {
            List<MigrationFile> migrations = new java.util.ArrayList<>();
            for (int k = 0; k < files.length; k++) migrations.add(MigrationFile.parse(k + 1, "m", "V" + (k + 1) + ".sql", files[k]));
            DownDerivation downs = new DownDerivation(d);
            int irreversible = 0;
            for (ReplayedMigration m : MigrationReplay.of(d, migrations)) {
                Optional<String> expected = Optional.ofNullable(downs.of(m).irreversible());
                assertEquals(expected, downs.whyIrreversible(m), d.id() + " V" + m.version());
                if (expected.isPresent()) irreversible++;
            }
            assertTrue(irreversible >= 3, d.id() + ": the corpus has irreversible migrations: " + irreversible);
        }
    }
}
