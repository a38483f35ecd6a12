package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.List;
import java.util.Map;

/** Hand-built models for the renderer and round-trip tests, in each dialect's canonical conventions. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static Column col(Dialect d, String name, String type, boolean nullable) {
        return Column.of(name, Engines.of(d).types().parse(type), nullable);
    }

    static Index index(String name, String... columns) {
        return new Index(name, false, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), null, null);
    }

    /** The microblog schema: users and their posts, with the engine's default constraint names for {@code d}. */
    static Schema microblog(Dialect d) {
        boolean pg = d == Dialect.POSTGRESQL, my = (d == Dialect.MYSQL || d == Dialect.MARIADB);
        String varchar = pg ? "character varying" : my ? "varchar" : "VARCHAR";
        String integer = pg ? "integer" : my ? "int" : "INTEGER";
        String datetime = pg ? "timestamp" : my ? "datetime" : "DATETIME";
        Table users = new Table("users", List.of(
                col(d, "id", integer, false).withIdentity(Identity.AUTO_INCREMENT),
                col(d, "nickname", varchar + "(64)", false),
                col(d, "email", varchar + "(120)", false)),
                new PrimaryKey(pg ? "users_pkey" : my ? "PRIMARY" : null, List.of("id")),
                List.of(new UniqueConstraint(pg ? "users_nickname_key" : my ? "nickname" : null, List.of("nickname")),
                        new UniqueConstraint(pg ? "users_email_key" : my ? "email" : null, List.of("email"))),
                List.of(), List.of(),
                List.of(index("ix_users_nickname", "nickname"), index("ix_users_email", "email")), null, Map.of());
        Table posts = new Table("posts", List.of(
                col(d, "id", integer, d == Dialect.SQLITE),
                col(d, "body", varchar + "(140)", true),
                col(d, "timestamp", datetime, true),
                col(d, "user_id", integer, false)),
                new PrimaryKey(pg ? "posts_pkey" : my ? "PRIMARY" : null, List.of("id")),
                List.of(), List.of(),
                List.of(new ForeignKey(pg ? "posts_user_id_fkey" : my ? "posts_ibfk_1" : null, List.of("user_id"), "users",
                        List.of("id"), null, null)),
                List.of(index("ix_posts_timestamp", "timestamp"), index("ix_posts_user_id", "user_id")), null, Map.of());
        return Schema.EMPTY.withTable(users).withTable(posts);
    }

    /**
     * SQLite: composite primary and foreign keys with actions, named and unnamed checks, defaults, collation, a
     * generated column, partial / expression / descending indexes, WITHOUT ROWID, STRICT, a foreign-key cycle, a view.
     */
    static Schema sqliteFeatures() {
        Dialect d = Dialect.SQLITE;
        Table parent = new Table("parent", List.of(
                col(d, "a", "INTEGER", false),
                col(d, "b", "TEXT", false),
                col(d, "name", "TEXT", true).withDefault(x(d, "'x'")).withCollation("NOCASE"),
                col(d, "created", "TEXT", true).withDefault(x(d, "CURRENT_TIMESTAMP")),
                col(d, "score", "REAL", true).withDefault(x(d, "0.5")),
                col(d, "label", "TEXT", true).withDefault(x(d, "lower('AB')"))),
                new PrimaryKey("pk_parent", List.of("a", "b")), List.of(),
                List.of(new CheckConstraint("ck_score", x(d, "score >= 0")), new CheckConstraint(null, x(d, "length(name) > 0"))),
                List.of(), List.of(), null, Map.of("without rowid", "true"));
        Table child = new Table("child", List.of(
                col(d, "id", "INTEGER", true),
                col(d, "pa", "INTEGER", true),
                col(d, "pb", "TEXT", true),
                col(d, "total", "INTEGER", true).withGenerated(x(d, "pa * 2"), false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uq_child", List.of("pa", "pb"))), List.of(),
                List.of(new ForeignKey("fk_child_parent", List.of("pa", "pb"), "parent", List.of("a", "b"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.SET_NULL)),
                List.of(new Index("ix_child_partial", false, List.of(IndexKey.column("pb")), x(d, "pa > 0"), null),
                        new Index("ix_child_expr", false, List.of(new IndexKey(null, x(d, "lower(pb)"), false)), null, null),
                        new Index("ix_child_desc", true, List.of(new IndexKey("pa", null, true), IndexKey.column("id")), null, null)),
                null, Map.of());
        Table strict = new Table("strict_t", List.of(col(d, "id", "INTEGER", false), col(d, "v", "ANY", true)),
                null, List.of(), List.of(), List.of(), List.of(), null, Map.of("strict", "true"));
        Table cycleA = new Table("cycle_a", List.of(col(d, "id", "INTEGER", true), col(d, "b_id", "INTEGER", true)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey(null, List.of("b_id"), "cycle_b", List.of("id"), null, ForeignKeyAction.RESTRICT)),
                List.of(), null, Map.of());
        Table cycleB = new Table("cycle_b", List.of(col(d, "id", "INTEGER", true), col(d, "a_id", "INTEGER", true)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey(null, List.of("a_id"), "cycle_a", List.of("id"), null, null)),
                List.of(), null, Map.of());
        View view = new View("child_view", "SELECT id, pa FROM child", List.of("id", "pa"), null);
        return Schema.EMPTY.withTable(parent).withTable(child).withTable(strict).withTable(cycleA).withTable(cycleB).withView(view);
    }

    static String x(Dialect d, String expression) {
        return Engines.of(d).expressions().canonical(expression);
    }

    /**
     * PostgreSQL: an enum type, a sequence, identities, a generated column, a collation, comments, checks, defaults,
     * a foreign-key cycle, partial / expression / descending / gin-free indexes, an upper-case (quoted) name, a view.
     */
    static Schema postgresFeatures() {
        Dialect d = Dialect.POSTGRESQL;
        Table account = new Table("Account", List.of(
                col(d, "id", "bigint", false).withIdentity(Identity.ALWAYS),
                col(d, "state", "mood", true).withDefault(x(d, "'ok'::mood")),
                col(d, "name", "text", false).withCollation("C").withComment("display name"),
                col(d, "score", "numeric(10,2)", true).withDefault(x(d, "0")),
                col(d, "double_score", "numeric", true).withGenerated(x(d, "score * 2"), true),
                col(d, "created", "timestamp(3) with time zone", true).withDefault(x(d, "now()")),
                col(d, "tags", "text[]", true),
                col(d, "team_id", "integer", true)),
                new PrimaryKey("Account_pkey", List.of("id")),
                List.of(new UniqueConstraint("account_name_uq", List.of("name"))),
                List.of(new CheckConstraint("Account_score_check", x(d, "score >= 0"))),
                List.of(new ForeignKey("account_team_fk", List.of("team_id"), "team", List.of("id"), ForeignKeyAction.SET_NULL, null)),
                List.of(new Index("account_lower_name", true, List.of(new IndexKey(null, x(d, "lower(name)"), false)), null, null),
                        new Index("account_recent", false, List.of(new IndexKey("created", null, true)), x(d, "score > 0"), null)),
                "people who log in", Map.of());
        Table team = new Table("team", List.of(
                col(d, "id", "integer", false).withIdentity(Identity.BY_DEFAULT),
                col(d, "owner_id", "bigint", true),
                col(d, "code", "integer", false).withIdentity(Identity.AUTO_INCREMENT)),
                new PrimaryKey("team_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("team_owner_fk", List.of("owner_id"), "Account", List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT)),
                List.of(), null, Map.of());
        return Schema.EMPTY.withTable(account).withTable(team)
                .withEnumType(new dev.cairn.schema.EnumType("mood", List.of("ok", "sad"), "how it feels"))
                .withSequence(new dev.cairn.schema.Sequence("ticket_seq", 100L, 5L))
                .withView(new View("team_view", "SELECT id, owner_id FROM team", List.of("id", "owner_id"), "teams"));
    }

    /** MariaDB: auto-increment, comments, checks, defaults, a foreign-key cycle with actions, descending key, unsigned, inline enum. */
    static Schema mariaDbFeatures() {
        Dialect d = Dialect.MARIADB;
        Table author = new Table("author", List.of(
                col(d, "id", "int unsigned", false).withIdentity(Identity.AUTO_INCREMENT),
                col(d, "name", "varchar(100)", false).withComment("pen name"),
                col(d, "kind", "enum('a','b')", false).withDefault(x(d, "'a'")),
                col(d, "rating", "decimal(5,2)", true).withDefault(x(d, "1.50")),
                col(d, "active", "boolean", false).withDefault(x(d, "1")),
                col(d, "favourite_book_id", "int", true)),
                new PrimaryKey("PRIMARY", List.of("id")),
                List.of(new UniqueConstraint("name", List.of("name"))),
                List.of(new CheckConstraint("rating_positive", x(d, "rating >= 0"))),
                List.of(new ForeignKey("author_fav_fk", List.of("favourite_book_id"), "book", List.of("id"), ForeignKeyAction.SET_NULL, null)),
                List.of(index("author_fav_fk", "favourite_book_id"),
                        new Index("author_rating_desc", false, List.of(new IndexKey("rating", null, true), IndexKey.column("name")), null, null)),
                "who writes", Map.of());
        Table book = new Table("book", List.of(
                col(d, "id", "int", false).withIdentity(Identity.AUTO_INCREMENT),
                col(d, "author_id", "int unsigned", false),
                col(d, "title", "varchar(200)", false)),
                new PrimaryKey("PRIMARY", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("book_author_fk", List.of("author_id"), "author", List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE)),
                List.of(index("book_author_fk", "author_id")), null, Map.of());
        return Schema.EMPTY.withTable(author).withTable(book)
                .withView(new View("book_view", "SELECT id, title FROM book", List.of("id", "title"), null));
    }
}
