package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The bugs {@link GeneratedHistoriesProperties} found, each as the smallest history that shows it, one statement per
 * migration, on the live engine.
 */
class GeneratedHistoriesFindingsTest {

    /** InnoDB remembers which index it made for a foreign key from one migration to the next, and so must the replay. */
    @Test
    void mariaDbReplacesTheIndexItMadeForAForeignKeyInALaterMigration() throws Exception {
        SchemaInvariants.assertUpgradeLeavesValidateClean(Dialect.MARIADB, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE p (a INT PRIMARY KEY, n INT, CONSTRAINT fk5 FOREIGN KEY (n) REFERENCES p (a))",
                "ALTER TABLE p DROP FOREIGN KEY fk5",
                // fk5's index is still the one InnoDB made: the new key's own index replaces it
                "ALTER TABLE p ADD CONSTRAINT fk16 FOREIGN KEY (n) REFERENCES p (a)")));
    }

    /** A key that took over a foreign key's index: its down creates the index again before it drops the key. */
    @Test
    void mariaDbDownOfAKeyThatServesAForeignKeyRestoresTheKeysIndexFirst() throws Exception {
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.MARIADB, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE p (a INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES p (a))",
                "ALTER TABLE c ADD CONSTRAINT uq2 UNIQUE (a, b)",
                "CREATE INDEX ix3 ON c (a, id)")));
        // the foreign key without a name: InnoDB names its index after the column, and so the unique key that replaces it
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.MARIADB, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE p (a INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES p (a))",
                "ALTER TABLE c ADD UNIQUE (a)")));
    }

    /** SQLite rewrites a table's triggers when the table is renamed: the down renames it back before the triggers. */
    @Test
    void sqliteDownOfATableRenameRenamesItBackBeforeItsTriggers() throws Exception {
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.SQLITE, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE t1 (c2 INTEGER)",
                "CREATE TABLE trigger_log (note VARCHAR(100))",
                "CREATE TRIGGER trg_1 AFTER INSERT ON t1 BEGIN INSERT INTO trigger_log (note) VALUES ('trg_1'); END",
                "ALTER TABLE t1 RENAME TO t49")));
    }

    /** PostgreSQL keeps every repeated unique key ALTER TABLE adds, but only the first of them inside CREATE TABLE. */
    @Test
    void postgresRepeatedUniqueKeysSurviveDbSchemaAndTheDownOfADrop() throws Exception {
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE t (a INT PRIMARY KEY, b INT, CONSTRAINT uq10 UNIQUE (b))",
                "ALTER TABLE t ADD UNIQUE (b)",
                "ALTER TABLE t ADD CONSTRAINT uq_a UNIQUE (a)",
                "DROP TABLE t"));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, migrations.subList(0, 3));
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.POSTGRESQL, migrations);
    }

    /** Inside one CREATE TABLE, PostgreSQL merges repeated unique keys (and a unique key that repeats the primary key). */
    @Test
    void postgresCreateTableWithRepeatedUniqueKeysKeepsTheFirst() throws Exception {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single("repeated keys",
                "CREATE TABLE s (a INT, b INT, CONSTRAINT x2 UNIQUE (b), CONSTRAINT x1 UNIQUE (b), UNIQUE (a), CONSTRAINT p PRIMARY KEY (a),"
                        + " c INT UNIQUE, CONSTRAINT x3 UNIQUE (c));"));
    }

    /**
     * SQLite keeps a foreign key's referenced table and columns as the key spells them ({@code PRAGMA foreign_key_list}
     * says {@code COL4} for a column declared {@code Col4}) until a rename rewrites them: {@code db:schema} writes them
     * so, and drift does not report the spelling a rename's undoing leaves.
     */
    @Test
    void sqliteForeignKeyTargetsStaySpelledAsWritten() throws Exception {
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE \"Tab1\" (Col4 VARCHAR(40) NOT NULL UNIQUE)",
                "CREATE TABLE t6 (status VARCHAR(40), CONSTRAINT fk11 FOREIGN KEY (status) REFERENCES tab1 (COL4))",
                "ALTER TABLE \"Tab1\" RENAME TO Tab12",
                "CREATE TABLE t7 (c VARCHAR(40) REFERENCES Tab12 (col4))",
                "ALTER TABLE Tab12 RENAME COLUMN Col4 TO Col5"));
        SchemaInvariants.assertBoth(Dialect.SQLITE, migrations.subList(0, 4));
        SchemaInvariants.assertBoth(Dialect.SQLITE, migrations);
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.SQLITE, migrations);
    }

    /** SQLite keeps a default as written: a blob literal's upper-case hex digits too. */
    @Test
    void sqliteBlobDefaultsKeepTheirHexDigitsAsWritten() throws Exception {
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB DEFAULT x'00FF', c BLOB DEFAULT X'ab')",
                "ALTER TABLE t ADD COLUMN d BLOB NOT NULL DEFAULT x'0A0b'"));
        SchemaInvariants.assertBoth(Dialect.SQLITE, migrations);
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.SQLITE, migrations);
    }

    /** PostgreSQL and MariaDB keep a trigger on its table through a rename: db:schema writes it ON the table's new name. */
    @Test
    void triggersFollowTheirTableThroughARenameInDbSchema() throws Exception {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE trigger_log (note VARCHAR(100))",
                "CREATE FUNCTION trigger_log_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO trigger_log (note) VALUES (TG_ARGV[0]); RETURN NEW; END $$",
                "CREATE TABLE T20 (c21 INT)",
                "CREATE TRIGGER trg_1 AFTER INSERT ON T20 FOR EACH ROW EXECUTE FUNCTION trigger_log_row('trg_1')",
                "ALTER TABLE T20 RENAME TO \"T32\"")));
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE trigger_log (note VARCHAR(100))",
                "CREATE TABLE t1 (c2 INT)",
                "CREATE TRIGGER trg_2 AFTER INSERT ON t1 FOR EACH ROW INSERT INTO trigger_log (note) VALUES ('trg_2')",
                "ALTER TABLE t1 RENAME TO `Tab43`")));
    }

    /**
     * A PostgreSQL foreign key may reference columns only a unique index covers: db:schema and the down of a dropped
     * table add it after CREATE INDEX, not inside CREATE TABLE.
     */
    @Test
    void postgresForeignKeyOnAUniqueIndexComesAfterTheIndex() throws Exception {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE t (a CHAR(3))",
                "CREATE UNIQUE INDEX ix1 ON t (a)",
                "CREATE TABLE c (b CHAR(3) REFERENCES t (a))")));
        List<SchemaInvariants.Migration> selfReference = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE s (a INT, b INT, d INT)",
                "CREATE UNIQUE INDEX ix2 ON s (b, a)",
                "ALTER TABLE s ADD CONSTRAINT fk3 FOREIGN KEY (d, d) REFERENCES s (a, b)",
                "DROP TABLE s"));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, selfReference.subList(0, 3));
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.POSTGRESQL, selfReference);
    }

    /**
     * MariaDB keeps DESC in a unique key's parts (a unique constraint's columns have none): such a key is a unique
     * index, through db:schema, validate and the downs, also where it takes over a foreign key's index.
     */
    @Test
    void mariaDbUniqueKeysKeepTheirDescendingParts() throws Exception {
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE p (a INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, a INT, b INT, CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES p (a))",
                "CREATE UNIQUE INDEX ix2 ON c (a DESC, id)",
                "ALTER TABLE c ADD UNIQUE KEY (b DESC)",
                "ALTER TABLE c ADD CONSTRAINT uq3 UNIQUE (b DESC, a)",
                "CREATE TABLE d (x INT, y INT, UNIQUE KEY ux (x DESC, y), UNIQUE (y DESC))",
                "ALTER TABLE c DROP INDEX b"));
        SchemaInvariants.assertBoth(Dialect.MARIADB, migrations);
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.MARIADB, migrations);
    }

    /**
     * A PostgreSQL identity column's sequence keeps the name it was made with through renames of its table and column
     * (as a serial column's does), or the one SEQUENCE NAME gave it: db:schema, validate, the down of DROP IDENTITY and a
     * table rebuild (the down of a middle column's drop) give it that name.
     */
    @Test
    void postgresIdentitySequencesKeepTheirNames() throws Exception {
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(List.of(
                "CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, c INT)",
                "ALTER TABLE t RENAME TO u",
                "ALTER TABLE u RENAME COLUMN id TO id2",
                "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY)",
                "ALTER TABLE u ADD COLUMN d INT GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME named_seq)",
                "ALTER TABLE u ALTER COLUMN d DROP IDENTITY",
                "ALTER TABLE u DROP COLUMN c"));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, migrations.subList(0, 5));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, migrations);
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.POSTGRESQL, migrations);
    }
}
