package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Dialect;
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
import dev.cairn.testdb.Fixture;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * SQLite schemas as a migration writes them and as the model that DDL means, following the SQLite conventions:
 * unnamed constraints have name null, types are kept as declared, a column is nullable unless PRAGMA table_info says
 * NOT NULL (an INTEGER PRIMARY KEY without NOT NULL included), {@code INTEGER PRIMARY KEY AUTOINCREMENT} is
 * {@link Identity#AUTO_INCREMENT}, a foreign key written without columns points at the referenced primary key.
 */
public final class SqliteFixtures {
    private static final Dialect D = Dialect.SQLITE;

    private SqliteFixtures() {
    }

    public static List<Fixture> all() {
        return List.of(microblog(), keysAndActions(), defaultsChecksAndCollations(), indexesAndViews(), tableOptionsAndGenerated(),
                quotedNamesAndTypelessColumns(), foreignKeyCycle());
    }

    /** The microblog: users with unique, indexed nickname and email; posts with user_id → users.id, indexed. */
    public static Fixture microblog() {
        Table users = Table.of("users", List.of(
                        column("id", "INTEGER", true).withIdentity(Identity.AUTO_INCREMENT),
                        column("nickname", "VARCHAR(64)", false),
                        column("email", "VARCHAR(120)", false)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint(null, List.of("nickname")), new UniqueConstraint(null, List.of("email"))))
                .withIndexes(List.of(index("ix_users_nickname", "nickname"), index("ix_users_email", "email")));
        Table posts = Table.of("posts", List.of(
                        column("id", "INTEGER", true),
                        column("body", "VARCHAR(140)", true),
                        column("timestamp", "DATETIME", true),
                        column("user_id", "INTEGER", false)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(new ForeignKey(null, List.of("user_id"), "users", List.of("id"), null, null)))
                .withIndexes(List.of(index("ix_posts_timestamp", "timestamp"), index("ix_posts_user_id", "user_id")));
        return new Fixture("microblog", List.of("""
                        CREATE TABLE users (
                            id INTEGER PRIMARY KEY AUTOINCREMENT,
                            nickname VARCHAR(64) NOT NULL UNIQUE,
                            email VARCHAR(120) NOT NULL UNIQUE
                        )""",
                "CREATE INDEX ix_users_nickname ON users (nickname)",
                "CREATE INDEX ix_users_email ON users (email)",
                """
                        CREATE TABLE posts (
                            id INTEGER PRIMARY KEY,
                            body VARCHAR(140),
                            timestamp DATETIME,
                            user_id INTEGER NOT NULL REFERENCES users (id)
                        )""",
                "CREATE INDEX ix_posts_timestamp ON posts (timestamp)",
                "CREATE INDEX ix_posts_user_id ON posts (user_id)"),
                Schema.EMPTY.withTable(users).withTable(posts));
    }

    /** Composite primary and foreign keys, every action, named and unnamed keys, a self reference. */
    public static Fixture keysAndActions() {
        Table accounts = Table.of("accounts", List.of(
                        column("region", "TEXT", false),
                        column("id", "INTEGER", false),
                        column("name", "TEXT", true)))
                .withPrimaryKey(new PrimaryKey("pk_accounts", List.of("region", "id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("uq_accounts_name", List.of("name", "region")),
                        new UniqueConstraint(null, List.of("id"))));
        Table orders = Table.of("orders", List.of(
                        column("region", "TEXT", false),
                        column("account_id", "INTEGER", false),
                        column("number", "INTEGER", false),
                        column("parent_number", "INTEGER", true),
                        column("owner_id", "INTEGER", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("account_id", "number")))
                .withForeignKeys(List.of(
                        new ForeignKey("fk_orders_account", List.of("region", "account_id"), "accounts", List.of("region", "id"),
                                ForeignKeyAction.CASCADE, ForeignKeyAction.SET_NULL),
                        new ForeignKey(null, List.of("account_id", "parent_number"), "orders", List.of("account_id", "number"),
                                ForeignKeyAction.SET_DEFAULT, ForeignKeyAction.RESTRICT),
                        new ForeignKey(null, List.of("owner_id"), "accounts", List.of("id"), ForeignKeyAction.NO_ACTION,
                                ForeignKeyAction.CASCADE)));
        Table tags = Table.of("tags", List.of(column("name", "TEXT", false), column("weight", "INTEGER", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("name")));
        Table orderTags = Table.of("order_tags", List.of(
                        column("account_id", "INTEGER", false),
                        column("number", "INTEGER", false),
                        column("tag", "TEXT", false)))
                .withPrimaryKey(new PrimaryKey(null, List.of("account_id", "number", "tag")))
                .withForeignKeys(List.of(
                        new ForeignKey(null, List.of("tag"), "tags", List.of("name"), ForeignKeyAction.RESTRICT, null),
                        new ForeignKey("fk_order_tags_order", List.of("account_id", "number"), "orders", List.of("account_id", "number"),
                                ForeignKeyAction.CASCADE, null)));
        return new Fixture("composite keys and foreign key actions", List.of("""
                        CREATE TABLE accounts (
                            region TEXT NOT NULL,
                            id INTEGER NOT NULL UNIQUE,
                            name TEXT,
                            CONSTRAINT pk_accounts PRIMARY KEY (region, id),
                            CONSTRAINT uq_accounts_name UNIQUE (name, region)
                        )""",
                """
                        CREATE TABLE orders (
                            region TEXT NOT NULL,
                            account_id INTEGER NOT NULL,
                            number INTEGER NOT NULL,
                            parent_number INTEGER,
                            owner_id INTEGER REFERENCES accounts (id) ON UPDATE CASCADE,
                            PRIMARY KEY (account_id, number),
                            CONSTRAINT fk_orders_account FOREIGN KEY (region, account_id) REFERENCES accounts (region, id)
                                ON DELETE CASCADE ON UPDATE SET NULL,
                            FOREIGN KEY (account_id, parent_number) REFERENCES orders (account_id, number)
                                ON DELETE SET DEFAULT ON UPDATE RESTRICT
                        )""",
                "CREATE TABLE tags (name TEXT NOT NULL PRIMARY KEY, weight INTEGER)",
                """
                        CREATE TABLE order_tags (
                            account_id INTEGER NOT NULL,
                            number INTEGER NOT NULL,
                            tag TEXT NOT NULL REFERENCES tags ON DELETE RESTRICT,
                            CONSTRAINT fk_order_tags_order FOREIGN KEY (account_id, number) REFERENCES orders (account_id, number)
                                ON DELETE CASCADE,
                            PRIMARY KEY (account_id, number, tag)
                        )"""),
                Schema.EMPTY.withTable(accounts).withTable(orders).withTable(tags).withTable(orderTags));
    }

    /** Defaults of every kind, named and unnamed checks (column and table), collations. */
    public static Fixture defaultsChecksAndCollations() {
        Table t = Table.of("settings", List.of(
                        column("id", "INTEGER", true),
                        column("code", "TEXT", false).withCollation("NOCASE"),
                        withDefault(column("region", "TEXT", false), "'eu'"),
                        withDefault(column("balance", "NUMERIC(12, 2)", false), "0"),
                        withDefault(column("created_at", "DATETIME", true), "CURRENT_TIMESTAMP"),
                        withDefault(column("updated_at", "TEXT", true), "(datetime('now'))"),
                        withDefault(column("flags", "INT", true), "-1"),
                        withDefault(column("ratio", "REAL", true), "0.5"),
                        withDefault(column("data", "BLOB", true), "x'00ff'"),
                        withDefault(column("quote", "TEXT", true), "'it''s'"),
                        withDefault(column("enabled", "BOOLEAN", true), "TRUE"),
                        withDefault(column("expr", "INTEGER", true), "(1 + 2 * 3)"),
                        column("unset", "TEXT", true),
                        column("name", "TEXT", true).withCollation("RTRIM")))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withChecks(List.of(
                        check(null, "balance >= 0"),
                        check("ck_region", "region IN ('eu', 'us')"),
                        check("ck_ratio", "ratio BETWEEN 0 AND 1"),
                        check(null, "length(code) > 0 AND code <> 'x'")));
        return new Fixture("defaults, checks and collations", List.of("""
                CREATE TABLE settings (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL COLLATE NOCASE,
                    region TEXT NOT NULL DEFAULT 'eu',
                    balance NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
                    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
                    updated_at TEXT DEFAULT (datetime('now')),
                    flags INT DEFAULT -1,
                    ratio REAL DEFAULT 0.5 CONSTRAINT ck_ratio CHECK (ratio BETWEEN 0 AND 1),
                    data BLOB DEFAULT x'00ff',
                    quote TEXT DEFAULT 'it''s',
                    enabled BOOLEAN DEFAULT TRUE,
                    expr INTEGER DEFAULT (1 + 2 * 3),
                    unset TEXT DEFAULT NULL,
                    name TEXT COLLATE RTRIM,
                    CONSTRAINT ck_region CHECK (region IN ('eu', 'us')),
                    CHECK (length(code) > 0 AND code <> 'x')
                )""", "CREATE TABLE settings_audit (id INTEGER PRIMARY KEY)", "DROP TABLE settings_audit"),
                Schema.EMPTY.withTable(t));
    }

    /** Unique, partial, expression and descending indexes; views (one over another). */
    public static Fixture indexesAndViews() {
        Table people = Table.of("people", List.of(
                        column("id", "INTEGER", true),
                        column("email", "TEXT", true),
                        column("last_name", "TEXT", true),
                        column("first_name", "TEXT", true),
                        column("age", "INTEGER", true),
                        column("deleted", "BOOLEAN", false)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withIndexes(List.of(
                        new Index("ux_people_email", true, List.of(IndexKey.column("email")), null, null),
                        new Index("ix_people_name", false, List.of(IndexKey.column("last_name"), new IndexKey("first_name", null, true)), null, null),
                        new Index("ix_people_live", false, List.of(IndexKey.column("age")), expr("deleted = 0 AND age IS NOT NULL"), null),
                        new Index("ux_people_lower_email", true, List.of(new IndexKey(null, expr("lower(email)"), false)), expr("NOT deleted"), null),
                        new Index("ix_people_mixed", false, List.of(new IndexKey(null, expr("age * 2"), true), IndexKey.column("id")), null, null)));
        View adults = new View("adults", "SELECT id, first_name, last_name FROM people WHERE age >= 18", List.of("id", "first_name", "last_name"), null);
        View names = new View("adult_names", "SELECT first_name || ' ' || last_name AS full_name FROM adults", List.of("full_name"), null);
        return new Fixture("indexes and views", List.of(
                "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, last_name TEXT, first_name TEXT, age INTEGER, deleted BOOLEAN NOT NULL)",
                "CREATE UNIQUE INDEX ux_people_email ON people (email)",
                "CREATE INDEX ix_people_name ON people (last_name, first_name DESC)",
                "CREATE INDEX ix_people_live ON people (age) WHERE deleted = 0 AND age IS NOT NULL",
                "CREATE UNIQUE INDEX ux_people_lower_email ON people (lower(email)) WHERE NOT deleted",
                "CREATE INDEX ix_people_mixed ON people (age * 2 DESC, id ASC)",
                "CREATE VIEW adults AS SELECT id, first_name, last_name FROM people WHERE age >= 18",
                "CREATE VIEW adult_names AS SELECT first_name || ' ' || last_name AS full_name FROM adults"),
                Schema.EMPTY.withTable(people).withView(adults).withView(names));
    }

    /** WITHOUT ROWID, STRICT, generated columns (virtual and stored). */
    public static Fixture tableOptionsAndGenerated() {
        Table kv = Table.of("kv", List.of(column("k", "TEXT", false), column("v", "TEXT", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("k")))
                .withOptions(Map.of("without rowid", "true"));
        Table measures = Table.of("measures", List.of(
                        column("id", "INTEGER", true),
                        column("celsius", "REAL", false),
                        column("fahrenheit", "REAL", true).withGenerated(expr("celsius * 9 / 5 + 32"), false),
                        column("label", "TEXT", true).withGenerated(expr("'t=' || CAST(celsius AS TEXT)"), true),
                        column("anything", "ANY", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withOptions(Map.of("strict", "true"));
        Table both = Table.of("both_options", List.of(column("a", "INTEGER", false), column("b", "BLOB", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("a")))
                .withOptions(Map.of("without rowid", "true", "strict", "true"));
        return new Fixture("table options and generated columns", List.of(
                "CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT) WITHOUT ROWID",
                """
                        CREATE TABLE measures (
                            id INTEGER PRIMARY KEY,
                            celsius REAL NOT NULL,
                            fahrenheit REAL GENERATED ALWAYS AS (celsius * 9 / 5 + 32) VIRTUAL,
                            label TEXT AS ('t=' || CAST(celsius AS TEXT)) STORED,
                            anything ANY
                        ) STRICT""",
                "CREATE TABLE both_options (a INTEGER NOT NULL PRIMARY KEY, b BLOB) STRICT, WITHOUT ROWID"),
                Schema.EMPTY.withTable(kv).withTable(measures).withTable(both));
    }

    /** Quoted names (keywords, spaces, case), a column without a type, types SQLite keeps as written. */
    public static Fixture quotedNamesAndTypelessColumns() {
        Table t = Table.of("Order Items", List.of(
                        column("select", "INTEGER", false),
                        column("Item Name", "VARCHAR(80)", true),
                        column("misc", "", true),
                        column("big", "UNSIGNED BIG INT", true),
                        column("price", "DOUBLE PRECISION", true),
                        column("amount", "DECIMAL(10, 2)", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("select")))
                .withChecks(List.of(check(null, "\"Item Name\" <> ''")))
                .withIndexes(List.of(new Index("ix order items name", false, List.of(IndexKey.column("Item Name")), null, null)));
        return new Fixture("quoted names and typeless columns", List.of(
                """
                        CREATE TABLE "Order Items" (
                            "select" INTEGER NOT NULL PRIMARY KEY,
                            [Item Name] VARCHAR(80) CHECK ("Item Name" <> ''),
                            misc,
                            `big` UNSIGNED BIG INT,
                            price DOUBLE PRECISION,
                            amount DECIMAL(10, 2)
                        )""",
                "CREATE INDEX \"ix order items name\" ON \"Order Items\" (\"Item Name\")"),
                Schema.EMPTY.withTable(t));
    }

    /** Two tables that reference each other: SQLite creates both with inline foreign keys. */
    public static Fixture foreignKeyCycle() {
        Table departments = Table.of("departments", List.of(column("id", "INTEGER", true), column("head_id", "INTEGER", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(new ForeignKey("fk_department_head", List.of("head_id"), "employees", List.of("id"),
                        ForeignKeyAction.SET_NULL, null)));
        Table employees = Table.of("employees", List.of(
                        column("id", "INTEGER", true),
                        column("department_id", "INTEGER", true),
                        column("manager_id", "INTEGER", true)))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(
                        new ForeignKey(null, List.of("department_id"), "departments", List.of("id"), null, null),
                        new ForeignKey(null, List.of("manager_id"), "employees", List.of("id"), ForeignKeyAction.SET_NULL, null)));
        return new Fixture("foreign key cycle and self reference", List.of(
                "CREATE TABLE departments (id INTEGER PRIMARY KEY, head_id INTEGER, "
                        + "CONSTRAINT fk_department_head FOREIGN KEY (head_id) REFERENCES employees (id) ON DELETE SET NULL)",
                "CREATE TABLE employees (id INTEGER PRIMARY KEY, department_id INTEGER REFERENCES departments (id), "
                        + "manager_id INTEGER REFERENCES employees (id) ON DELETE SET NULL)"),
                Schema.EMPTY.withTable(departments).withTable(employees));
    }

    private static Column column(String name, String type, boolean nullable) {
        return Column.of(name, Engines.of(D).types().parse(type), nullable);
    }

    private static Column withDefault(Column c, String written) {
        return c.withDefault(Engines.of(D).expressions().canonicalDefault(written, c.type()));
    }

    private static String expr(String written) {
        return Engines.of(D).expressions().canonical(written);
    }

    private static CheckConstraint check(String name, String written) {
        return new CheckConstraint(name, expr(written));
    }

    private static Index index(String name, String... columns) {
        return new Index(name, false, Arrays.stream(columns).map(IndexKey::column).toList(), null, null);
    }
}
