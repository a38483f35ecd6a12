package dev.cairn.schema;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a schema's tables carry from the builder that made them: changed keys, part-name counts, references. */
class TableMapBuilderTest {
    private static final SqlType INT = SqlType.of("integer", TypeFamily.INTEGER);
    private static final Table USERS = Table.of("Users", List.of(Column.of("Id", INT, true)));
    private static final Table POSTS = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("user_id", INT, true)))
            .withForeignKeys(List.of(new ForeignKey("fk_posts_user", List.of("user_id"), "users", List.of("id"), null, null)));
    private static final Table TAGS = Table.of("Tags", List.of(Column.of("id", INT, true)));

    @Test
    void aBuiltSchemaKnowsWhichKeysChangedSinceTheSchemaItsBuilderStartedFrom() {
        Schema schema = Schema.EMPTY.toBuilder().putTable(USERS).putTable(POSTS).build();
        Schema.Builder b = schema.toBuilder();
        b.putTable(TAGS).removeTable("POSTS").removeTable("nothing");
        Schema built = b.build();
        assertEquals(Set.of("tags", "posts"), tables(built).keysChangedSince(tables(schema)));
        assertNull(tables(built).keysChangedSince(tables(Schema.EMPTY)), "not built straight from it: only a walk can tell");
        assertNull(tables(schema.withTable(TAGS)).keysChangedSince(tables(schema)), "withTable does not go through a builder");
    }

    @Test
    void aBuilderUsedAgainAfterBuildCountsFromWhatItBuiltAndLeavesThatAlone() {
        Schema schema = Schema.EMPTY.toBuilder().putTable(USERS).build();
        Schema.Builder b = schema.toBuilder();
        Schema first = b.putTable(POSTS).build();
        Schema second = b.putTable(TAGS).putTable(USERS.withComment("who writes")).build();
        Schema third = b.removeTable("posts").build();

        assertEquals(Set.of("tags", "users"), tables(second).keysChangedSince(tables(first)));
        assertEquals(Set.of("posts"), tables(third).keysChangedSince(tables(second)));
        assertNull(tables(third).keysChangedSince(tables(first)));
        assertEquals(Set.of("posts"), tables(first).keysChangedSince(tables(schema)), "what the first build knew stays");
        assertEquals(List.of("posts", "users"), List.copyOf(first.tables().keySet()));
        assertEquals(Set.of("posts"), tables(first).referringTables().to("users"));
        assertEquals(Set.of("posts"), tables(second).referringTables().to("users"));
        assertTrue(first.toBuilder().hasPartNamed("FK_POSTS_USER"));
        assertEquals(Set.of(), tables(third).referringTables().to("users"));
        assertTrue(!third.toBuilder().hasPartNamed("fk_posts_user"));
        assertEquals(Set.of("tags", "users"), third.tables().keySet());
    }

    @Test
    void aReferenceToATableNotThereYetIsKnownUnderThatTablesKey() {
        Schema schema = Schema.EMPTY.toBuilder().putTable(POSTS).build();
        assertEquals(Set.of("posts"), tables(schema).referringTables().to("users"));
        Table self = Table.of("Nodes", List.of(Column.of("id", INT, true), Column.of("parent", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("parent"), "NODES", List.of("ID"), null, null)));
        assertEquals(Set.of("nodes"), tables(schema.toBuilder().putTable(self).build()).referringTables().to("nodes"));
    }

    @Test
    void theBuildersTablesAreAViewOfTheTablesAsTheyStand() {
        Schema.Builder b = Schema.EMPTY.toBuilder().putTable(USERS);
        Collection<Table> view = b.tables();
        b.build();
        b.putTable(TAGS); // the first change after build copies the map the built schema now owns
        assertEquals(List.of(TAGS, USERS), List.copyOf(view));
    }

    @Test
    void renamesAndDropsInAReplayKeepTheReferencesAsACountFromScratchWouldHaveThem() {
        String sql = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
                CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES USERS (ID), CONSTRAINT fk_editor FOREIGN KEY (id) REFERENCES users (id));
                CREATE TABLE notes (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts (id), author_email TEXT REFERENCES people (email));
                ALTER TABLE users RENAME TO people;
                ALTER TABLE people RENAME COLUMN email TO Email;
                DROP TABLE posts;
                CREATE INDEX ix_notes_post ON notes (post_id);
                """;
        Schema schema = new Replayer(Dialect.SQLITE).replay(Schema.EMPTY, new StatementSplitter(Engines.of(Dialect.SQLITE).syntax()).split("t.sql", sql)).schema();
        assertReferencesAndCountsAsFromScratch(schema);
        assertEquals(Set.of("notes"), tables(schema).referringTables().to("people"));
        assertEquals(Set.of("notes"), tables(schema).referringTables().to("posts"), "a reference to a dropped table stays");
        assertEquals(Set.of(), tables(schema).referringTables().to("users"));
        assertEquals("Email", schema.table("notes").orElseThrow().foreignKeys().stream()
                .filter(f -> f.referencedTable().equals("people")).findFirst().orElseThrow().referencedColumns().get(0));
    }

    static Stream<Long> seeds() {
        return RandomCases.seeds(TableMapBuilderTest.class, 200, 500);
    }

    /**
     * Random puts and removes of tables with foreign keys (to tables there or not, spelled in any case), built now and
     * then by a builder used again or by a fresh one: every built schema has the references and part-name counts a
     * count from scratch gives, knows a superset of the keys whose table changed, stays as it was built, and spelling
     * it from the schema before gives what spelling it from scratch gives.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whatABuilderHandsOverIsWhatACountFromScratchGives(long seed) {
        RandomCases r = new RandomCases(seed);
        Schema spelled = Schema.EMPTY;
        Schema.Builder b = spelled.toBuilder();
        List<Schema> built = new ArrayList<>();
        List<Map<String, Table>> asBuilt = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            switch (r.between(0, 5)) {
                case 0, 1, 2 -> b.putTable(randomTable(r));
                case 3 -> b.removeTable(spelledAnyhow(r, r.pick(NAMES)));
                case 4 -> {
                    Schema before = spelled;
                    Schema now = b.build();
                    assertKnowsItsChanges(now, before);
                    assertReferencesAndCountsAsFromScratch(now);
                    spelled = DeclaredSpelling.of(now, before);
                    assertEquals(DeclaredSpelling.of(now), spelled, "spelled from the schema before as from scratch");
                    assertReferencesAndCountsAsFromScratch(spelled);
                    built.add(now);
                    asBuilt.add(new TreeMap<>(now.tables()));
                    if (spelled != now || r.bool()) b = spelled.toBuilder();
                }
                default -> {
                    // the same builder goes on from what it built, not from the spelled schema: the next spelling
                    // from that one walks both maps
                    Schema now = b.build();
                    assertReferencesAndCountsAsFromScratch(now);
                    built.add(now);
                    asBuilt.add(new TreeMap<>(now.tables()));
                    spelled = DeclaredSpelling.of(now);
                }
            }
        }
        for (int k = 0; k < built.size(); k++) {
            assertEquals(asBuilt.get(k), built.get(k).tables(), "a built schema is never changed afterwards");
            assertReferencesAndCountsAsFromScratch(built.get(k));
        }
    }

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");
    private static final List<String> COLUMNS = List.of("id", "x", "y");

    private static Table randomTable(RandomCases r) {
        List<Column> columns = new ArrayList<>();
        for (String c : COLUMNS) if (c.equals("id") || r.bool()) columns.add(Column.of(spelledAnyhow(r, c), INT, true));
        List<ForeignKey> fks = r.list(0, 3, () -> new ForeignKey(r.bool() ? null : "fk_" + r.between(0, 4), List.of("id"),
                spelledAnyhow(r, r.pick(NAMES)), List.of(spelledAnyhow(r, r.pick(COLUMNS))), null, null));
        List<Index> indexes = r.list(0, 2, () -> new Index("ix_" + r.between(0, 4), false, List.of(new IndexKey(spelledAnyhow(r, "id"), null, false)), null, null));
        return Table.of(spelledAnyhow(r, r.pick(NAMES)), columns).withForeignKeys(fks).withIndexes(indexes);
    }

    private static String spelledAnyhow(RandomCases r, String name) {
        return r.bool() ? name : r.bool() ? name.toUpperCase(Locale.ROOT) : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void assertKnowsItsChanges(Schema now, Schema before) {
        Set<String> known = tables(now).keysChangedSince(tables(before));
        if (known == null) return;
        Set<String> changed = new HashSet<>(now.tables().keySet());
        changed.addAll(before.tables().keySet());
        changed.removeIf(k -> now.tables().get(k) == before.tables().get(k));
        assertTrue(known.containsAll(changed), () -> known + " misses some of " + changed);
    }

    private static void assertReferencesAndCountsAsFromScratch(Schema schema) {
        TableMap carried = tables(schema);
        TableMap fresh = TableMap.of(new TreeMap<>(schema.tables()));
        Set<String> keys = new HashSet<>(schema.tables().keySet());
        schema.tables().values().forEach(t -> ReferringTables.forEachReferencedKey(t, keys::add));
        NAMES.forEach(keys::add);
        for (String k : keys) assertEquals(fresh.referringTables().to(k), carried.referringTables().to(k), "tables referring to " + k);
        Set<String> names = new HashSet<>();
        schema.tables().values().forEach(t -> PartNames.forEachName(t, names::add));
        for (int n = 0; n < 5; n++) names.addAll(List.of("fk_" + n, "ix_" + n));
        for (String n : names) assertEquals(fresh.partNames().count(n), carried.partNames().count(n), "tables' parts named " + n);
    }

    private static TableMap tables(Schema schema) {
        return (TableMap) schema.tables();
    }
}
