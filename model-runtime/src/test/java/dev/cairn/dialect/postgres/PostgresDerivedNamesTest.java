package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.FreshNamespace;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The names PostgreSQL derives for unnamed keys, checks, foreign keys, indexes and serial sequences when the parts
 * are too long for 63 bytes: the script runs on the live server, and the names in its catalog must be the names
 * replay gives (ties between the table's and the columns' parts, a numbered label, multi-byte characters at the cut,
 * names that are over 63 bytes as written). Then upgrade and validate must be clean: a wrong name is drift.
 */
class PostgresDerivedNamesTest {
    private static final Dialect D = Dialect.POSTGRESQL;
    private static final String T30 = "orders_of_the_northern_region_";     // 30 bytes
    private static final String C30 = "customer_account_identifier_no";     // 30 bytes
    private static final String E15 = "\"" + "é".repeat(15) + "\"";          // 30 bytes in 15 characters
    private static final String LONG = "line_items_of_customer_orders_with_adjustments_and_their_history_x"; // 66 bytes

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments("a foreign key whose table and column tie", """
                        CREATE TABLE p (id int PRIMARY KEY);
                        CREATE TABLE %s (%s int REFERENCES p);""".formatted(T30, C30)),
                arguments("a second unique key and a second index on tying names (key1, idx1)", """
                        CREATE TABLE %1$s (%2$s int);
                        ALTER TABLE %1$s ADD UNIQUE (%2$s);
                        ALTER TABLE %1$s ADD UNIQUE (%2$s);
                        CREATE INDEX ON %1$s (%2$s);
                        CREATE INDEX ON %1$s (%2$s);""".formatted(T30, C30)),
                arguments("a two-byte character at the cut of the table's part", """
                        CREATE TABLE p (id int PRIMARY KEY);
                        CREATE TABLE %s (%s int REFERENCES p CHECK (%s > 0), id serial);""".formatted(E15, C30 + "x", C30 + "x")),
                arguments("a three-byte character at the cut of the column's part", """
                        CREATE TABLE %s (%s int UNIQUE);
                        CREATE INDEX ON %s (%s);""".formatted(T30.substring(0, 29), "\"" + "中".repeat(11) + "\"",
                        T30.substring(0, 29), "\"" + "中".repeat(11) + "\"")),
                arguments("names over 63 bytes as written", """
                        CREATE TABLE %1$s (%1$s serial PRIMARY KEY, b int CHECK (b > 0), c int, d int, UNIQUE (c, d, %1$s));
                        CREATE INDEX ON %1$s (c, %1$s);
                        CREATE TABLE child (id int, %1$s int REFERENCES %1$s);""".formatted(LONG)),
                arguments("many key columns (PostgreSQL joins them only up to 64 bytes)", """
                        CREATE TABLE t (%1$sa int, %1$sb int, %1$sc int, UNIQUE (%1$sa, %1$sb, %1$sc));
                        CREATE INDEX ON t (%1$sc, %1$sb, %1$sa);""".formatted(C30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void theNamesInTheCatalogAreTheNamesReplayGives(String name, String script) throws SQLException {
        Schema replayed = new Replayer(D).replay(Schema.EMPTY, new StatementSplitter(Engines.of(D).syntax()).split("m.sql", script)).schema();
        TreeSet<String> expected = namesIn(replayed);
        assertTrue(expected.stream().anyMatch(n -> n.getBytes(StandardCharsets.UTF_8).length >= 60), "the case cuts a name: " + expected);
        try (FreshNamespace ns = FreshNamespace.of(D)) {
            ns.runAsEngineClient(script);
            assertEquals(catalogNames(ns), expected);
        }
        SchemaInvariants.assertUpgradeLeavesValidateClean(D, SchemaInvariants.single(name, script));
    }

    /** The names of the keys, checks, foreign keys, indexes and serial sequences of the model. */
    private static TreeSet<String> namesIn(Schema s) {
        TreeSet<String> names = new TreeSet<>();
        for (Table t : s.tables().values()) {
            if (t.primaryKey() != null) names.add(t.primaryKey().name());
            for (UniqueConstraint u : t.uniqueConstraints()) names.add(u.name());
            for (CheckConstraint c : t.checks()) names.add(c.name());
            for (ForeignKey f : t.foreignKeys()) names.add(f.name());
            for (Index i : t.indexes()) names.add(i.name());
            for (Column c : t.columns()) if (c.identity() == Identity.AUTO_INCREMENT) names.add(PostgresNaming.serialSequence(t, c.name()));
        }
        return names;
    }

    /** The same names as the server holds them: constraints, indexes and sequences of the namespace. */
    private static TreeSet<String> catalogNames(FreshNamespace ns) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (PreparedStatement ps = ns.connection().prepareStatement("""
                SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = ?
                UNION SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND relkind IN ('i', 'S')""")) {
            ps.setString(1, ns.name());
            ps.setString(2, ns.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }
}
