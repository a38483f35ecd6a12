package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.Index;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How each engine makes, merges and checks keys, checks and indexes as a table is created or altered, checked against
 * PostgreSQL 15 ({@code pg_constraint}) and MariaDB 10.11 ({@code SHOW CREATE TABLE}): repeated keys, the indexes
 * MariaDB generates for foreign keys, column CHECKs, what a foreign key needs of its target.
 */
class KeyRulesTest {
    private static final String P = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE q (a INT, b INT, PRIMARY KEY (a, b));\n";

    private static Table table(Dialect d, String sql, String name) {
        return replay(d, sql).table(name).orElseThrow();
    }

    private static List<String> indexNames(Table t) {
        return t.indexes().stream().map(Index::name).toList();
    }

    // ---- PostgreSQL: repeated keys of one CREATE TABLE ----

    @Test
    void postgresMergesAUniqueKeyRepeatingThePrimaryKeyAndGivesItsName() {
        Table p = table(Dialect.POSTGRESQL, "CREATE TABLE p (id INT PRIMARY KEY, CONSTRAINT named UNIQUE (id));", "p");
        assertEquals("named", p.primaryKey().name());
        assertTrue(p.uniqueConstraints().isEmpty());
        Table unnamed = table(Dialect.POSTGRESQL, "CREATE TABLE p (id INT PRIMARY KEY, UNIQUE (id));", "p");
        assertEquals("p_pkey", unnamed.primaryKey().name());
        assertTrue(unnamed.uniqueConstraints().isEmpty());
    }

    @Test
    void postgresMergesRepeatedUniqueKeysUnlessTheirDeferralDiffers() {
        Table t = table(Dialect.POSTGRESQL, "CREATE TABLE p2 (id INT, k INT, UNIQUE (k), UNIQUE (k), CONSTRAINT kk UNIQUE (k), UNIQUE (k) DEFERRABLE);", "p2");
        // PostgreSQL names the deferrable one p2_k_key: replay says p2_k_key2 (the names of the keys merged away stay taken)
        assertEquals(2, t.uniqueConstraints().size());
        assertEquals(Deferral.NOT_DEFERRABLE, t.uniqueConstraints().stream().filter(u -> u.name().equals("kk")).findFirst().orElseThrow().deferral());
        assertEquals(Set.of(Deferral.NOT_DEFERRABLE, Deferral.INITIALLY_IMMEDIATE), t.uniqueConstraints().stream().map(UniqueConstraint::deferral).collect(Collectors.toSet()));
        Table alter = table(Dialect.POSTGRESQL, "CREATE TABLE p2 (k INT UNIQUE);\nALTER TABLE p2 ADD UNIQUE (k);", "p2");
        assertEquals(2, alter.uniqueConstraints().size(), "ALTER TABLE makes the key again");
    }

