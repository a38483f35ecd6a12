package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.ModelParts;

import java.util.List;

/** MariaDB schemas as migration DDL and as the model replay makes of it. */
final class MariaDbFixtures {
    private static final ModelParts M = new ModelParts(Dialect.MARIADB);

    private MariaDbFixtures() {
    }

    static List<Fixture> all() {
        return List.of(microblog(), typesDefaultsAndAutoIncrement(), foreignKeysAndTheirIndexes(), uniqueAndOtherIndexes(),
                checksCommentsCollationsAndGeneratedColumns(), viewsAndSequences(), rewrittenByTheEngine());
    }

    /** The microblog: users with unique, indexed nickname and email; posts with user_id → users.id. */
    static Fixture microblog() {
        Table users = Table.of("users", List.of(
                        M.notNull("id", "integer").withIdentity(Identity.AUTO_INCREMENT),
                        M.notNull("nickname", "varchar(64)"),
                        M.notNull("email", "varchar(120)")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("ix_users_nickname", List.of("nickname")),
                        new UniqueConstraint("ix_users_email", List.of("email"))));
        Table posts = Table.of("posts", List.of(
                        M.notNull("id", "integer").withIdentity(Identity.AUTO_INCREMENT),
                        M.column("body", "varchar(140)"),
                        M.column("timestamp", "datetime"),
                        M.column("user_id", "integer")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withForeignKeys(List.of(M.foreignKey("posts_ibfk_1", "user_id", "users", "id")))
                // the engine indexes the foreign key's column itself, naming the index after the column
                .withIndexes(List.of(M.index("ix_posts_timestamp", "timestamp"), M.index("user_id", "user_id")));
        return new Fixture("microblog", List.of(
                "CREATE TABLE users (id INTEGER NOT NULL AUTO_INCREMENT, nickname VARCHAR(64) NOT NULL, email VARCHAR(120) NOT NULL, PRIMARY KEY (id))",
                "CREATE UNIQUE INDEX ix_users_nickname ON users (nickname)",
                "CREATE UNIQUE INDEX ix_users_email ON users (email)",
                "CREATE TABLE posts (id INTEGER NOT NULL AUTO_INCREMENT, body VARCHAR(140), timestamp DATETIME, user_id INTEGER, "
                        + "PRIMARY KEY (id), FOREIGN KEY (user_id) REFERENCES users (id))",
                "CREATE INDEX ix_posts_timestamp ON posts (timestamp)"),
                Schema.EMPTY.withTable(users).withTable(posts));
    }

    static Fixture typesDefaultsAndAutoIncrement() {
        Table things = Table.of("things", List.of(
                        M.notNull("id", "bigint unsigned").withIdentity(Identity.AUTO_INCREMENT),
                        M.column("small", "tinyint"),
                        M.notNull("flag", "boolean").withDefault(M.expr("TRUE")),
                        M.column("off_flag", "bool").withDefault(M.expr("FALSE")),
                        M.column("counter", "int unsigned").withDefault(M.expr("0")),
                        M.column("medium", "mediumint"),
                        M.column("price", "decimal(10, 2)").withDefault(M.expr("1.50")),
                        M.column("plain_number", "numeric"),
                        M.column("ratio", "double").withDefault(M.expr("-0.5")),
                        M.notNull("mood", "enum('happy', 'sad', 'it''s ok')").withDefault(M.expr("'happy'")),
                        M.column("options", "set('a', 'b')"),
                        M.column("title", "varchar(100)").withDefault(M.expr("'it''s'")),
                        M.column("code", "char(3)"),
                        M.column("tiny", "tinytext"), M.column("body", "text"), M.column("medium_body", "mediumtext"),
                        M.column("long_body", "longtext"),
                        M.column("payload", "blob"), M.column("raw", "varbinary(16)"),
                        M.column("doc", "json"),
                        M.column("born", "date").withDefault(M.expr("'2000-01-01'")),
                        M.notNull("created", "timestamp").withDefault(M.expr("CURRENT_TIMESTAMP")),
                        M.column("edited", "datetime(3)").withDefault(M.expr("CURRENT_TIMESTAMP(3)")),
                        M.column("year_made", "year"),
                        M.column("sum", "int").withDefault(M.expr("(1 + 2)"))))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")));
        return new Fixture("types, defaults and auto_increment", List.of("""
                CREATE TABLE things (
                  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  small TINYINT,
                  flag BOOLEAN NOT NULL DEFAULT TRUE,
                  off_flag BOOL DEFAULT FALSE,
                  counter INT UNSIGNED DEFAULT 0,
                  medium MEDIUMINT,
                  price DECIMAL(10, 2) DEFAULT 1.50,
                  plain_number NUMERIC,
                  ratio DOUBLE DEFAULT -0.5,
                  mood ENUM('happy', 'sad', 'it''s ok') NOT NULL DEFAULT 'happy',
                  options SET('a', 'b'),
                  title VARCHAR(100) DEFAULT 'it''s',
                  code CHAR(3) DEFAULT NULL,
                  tiny TINYTEXT, body TEXT, medium_body MEDIUMTEXT, long_body LONGTEXT,
                  payload BLOB, raw VARBINARY(16),
                  doc JSON,
                  born DATE DEFAULT '2000-01-01',
                  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  edited DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3),
                  year_made YEAR,
                  sum INT DEFAULT (1 + 2)
                )"""),
                Schema.EMPTY.withTable(things));
    }

    /**
     * InnoDB needs an index on a foreign key's columns and makes one when none starts with them: named after the
     * constraint when it is named, else after the first column; a later index that starts with the columns replaces it.
     */
    static Fixture foreignKeysAndTheirIndexes() {
        Table parents = Table.of("parents", List.of(M.notNull("id", "int"), M.column("a", "int"), M.column("b", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("parents_ab", List.of("a", "b"))));
        Table children = Table.of("children", List.of(M.notNull("id", "int"), M.column("parent_id", "int"),
                        M.column("other_id", "int"), M.column("a", "int"), M.column("b", "int"), M.column("covered_id", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withForeignKeys(List.of(
                        M.foreignKey("children_ibfk_1", "parent_id", "parents", "id"),
                        new ForeignKey("fk_other", List.of("other_id"), "parents", List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.SET_NULL),
                        M.foreignKey("children_ibfk_2", List.of("a", "b"), "parents", List.of("a", "b")),
                        new ForeignKey("fk_covered", List.of("covered_id"), "parents", List.of("id"), ForeignKeyAction.SET_NULL, ForeignKeyAction.NO_ACTION)))
                .withIndexes(List.of(M.index("by_covered", "covered_id", "id"), M.index("parent_id", "parent_id"),
                        M.index("fk_other", "other_id"), M.index("a", "a", "b")));
        Table later = Table.of("later", List.of(M.notNull("id", "int"), M.column("parent_id", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withForeignKeys(List.of(M.foreignKey("later_ibfk_1", "parent_id", "parents", "id")))
                .withIndexes(List.of(M.index("parent_id", "parent_id")));
        Table replaced = Table.of("replaced", List.of(M.notNull("id", "int"), M.column("parent_id", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withForeignKeys(List.of(M.foreignKey("replaced_ibfk_1", "parent_id", "parents", "id")))
                .withIndexes(List.of(M.index("replaced_parent", "parent_id", "id")));
        return new Fixture("foreign keys and the indexes InnoDB gives them", List.of(
                "CREATE TABLE parents (id INT PRIMARY KEY, a INT, b INT, UNIQUE KEY parents_ab (a, b))",
                """
                CREATE TABLE children (
                  id INT PRIMARY KEY, parent_id INT, other_id INT, a INT, b INT, covered_id INT,
                  KEY by_covered (covered_id, id),
                  FOREIGN KEY (parent_id) REFERENCES parents (id),
                  CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES parents (id) ON DELETE CASCADE ON UPDATE SET NULL,
                  FOREIGN KEY (a, b) REFERENCES parents (a, b) ON DELETE NO ACTION ON UPDATE RESTRICT,
                  CONSTRAINT fk_covered FOREIGN KEY (covered_id) REFERENCES parents (id) ON DELETE SET NULL
                )""",
                "CREATE TABLE later (id INT PRIMARY KEY, parent_id INT)",
                "ALTER TABLE later ADD FOREIGN KEY (parent_id) REFERENCES parents (id)",
                "CREATE TABLE replaced (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES parents (id))",
                "CREATE INDEX replaced_parent ON replaced (parent_id, id)"),
                Schema.EMPTY.withTable(parents).withTable(children).withTable(later).withTable(replaced));
    }

    static Fixture uniqueAndOtherIndexes() {
        Table articles = Table.of("articles", List.of(M.notNull("id", "int"), M.column("slug", "varchar(80)"),
                        M.column("title", "varchar(200)"), M.column("body", "text"), M.column("lang", "char(2)")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("slug", List.of("slug")),
                        new UniqueConstraint("title_lang", List.of("title", "lang")),
                        new UniqueConstraint("articles_lang_slug", List.of("lang", "slug")),
                        new UniqueConstraint("lang", List.of("lang", "id"))))
                .withIndexes(List.of(
                        new Index("article_text", false, List.of(IndexKey.column("title"), IndexKey.column("body")), null, "FULLTEXT"),
                        new Index("articles_recent", false, List.of(new IndexKey("id", null, true), IndexKey.column("lang")), null, null),
                        new Index("articles_title_prefix", false, List.of(IndexKey.prefix("title", 20, false)), null, null)));
        return new Fixture("unique indexes as unique constraints, FULLTEXT, DESC and prefix indexes", List.of(
                "CREATE TABLE articles (id INT PRIMARY KEY, slug VARCHAR(80) UNIQUE, title VARCHAR(200), body TEXT, "
                        + "lang CHAR(2), UNIQUE KEY title_lang (title, lang), FULLTEXT KEY article_text (title, body))",
                "CREATE UNIQUE INDEX articles_lang_slug ON articles (lang, slug)",
                "CREATE INDEX articles_recent ON articles (id DESC, lang)",
                "CREATE INDEX articles_title_prefix ON articles (title(20))",
                "ALTER TABLE articles ADD UNIQUE (lang, id)"),
                Schema.EMPTY.withTable(articles));
    }

    static Fixture checksCommentsCollationsAndGeneratedColumns() {
        Table people = Table.of("people", List.of(
                        M.notNull("id", "int").withComment("the key"),
                        M.notNull("first_name", "varchar(50)"),
                        M.column("last_name", "varchar(50)").withCollation("utf8mb4_bin"),
                        M.column("age", "int"),
                        M.column("full_name", "varchar(101)").withGenerated(M.expr("concat(first_name, ' ', last_name)"), false),
                        M.column("name_length", "int").withGenerated(M.expr("char_length(first_name)"), true),
                        M.column("shout", "varchar(50)").withGenerated(M.expr("upper(first_name)"), true)))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withChecks(List.of(M.check(null, "age >= 0").withColumn("age"), M.check("adult", "age >= 18 OR age IS NULL"),
                        M.check("CONSTRAINT_1", "first_name <> ''"), M.check("known", "last_name IN ('a', 'b') OR last_name IS NULL")))
                .withComment("everyone's here");
        return new Fixture("checks, comments, collations and generated columns", List.of("""
                CREATE TABLE people (
                  id INT PRIMARY KEY COMMENT 'the key',
                  first_name VARCHAR(50) NOT NULL,
                  last_name VARCHAR(50) COLLATE utf8mb4_bin,
                  age INT CHECK (age >= 0),
                  full_name VARCHAR(101) AS (concat(first_name, ' ', last_name)) VIRTUAL,
                  name_length INT AS (char_length(first_name)) STORED,
                  shout VARCHAR(50) GENERATED ALWAYS AS (UPPER(first_name)) STORED,
                  CONSTRAINT adult CHECK (age >= 18 OR age IS NULL),
                  CHECK (first_name <> ''),
                  CONSTRAINT known CHECK (last_name IN ('a', 'b') OR last_name IS NULL)
                ) COMMENT = 'everyone''s here'"""),
                Schema.EMPTY.withTable(people));
    }

    static Fixture viewsAndSequences() {
        Table items = Table.of("items", List.of(M.notNull("id", "int"), M.column("name", "varchar(20)"), M.column("price", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")));
        Schema model = Schema.EMPTY.withTable(items)
                .withView(new View("cheap_items", "SELECT id, name AS label FROM items WHERE price < 10", List.of("id", "label"), null))
                .withSequence(new Sequence("order_numbers", 100L, 5L))
                .withSequence(new Sequence("plain_numbers", null, null))
                .withSequence(new Sequence("countdown", null, -1L));
        return new Fixture("views and sequences", List.of(
                "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20), price INT)",
                "CREATE VIEW cheap_items AS SELECT id, name AS label FROM items WHERE price < 10",
                "CREATE SEQUENCE order_numbers START WITH 100 INCREMENT BY 5",
                "CREATE SEQUENCE plain_numbers",
                "CREATE SEQUENCE countdown INCREMENT BY -1"),
                model);
    }

    /** Defaults and conditions MariaDB stores in another spelling than the migration wrote. */
    static Fixture rewrittenByTheEngine() {
        Table events = Table.of("events", List.of(
                        M.notNull("id", "int").withIdentity(Identity.AUTO_INCREMENT),
                        M.defaulted(M.column("price", "decimal(5, 2)"), "1"),
                        M.defaulted(M.column("starts", "datetime(3)"), "'2020-01-01'"),
                        M.defaulted(M.column("attempts", "int"), "'5'"),
                        M.defaulted(M.column("code", "char(2)"), "7"),
                        M.defaulted(M.column("seen", "timestamp(6)"), "NOW(6)"),
                        M.defaulted(M.column("done", "bool"), "false"),
                        M.defaulted(M.column("label", "varchar(10)"), "\"quoted\""),
                        M.column("size", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                .withChecks(List.of(
                        M.check(null, "size BETWEEN 1 AND 10").withColumn("size"),
                        M.check("CONSTRAINT_1", "NOT (attempts < 0) && attempts != 99"),
                        M.check("label_upper", "UPPER(label) <> label OR LENGTH(label) = 0")));
        return new Fixture("defaults and conditions the engine rewrites", List.of("""
                CREATE TABLE events (
                  id INT AUTO_INCREMENT PRIMARY KEY,
                  price DECIMAL(5, 2) DEFAULT 1,
                  starts DATETIME(3) DEFAULT '2020-01-01',
                  attempts INT DEFAULT '5',
                  code CHAR(2) DEFAULT 7,
                  seen TIMESTAMP(6) NULL DEFAULT NOW(6),
                  done BOOL DEFAULT false,
                  label VARCHAR(10) DEFAULT "quoted",
                  size INT CHECK (size BETWEEN 1 AND 10),
                  CHECK (NOT (attempts < 0) && attempts != 99),
                  CONSTRAINT label_upper CHECK (UPPER(label) <> label OR LENGTH(label) = 0)
                )"""),
                Schema.EMPTY.withTable(events));
    }
}
