package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Golden scripts: the renderers' output is part of the contract (deterministic, canonical, minimal quoting). */
class DdlRendererTest {

    @Test
    void sqliteMicroblog() {
        assertEquals("""
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                    nickname VARCHAR(64) NOT NULL,
                    email VARCHAR(120) NOT NULL,
                    UNIQUE (email),
                    UNIQUE (nickname)
                );
                CREATE TABLE posts (
                    id INTEGER,
                    body VARCHAR(140),
                    timestamp DATETIME,
                    user_id INTEGER NOT NULL,
                    PRIMARY KEY (id),
                    FOREIGN KEY (user_id) REFERENCES users (id)
                );
                CREATE INDEX ix_users_email ON users (email);
                CREATE INDEX ix_users_nickname ON users (nickname);
                CREATE INDEX ix_posts_timestamp ON posts (timestamp);
                CREATE INDEX ix_posts_user_id ON posts (user_id);
                """, Engines.of(Dialect.SQLITE).renderer().render(RenderFixtures.microblog(Dialect.SQLITE)));
    }

    @Test
    void postgresMicroblog() {
        assertEquals("""
                CREATE TABLE users (
                    id serial NOT NULL,
                    nickname character varying(64) NOT NULL,
                    email character varying(120) NOT NULL,
                    CONSTRAINT users_pkey PRIMARY KEY (id),
                    CONSTRAINT users_email_key UNIQUE (email),
                    CONSTRAINT users_nickname_key UNIQUE (nickname)
                );
                CREATE TABLE posts (
                    id integer NOT NULL,
                    body character varying(140),
                    timestamp timestamp without time zone,
                    user_id integer NOT NULL,
                    CONSTRAINT posts_pkey PRIMARY KEY (id),
                    CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
                );
                CREATE INDEX ix_users_email ON users (email);
                CREATE INDEX ix_users_nickname ON users (nickname);
                CREATE INDEX ix_posts_timestamp ON posts (timestamp);
                CREATE INDEX ix_posts_user_id ON posts (user_id);
                """, Engines.of(Dialect.POSTGRESQL).renderer().render(RenderFixtures.microblog(Dialect.POSTGRESQL)));
    }

    @Test
    void mariaDbMicroblog() {
        assertEquals("""
                CREATE TABLE users (
                    id int NOT NULL AUTO_INCREMENT,
                    nickname varchar(64) NOT NULL,
                    email varchar(120) NOT NULL,
                    PRIMARY KEY (id),
                    UNIQUE KEY email (email),
                    UNIQUE KEY nickname (nickname),
                    KEY ix_users_email (email),
                    KEY ix_users_nickname (nickname)
                );
                CREATE TABLE posts (
                    id int NOT NULL,
                    body varchar(140) NULL,
                    timestamp datetime NULL,
                    user_id int NOT NULL,
                    PRIMARY KEY (id),
                    KEY ix_posts_timestamp (timestamp),
                    KEY ix_posts_user_id (user_id),
                    CONSTRAINT posts_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id)
                );
                """, Engines.of(Dialect.MARIADB).renderer().render(RenderFixtures.microblog(Dialect.MARIADB)));
    }

    @Test
    void sqliteFeaturesKeepCyclesInlineAndOptionsAfterTheTable() {
        assertEquals("""
                CREATE TABLE parent (
                    a INTEGER NOT NULL,
                    b TEXT NOT NULL,
                    name TEXT DEFAULT 'x' COLLATE NOCASE,
                    created TEXT DEFAULT CURRENT_TIMESTAMP,
                    score REAL DEFAULT 0.5,
                    label TEXT DEFAULT (lower('AB')),
                    CONSTRAINT pk_parent PRIMARY KEY (a, b),
                    CHECK (length(name) > 0),
                    CONSTRAINT ck_score CHECK (score >= 0)
                ) WITHOUT ROWID;
                CREATE TABLE child (
                    id INTEGER,
                    pa INTEGER,
                    pb TEXT,
                    total INTEGER GENERATED ALWAYS AS (pa * 2) VIRTUAL,
                    PRIMARY KEY (id),
                    CONSTRAINT uq_child UNIQUE (pa, pb),
                    CONSTRAINT fk_child_parent FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE SET NULL
                );
                CREATE TABLE strict_t (
                    id INTEGER NOT NULL,
                    v ANY
                ) STRICT;
                CREATE TABLE cycle_a (
                    id INTEGER,
                    b_id INTEGER,
                    PRIMARY KEY (id),
                    FOREIGN KEY (b_id) REFERENCES cycle_b (id) ON UPDATE RESTRICT
                );
                CREATE TABLE cycle_b (
                    id INTEGER,
                    a_id INTEGER,
                    PRIMARY KEY (id),
                    FOREIGN KEY (a_id) REFERENCES cycle_a (id)
                );
                CREATE UNIQUE INDEX ix_child_desc ON child (pa DESC, id);
                CREATE INDEX ix_child_expr ON child ((lower(pb)));
                CREATE INDEX ix_child_partial ON child (pb) WHERE pa > 0;
                CREATE VIEW child_view AS SELECT id, pa FROM child;
                """, Engines.of(Dialect.SQLITE).renderer().render(RenderFixtures.sqliteFeatures()));
    }

