package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How drift reports and messages write keys, constraints, policies and indexes: as SQL reads, each clause only when it says something. */
class SchemaPartsTest {
    @Test
    void keysAndConstraints() {
        assertEquals("none", SchemaParts.describe(null));
        assertEquals("(id)", SchemaParts.describe(new PrimaryKey(null, List.of("id"))));
        assertEquals("users_pkey (id, org) INCLUDE (email) DEFERRABLE INITIALLY DEFERRED",
                SchemaParts.describe(new PrimaryKey("users_pkey", List.of("id", "org"), Deferral.INITIALLY_DEFERRED, List.of("email"))));
        assertEquals("(a, b)", SchemaParts.describe(new UniqueConstraint(null, List.of("a", "b"))));
        assertEquals("uq (a) INCLUDE (b, c) DEFERRABLE", SchemaParts.describe(new UniqueConstraint("uq", List.of("a"), Deferral.INITIALLY_IMMEDIATE, List.of("b", "c"))));
        assertEquals("(a > 0)", SchemaParts.describe(new CheckConstraint(null, "a > 0")));
        assertEquals("ck (a > 0)", SchemaParts.describe(new CheckConstraint("ck", "a > 0")));
    }

    @Test
    void foreignKeysWriteOnlyTheActionsThatAreNotNoAction() {
        assertEquals("(user_id) → users (id)", SchemaParts.describe(new ForeignKey(null, List.of("user_id"), "users", List.of("id"), null, null)));
        assertEquals("fk (a, b) → t (x, y) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE",
                SchemaParts.describe(new ForeignKey("fk", List.of("a", "b"), "t", List.of("x", "y"), ForeignKeyAction.CASCADE,
                        ForeignKeyAction.SET_NULL, Deferral.INITIALLY_IMMEDIATE)));
        assertEquals("(a) → t (x) ON UPDATE RESTRICT",
                SchemaParts.describe(new ForeignKey(null, List.of("a"), "t", List.of("x"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.RESTRICT)));
    }

    @Test
    void policies() {
        assertEquals("p FOR ALL TO public", SchemaParts.describe(new Policy("p", true, null, null, null, null)));
        assertEquals("p AS RESTRICTIVE FOR UPDATE TO app, auditor USING (id = 1) WITH CHECK (id > 0)",
                SchemaParts.describe(new Policy("p", false, "UPDATE", List.of("app", "auditor"), "id = 1", "id > 0")));
    }

    @Test
    void indexes() {
        assertEquals("ix (a)", SchemaParts.describe(new Index("ix", false, List.of(IndexKey.column("a")), null, null)));
        assertEquals("UNIQUE ix USING gin ((lower(a)) DESC, b(10), c DESC) INCLUDE (d) WHERE a IS NOT NULL",
                SchemaParts.describe(new Index("ix", true, List.of(new IndexKey(null, "lower(a)", true), IndexKey.prefix("b", 10, false),
                        new IndexKey("c", null, true)), "a IS NOT NULL", "gin", List.of("d"))));
    }

    @Test
    void anythingElseAsItPrintsItself() {
        assertEquals("integer", SchemaParts.describe(SqlType.of("integer", TypeFamily.INTEGER)));
    }
}
