package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

class DeclaredSpellingTest {
    private static final SqlType INT = SqlType.of("integer", TypeFamily.INTEGER);
    private static final Table USERS = Table.of("Users", List.of(Column.of("Id", INT, true)));

    @Test
    void referencesWrittenInAnotherCaseTakeTheDeclaredSpelling() {
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("User_ID", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_id"), "USERS", List.of("ID"), null, null)))
                .withIndexes(List.of(new Index("ix_posts_user", false, List.of(new IndexKey("USER_ID", null, false)), null, null)));
        Schema spelled = DeclaredSpelling.of(Schema.EMPTY.withTable(USERS).withTable(posts));
        Table p = spelled.table("posts").orElseThrow();
        assertEquals(new ForeignKey(null, List.of("User_ID"), "Users", List.of("Id"), null, null), p.foreignKeys().get(0));
        assertEquals("User_ID", p.indexes().get(0).keys().get(0).column());
    }

    @Test
    void aSchemaSpelledAsDeclaredIsReturnedAsItIs() {
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("user_id", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_id"), "Users", List.of("Id"), null, null)));
        Schema schema = Schema.EMPTY.withTable(USERS).withTable(posts);
        assertSame(schema, DeclaredSpelling.of(schema));
    }

    @Test
    void unnamedForeignKeysAreOrderedByContentWhateverTheDeclarationOrder() {
        ForeignKey toA = new ForeignKey(null, List.of("a_id"), "a", List.of("id"), null, null);
        ForeignKey toB = new ForeignKey(null, List.of("b_id"), "b", List.of("id"), null, null);
        Table t1 = new Table("t", List.of(), null, List.of(), List.of(), List.of(toB, toA), List.of(), null, Map.of());
        Table t2 = new Table("t", List.of(), null, List.of(), List.of(), List.of(toA, toB), List.of(), null, Map.of());
        assertEquals(t1, t2);
        assertEquals(t1.foreignKeys(), t2.foreignKeys());
    }

    @Test
    void givenTheSpelledSchemaBeforeOnlyTablesThatChangedOrWhoseTargetsChangedAreRespelled() {
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("user_id", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_id"), "Users", List.of("Id"), null, null)));
        Schema before = DeclaredSpelling.of(Schema.EMPTY.withTable(USERS).withTable(posts));
        // the referenced table is declared anew with other spellings; posts is the very same object as before
        Schema after = before.withoutTable("Users").withTable(Table.of("USERS", List.of(Column.of("ID", INT, true))));
        assertSame(before.table("posts").orElseThrow(), after.table("posts").orElseThrow());
        Table p = DeclaredSpelling.of(after, before).table("posts").orElseThrow();
        assertEquals(new ForeignKey(null, List.of("user_id"), "USERS", List.of("ID"), null, null), p.foreignKeys().get(0));
        assertEquals(DeclaredSpelling.of(after), DeclaredSpelling.of(after, before));
    }

    @Test
    void aReferenceWrittenBeforeItsTableOrColumnExistedIsRespelledWhenTheyAppear() {
        // SQLite accepts a foreign key to a table or column that is not there (yet): it stays as written until it is
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("user_email", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_email"), "USERS", List.of("EMAIL"), null, null)));
        Table tags = Table.of("tags", List.of(Column.of("id", INT, true)));
        Schema before = DeclaredSpelling.of(Schema.EMPTY.withTable(posts).withTable(tags));
        assertEquals("USERS", before.table("posts").orElseThrow().foreignKeys().get(0).referencedTable());

        Schema withUsers = before.withTable(USERS);
        Schema spelled = DeclaredSpelling.of(withUsers, before);
        assertEquals(new ForeignKey(null, List.of("user_email"), "Users", List.of("EMAIL"), null, null),
                spelled.table("posts").orElseThrow().foreignKeys().get(0), "the column is not there yet: it stays as written");
        assertSame(before.table("tags").orElseThrow(), spelled.table("tags").orElseThrow(), "a table that refers to none is kept");

        Schema withEmail = spelled.withTable(USERS.withColumns(List.of(Column.of("Id", INT, true), Column.of("Email", INT, true))));
        Table p = DeclaredSpelling.of(withEmail, spelled).table("posts").orElseThrow();
        assertEquals(new ForeignKey(null, List.of("user_email"), "Users", List.of("Email"), null, null), p.foreignKeys().get(0));
        assertEquals(DeclaredSpelling.of(withEmail), DeclaredSpelling.of(withEmail, spelled));
    }

    @Test
    void aChangeThatKeepsTheSpellingOfATableLeavesTheTablesReferringToItAsTheyAre() {
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true), Column.of("user_id", INT, true)))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_id"), "Users", List.of("Id"), null, null)));
        Schema before = DeclaredSpelling.of(Schema.EMPTY.withTable(USERS).withTable(posts));
        Schema after = before.withTable(USERS.withComment("who writes"));
        Schema spelled = DeclaredSpelling.of(after, before);
        assertSame(after, spelled);
        assertSame(before.table("posts").orElseThrow(), spelled.table("posts").orElseThrow());
    }

    @Test
    void aBuilderKnowsThePartNamesOfItsSchemaAndChangesNotTheSchemasCounts() {
        Table posts = Table.of("posts", List.of(Column.of("id", INT, true)))
                .withIndexes(List.of(new Index("IX_Posts_Id", false, List.of(new IndexKey("id", null, false)), null, null)));
        Schema schema = Schema.EMPTY.withTable(USERS).withTable(posts);
        Schema.Builder b = schema.toBuilder();
        assertTrue(b.hasPartNamed("ix_posts_id"));
        b.removeTable("posts");
        assertFalse(b.hasPartNamed("ix_posts_id"));
        Schema without = b.build();
        assertTrue(schema.toBuilder().hasPartNamed("IX_POSTS_ID"));
        assertFalse(without.toBuilder().hasPartNamed("ix_posts_id"));
        b.putTable(posts); // after build: the built schema keeps its counts
        assertTrue(b.hasPartNamed("ix_posts_id"));
        assertFalse(without.toBuilder().hasPartNamed("ix_posts_id"));
        assertTrue(b.build().toBuilder().hasPartNamed("ix_posts_id"));
    }
}