    @Test
    void postgresFeaturesAddCyclicForeignKeysAfterwardsAndCommentLast() {
        assertEquals("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE SEQUENCE ticket_seq INCREMENT BY 5 START WITH 100;
                CREATE TABLE "Account" (
                    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                    state mood DEFAULT 'ok',
                    name text COLLATE "C" NOT NULL,
                    score numeric(10,2) DEFAULT 0,
                    double_score numeric GENERATED ALWAYS AS (score * 2) STORED,
                    created timestamp(3) with time zone DEFAULT (now()),
                    tags text[],
                    team_id integer,
                    CONSTRAINT "Account_pkey" PRIMARY KEY (id),
                    CONSTRAINT account_name_uq UNIQUE (name),
                    CONSTRAINT "Account_score_check" CHECK (score >= 0)
                );
                CREATE TABLE team (
                    id integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                    owner_id bigint,
                    code serial NOT NULL,
                    CONSTRAINT team_pkey PRIMARY KEY (id),
                    CONSTRAINT team_owner_fk FOREIGN KEY (owner_id) REFERENCES "Account" (id) ON DELETE CASCADE ON UPDATE RESTRICT
                );
                ALTER TABLE "Account" ADD CONSTRAINT account_team_fk FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE SET NULL;
                CREATE UNIQUE INDEX account_lower_name ON "Account" ((lower(name)));
                CREATE INDEX account_recent ON "Account" (created DESC) WHERE score > 0;
                CREATE VIEW team_view AS SELECT id, owner_id FROM team;
                COMMENT ON TABLE "Account" IS 'people who log in';
                COMMENT ON COLUMN "Account".name IS 'display name';
                COMMENT ON VIEW team_view IS 'teams';
                COMMENT ON TYPE mood IS 'how it feels';
                """, Engines.of(Dialect.POSTGRESQL).renderer().render(RenderFixtures.postgresFeatures()));
    }

    @Test
    void mariaDbFeaturesWriteIndexesAsKeysAndCommentsInline() {
        assertEquals("""
                CREATE TABLE author (
                    id int unsigned NOT NULL AUTO_INCREMENT,
                    name varchar(100) NOT NULL COMMENT 'pen name',
                    kind enum('a','b') NOT NULL DEFAULT 'a',
                    rating decimal(5,2) NULL DEFAULT 1.50,
                    active tinyint(1) NOT NULL DEFAULT 1,
                    favourite_book_id int NULL,
                    PRIMARY KEY (id),
                    UNIQUE KEY name (name),
                    KEY author_fav_fk (favourite_book_id),
                    KEY author_rating_desc (rating DESC, name),
                    CONSTRAINT rating_positive CHECK (rating >= 0)
                ) COMMENT='who writes';
                CREATE TABLE book (
                    id int NOT NULL AUTO_INCREMENT,
                    author_id int unsigned NOT NULL,
                    title varchar(200) NOT NULL,
                    PRIMARY KEY (id),
                    KEY book_author_fk (author_id),
                    CONSTRAINT book_author_fk FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE ON UPDATE CASCADE
                );
                ALTER TABLE author ADD CONSTRAINT author_fav_fk FOREIGN KEY (favourite_book_id) REFERENCES book (id) ON DELETE SET NULL;
                CREATE VIEW book_view AS SELECT id, title FROM book;
                """, Engines.of(Dialect.MARIADB).renderer().render(RenderFixtures.mariaDbFeatures()));
    }

    @Test
    void quotesOnlyWhenNeeded() {
        DdlRenderer pg = Engines.of(Dialect.POSTGRESQL).renderer(), my = Engines.of(Dialect.MYSQL).renderer(), lite = Engines.of(Dialect.SQLITE).renderer();
        assertEquals("users", pg.quote("users"));
        assertEquals("\"Users\"", pg.quote("Users"));
        assertEquals("Users", lite.quote("Users"));
        assertEquals("Users", my.quote("Users"));
        assertEquals("\"order\"", pg.quote("order"));
        assertEquals("`order`", my.quote("order"));
        assertEquals("\"my col\"", lite.quote("my col"));
        assertEquals("`a``b`", my.quote("a`b"));
        assertEquals("\"a\"\"b\"", lite.quote("a\"b"));
    }

    @Test
    void perObjectStatements() {
        Schema s = RenderFixtures.microblog(Dialect.POSTGRESQL);
        Table users = s.table("users").orElseThrow();
        Column bio = RenderFixtures.col(Dialect.POSTGRESQL, "bio", "text", true).withDefault("''");
        DdlRenderer pg = Engines.of(Dialect.POSTGRESQL).renderer();
        assertEquals("ALTER TABLE users ADD COLUMN bio text DEFAULT ''", pg.addColumn(users, bio));
        assertEquals("ALTER TABLE users DROP COLUMN bio", pg.dropColumn(users, bio));
        assertEquals("DROP TABLE users", pg.dropTable(users));
        assertEquals("DROP INDEX ix_users_email", pg.dropIndex(users, users.index("ix_users_email").orElseThrow()));
        DdlRenderer my = Engines.of(Dialect.MYSQL).renderer();
        assertEquals("DROP INDEX ix_users_email ON users", my.dropIndex(users, users.index("ix_users_email").orElseThrow()));
        assertEquals("CREATE INDEX ix_users_email ON users (email)", my.createIndex(users, users.index("ix_users_email").orElseThrow()));
        assertEquals("CREATE FULLTEXT INDEX ft ON users (email)",
                my.createIndex(users, new Index("ft", false, List.of(IndexKey.column("email")), null, "fulltext")));
        assertEquals("CREATE INDEX gin_tags ON users USING gin (email)",
                pg.createIndex(users, new Index("gin_tags", false, List.of(IndexKey.column("email")), null, "gin")));
    }

    @Test
    void whatTheDialectCannotExpressIsRefused() {
        Schema s = RenderFixtures.microblog(Dialect.MARIADB);
        Table users = s.table("users").orElseThrow();
        Index partial = new Index("p", false, List.of(IndexKey.column("email")), "email IS NOT NULL", null);
        assertThrows(IllegalArgumentException.class, () -> Engines.of(Dialect.MARIADB).renderer().createIndex(users, partial));
        assertThrows(IllegalArgumentException.class, () -> Engines.of(Dialect.MYSQL).renderer()
                .createSequence(new dev.cairn.schema.Sequence("s", null, null)));
        assertEquals("CREATE SEQUENCE s", Engines.of(Dialect.MARIADB).renderer().createSequence(new dev.cairn.schema.Sequence("s", null, null)));
        assertThrows(IllegalArgumentException.class, () -> Engines.of(Dialect.SQLITE).renderer()
                .render(Schema.EMPTY.withTable(users.withComment("no comments in SQLite"))));
    }

    @Test
    void renderingIsIndependentOfBuildOrder() {
        Schema a = RenderFixtures.sqliteFeatures();
        Schema b = Schema.EMPTY;
        for (String name : List.of("strict_t", "cycle_b", "child", "parent", "cycle_a")) b = b.withTable(a.table(name).orElseThrow());
        b = b.withView(a.view("child_view").orElseThrow());
        assertEquals(Engines.of(Dialect.SQLITE).renderer().render(a), Engines.of(Dialect.SQLITE).renderer().render(b));
    }

    @Test
    void aChainDeclaredAgainstNameOrderRendersEachTableAfterTheOneItReferences() {
        Schema schema = Schema.EMPTY;
        // t5 → t4 → … → t1: every table references the one after it in name order, except the last
        for (int k = 1; k <= 5; k++) {
            Table t = Table.of("t" + k, List.of(Column.of("id", dev.cairn.schema.SqlType.of("integer", dev.cairn.schema.TypeFamily.INTEGER), true)));
            if (k < 5) t = t.withForeignKeys(List.of(new dev.cairn.schema.ForeignKey(null, List.of("id"), "t" + (k + 1), List.of("id"), null, null)));
            schema = schema.withTable(t);
        }
        String ddl = Engines.of(Dialect.SQLITE).renderer().render(schema);
        List<String> order = ddl.lines().filter(l -> l.startsWith("CREATE TABLE")).map(l -> l.split(" ")[2]).toList();
        assertEquals(List.of("t5", "t4", "t3", "t2", "t1"), order);
    }

    @Test
    void oneRendererAskedForSchemaAfterSchemaRendersEachAsAFreshOneWould() {
        DdlRenderer reused = Engines.of(Dialect.SQLITE).renderer();
        Schema before = RenderFixtures.sqliteFeatures();
        Table child = before.table("child").orElseThrow();
        Schema after = before.withTable(child.withIndexes(List.of(new Index("ix_child_pb", false, List.of(new IndexKey("pb", null, false)), null, null))))
                .withTable(Table.of("extra", List.of(Column.of("id", dev.cairn.schema.SqlType.of("integer", dev.cairn.schema.TypeFamily.INTEGER), true))));
        for (Schema s : List.of(before, after, before, after)) assertEquals(Engines.of(Dialect.SQLITE).renderer().render(s), reused.render(s));
    }
}