    @Test
    void postgresForeignKeysDependOnTheKeyThatWasKept() {
        String t = "CREATE TABLE p (id INT PRIMARY KEY, UNIQUE (id));\nCREATE TABLE a (x INT REFERENCES p (id));\n";
        refused(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_pkey;", 3, 31, "foreign key a_x_fkey on table a depends on this key");
        String index = "CREATE TABLE p (id INT, k INT);\nCREATE UNIQUE INDEX ux ON p (k);\nCREATE TABLE a (x INT REFERENCES p (k));\n";
        refused(Dialect.POSTGRESQL, index + "DROP INDEX ux;", 4, 12, "foreign key a_x_fkey on table a depends on index ux");
        assertTrue(table(Dialect.POSTGRESQL, index + "DROP INDEX ux CASCADE;", "a").foreignKeys().isEmpty());
    }

    @Test
    void postgresKeyNamesAreRelationNames() {
        refused(Dialect.POSTGRESQL, "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, CONSTRAINT p_pkey PRIMARY KEY (x));", 2, 35,
                "a constraint or index named p_pkey already exists");
        var dup = refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT CONSTRAINT k1 PRIMARY KEY, y INT CONSTRAINT k2 PRIMARY KEY);", 1, 67,
                "table a has a primary key already");
        assertFalse(dup.hint().isBlank());
    }

    @Test
    void foreignKeyWithoutColumnsNeedsAPrimaryKey() {
        refused(Dialect.POSTGRESQL, "CREATE TABLE np (id INT);\nCREATE TABLE a (x INT REFERENCES np);", 2, 34,
                "table np has no primary key for this foreign key to reference");
        assertEquals(List.of("id"), table(Dialect.POSTGRESQL, P + "CREATE TABLE a (x INT REFERENCES p);", "a").foreignKeys().get(0).referencedColumns());
    }

    @Test
    void foreignKeyTargetsAsWrittenOnSqliteAsDeclaredElsewhere() {
        String t = "CREATE TABLE Parent (Id INT PRIMARY KEY);\nCREATE TABLE a (x INT REFERENCES PARENT (ID));";
        var sqlite = table(Dialect.SQLITE, t, "a").foreignKeys().get(0);
        assertEquals("PARENT", sqlite.referencedTable());
        assertEquals(List.of("ID"), sqlite.referencedColumns());
        var maria = table(Dialect.MARIADB, t, "a").foreignKeys().get(0);
        assertEquals("Parent", maria.referencedTable());
        assertEquals(List.of("Id"), maria.referencedColumns());
    }

    @Test
    void postgresUniqueIndexServesAsForeignKeyTarget() {
        Table a = table(Dialect.POSTGRESQL, "CREATE TABLE p (id INT, k INT);\nCREATE UNIQUE INDEX ux ON p (k);\nCREATE TABLE a (x INT REFERENCES p (k));", "a");
        assertEquals(1, a.foreignKeys().size());
        refused(Dialect.POSTGRESQL, "CREATE TABLE p (id INT, k INT);\nCREATE UNIQUE INDEX ux ON p (k) WHERE k > 0;\nCREATE TABLE a (x INT REFERENCES p (k));",
                3, 34, "there is no unique constraint or primary key on p [k] for the foreign key to reference");
    }

    // ---- MariaDB: column CHECKs ----

    @Test
    void mariaDbColumnCheckBelongsToItsColumn() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE c (x INT CHECK (x > 0), y INT, CONSTRAINT y_pos CHECK (y > 0));", "c");
        assertEquals(List.of(new CheckConstraint(null, "x > 0", "x"), new CheckConstraint("y_pos", "y > 0")), t.checks());
        Table pg = table(Dialect.POSTGRESQL, "CREATE TABLE c (x INT CHECK (x > 0));", "c");
        assertEquals(List.of(new CheckConstraint("c_x_check", "x > 0")), pg.checks());
        refused(Dialect.MARIADB, "CREATE TABLE c (x INT CONSTRAINT c CHECK (x > 0));", 1, 34,
                "syntax error near CHECK: a column's CHECK has no name of its own here (it is named after its column)");
        refused(Dialect.MARIADB, "CREATE TABLE c (x INT CHECK (x > 0) CHECK (x < 9));", 1, 37, "syntax error near CHECK: column x has a CHECK already");
        refused(Dialect.MARIADB, "CREATE TABLE c (y INT, CONSTRAINT x CHECK (y < 9), x INT CHECK (x > 0));", 1, 58,
                "duplicate CHECK constraint name 'x': a column's CHECK is named after its column");
    }

    @Test
    void mariaDbDropConstraintCannotNameAColumnCheck() {
        refused(Dialect.MARIADB, "CREATE TABLE c (x INT CHECK (x > 0), y INT);\nALTER TABLE c DROP CONSTRAINT x;", 2, 31,
                "constraint x does not exist on table c: column x's CHECK has no name a statement can use");
        Table t = table(Dialect.MARIADB, "CREATE TABLE c (x INT CHECK (x > 0), y INT, CONSTRAINT k CHECK (y > 0), CONSTRAINT k2 CHECK (y < 9));\n"
                + "ALTER TABLE c DROP CONSTRAINT k2, DROP CHECK k;", "c");
        assertEquals(List.of(new CheckConstraint(null, "x > 0", "x")), t.checks());
    }

    // ---- MariaDB: the indexes generated for foreign keys ----

    @Test
    void mariaDbForeignKeyIndexGivesWayToAKeyOnItsColumns() {
        Table a = table(Dialect.MARIADB, P + "CREATE TABLE a (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id));\nALTER TABLE a ADD UNIQUE (x);", "a");
        assertTrue(a.indexes().isEmpty(), "the generated index x goes");
        assertEquals(List.of(new UniqueConstraint("x", List.of("x"))), a.uniqueConstraints());
        Table ix = table(Dialect.MARIADB, P + "CREATE TABLE a (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id));\nALTER TABLE a ADD INDEX ix (x, y);", "a");
        assertEquals(List.of("ix"), indexNames(ix));
        Table other = table(Dialect.MARIADB, P + "CREATE TABLE a (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id));\nALTER TABLE a ADD INDEX iy (y);", "a");
        assertEquals(List.of("iy", "x"), indexNames(other).stream().sorted().toList());
    }

    @Test
    void mariaDbGeneratesNoIndexWhereAKeyStartsWithTheColumns() {
        Table h = table(Dialect.MARIADB, P + "CREATE TABLE h (x INT, y INT, PRIMARY KEY (x, y), FOREIGN KEY (x) REFERENCES p (id));", "h");
        assertTrue(h.indexes().isEmpty());
        Table f = table(Dialect.MARIADB, P + "CREATE TABLE f (x INT, y INT, FOREIGN KEY (x, y) REFERENCES q (a, b), FOREIGN KEY (x) REFERENCES p (id));", "f");
        assertEquals(List.of(List.of("x", "y")), f.indexes().stream().map(Index::columnNames).toList());
        Table g = table(Dialect.MARIADB, P + "CREATE TABLE g (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id), FOREIGN KEY (x, y) REFERENCES q (a, b));", "g");
        assertEquals(List.of("x"), indexNames(g));
        assertEquals(List.of("x", "y"), g.indexes().get(0).columnNames());
        Table own = table(Dialect.MARIADB, P + "CREATE TABLE o (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id), KEY ix (x));", "o");
        assertEquals(List.of("ix"), indexNames(own));
    }

    @Test
    void mariaDbRefusesToDropTheLastIndexAForeignKeyUses() {
        String h = P + "CREATE TABLE h (x INT, y INT, PRIMARY KEY (x, y), FOREIGN KEY (x) REFERENCES p (id));\n";
        refused(Dialect.MARIADB, h + "ALTER TABLE h DROP PRIMARY KEY;", 4, 20, "cannot drop index PRIMARY: needed in foreign key constraint h_ibfk_1");
        String u = P + "CREATE TABLE u (x INT, CONSTRAINT ux UNIQUE (x), FOREIGN KEY (x) REFERENCES p (id));\n";
        refused(Dialect.MARIADB, u + "ALTER TABLE u DROP CONSTRAINT ux;", 4, 31, "cannot drop index ux: needed in foreign key constraint u_ibfk_1");
        refused(Dialect.MARIADB, u + "ALTER TABLE u DROP INDEX ux;", 4, 26, "cannot drop index ux: needed in foreign key constraint u_ibfk_1");
        Table kept = table(Dialect.MARIADB, u + "ALTER TABLE u ADD KEY kx (x), DROP INDEX ux;", "u");
        assertEquals(List.of("kx"), indexNames(kept));
        refused(Dialect.MARIADB, "CREATE TABLE d (x INT, y INT, KEY dup (x), KEY dup (y));", 1, 48, "a constraint or index named dup already exists");
    }

    @Test
    void mariaDbDropsKeysByKind() {
        String t = P + "CREATE TABLE a (x INT, y INT, z INT, w INT, PRIMARY KEY (w), CONSTRAINT f1 FOREIGN KEY (x) REFERENCES p (id),"
                + " CONSTRAINT f2 FOREIGN KEY (y) REFERENCES p (id), CONSTRAINT u1 UNIQUE (z), CONSTRAINT u2 UNIQUE (y, z));\n";
        Table fk = table(Dialect.MARIADB, t + "ALTER TABLE a DROP FOREIGN KEY f2;", "a");
        assertEquals(List.of("f1"), fk.foreignKeys().stream().map(f -> f.name()).toList());
        Table unique = table(Dialect.MARIADB, t + "ALTER TABLE a DROP INDEX u1;", "a");
        assertEquals(List.of("u2"), unique.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
        Table primary = table(Dialect.MARIADB, t + "ALTER TABLE a DROP INDEX `PRIMARY`;", "a");
        assertNull(primary.primaryKey());
        refused(Dialect.MARIADB, t + "ALTER TABLE a DROP INDEX nope;", 4, 26, "index nope does not exist on table a");
        assertEquals(table(Dialect.MARIADB, t, "a"), table(Dialect.MARIADB, t + "ALTER TABLE a DROP INDEX IF EXISTS nope;", "a"));
        refused(Dialect.MARIADB, t + "ALTER TABLE a DROP FOREIGN KEY nope;", 4, 32, "foreign key nope does not exist on table a");
        refused(Dialect.MARIADB, "CREATE TABLE n (x INT);\nALTER TABLE n DROP PRIMARY KEY;", 2, 20, "table n has no primary key");
    }

    @Test
    void mariaDbForeignKeysToADroppedKeyAreAnError() {
        refused(Dialect.MARIADB, "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (id));\n"
                + "ALTER TABLE p DROP CONSTRAINT `PRIMARY`;", 3, 31, "foreign key a_ibfk_1 on table a depends on this key");
        Table kept = table(Dialect.MARIADB, "CREATE TABLE p (id INT, k INT, PRIMARY KEY (id, k), CONSTRAINT uk UNIQUE (k));\n"
                + "CREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (k));\nALTER TABLE p DROP CONSTRAINT `PRIMARY`;", "p");
        assertNull(kept.primaryKey());
        assertEquals(1, table(Dialect.MARIADB, "CREATE TABLE p (id INT, k INT, PRIMARY KEY (id, k), CONSTRAINT uk UNIQUE (k));\n"
                + "CREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (k));\nALTER TABLE p DROP CONSTRAINT `PRIMARY`;", "a").foreignKeys().size());
    }

    @Test
    void placementOfAnAddedColumn() {
        String t = "CREATE TABLE a (x INT, y INT);\n";
        assertEquals(List.of("z", "x", "y"), table(Dialect.MARIADB, t + "ALTER TABLE a ADD COLUMN z INT FIRST;", "a").columnNames());
        assertEquals(List.of("x", "z", "y"), table(Dialect.MARIADB, t + "ALTER TABLE a ADD COLUMN z INT AFTER x;", "a").columnNames());
        assertEquals(List.of("x", "y", "z"), table(Dialect.MARIADB, t + "ALTER TABLE a ADD COLUMN z INT AFTER y;", "a").columnNames());
        refused(Dialect.MARIADB, t + "ALTER TABLE a ADD COLUMN z INT AFTER nope;", 2, 38, "column nope does not exist in table a");
    }

    @Test
    void mariaDbPrefixKeysOfUniqueConstraints() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE a (name VARCHAR(40), code VARCHAR(8), UNIQUE KEY un (name(10)), UNIQUE KEY uc (code));", "a");
        assertEquals(List.of(List.of("code"), List.of("name(10)")), t.uniqueConstraints().stream().map(UniqueConstraint::columns).toList());
        refused(Dialect.MARIADB, "CREATE TABLE a (name VARCHAR(40), UNIQUE KEY un (nope(10)));", 1, 35, "column nope does not exist in table a");
        refused(Dialect.MARIADB, "CREATE TABLE a (name VARCHAR(40), KEY ix (nope));", 1, 39, "column nope does not exist in table a");
    }
}
