package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.CatalogSnapshot;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The kept bad-input catalogue (issue "no dead ends"): every case is a mistake a user makes, played on each real engine
 * where it applies, against a database already at version 1 with rows in it. Each asserts that the run stops with a
 * message that names the file and position (or the object, or the setting), says what to do, and holds no password
 * (the migrator logs in with one, also on servers that do not need it), and that the database is exactly as before:
 * its catalog (read with the engine's own catalog queries), its history rows, its data and, on SQLite, its backups.
 * <p>
 * A case is a table row: {@link #mistakes()}. {@code files} are added to the migrations folder after version 1 was
 * applied; {@code setup} may change the folder or the database first (a file edited after applying it); {@code run}
 * is the command that must refuse; {@code expected} are parts the message must hold.
 */
class BadInputCatalogueTest {
    static final String SECRET = "Cat-Secret-7731";
    static final String MARIADB_USER = "cairn_catalogue";
    static final Set<Dialect> ALL = Set.of(Dialect.SQLITE, Dialect.POSTGRESQL, Dialect.MARIADB);
    static final Set<Dialect> SERVERS = Set.of(Dialect.POSTGRESQL, Dialect.MARIADB);
    static final Set<Dialect> SQLITE = Set.of(Dialect.SQLITE);
    static final Set<Dialect> PG = Set.of(Dialect.POSTGRESQL);
    static final Set<Dialect> MARIADB = Set.of(Dialect.MARIADB);
    static final Set<Dialect> NOT_PG = Set.of(Dialect.SQLITE, Dialect.MARIADB);

    static final String BASE = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(100));
            CREATE UNIQUE INDEX ux_users_nickname ON users (nickname);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body VARCHAR(140),
              CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id));
            CREATE VIEW post_bodies AS SELECT id, body FROM posts;
            INSERT INTO users (id, nickname, email) VALUES (1, 'ann', 'ann@example.org'), (2, 'bob', NULL);
            INSERT INTO posts (id, user_id, body) VALUES (1, 1, 'hello');
            """;

    enum Run { UPGRADE, DOWNGRADE, STATUS, VALIDATE, UPGRADE_TO_99, DOWNGRADE_TO_5, BASELINE_7, BASELINE_1 }

    interface Setup {
        void on(Project p) throws Exception;
    }

    record Mistake(String name, Set<Dialect> engines, List<String[]> files, Setup setup, Run run, List<String> expected) {
        Mistake file(String fileName, String text) {
            List<String[]> more = new ArrayList<>(files);
            more.add(new String[] {fileName, text});
            return new Mistake(name, engines, more, setup, run, expected);
        }

        Mistake setup(Setup s) {
            return new Mistake(name, engines, files, s, run, expected);
        }

        Mistake run(Run r) {
            return new Mistake(name, engines, files, setup, r, expected);
        }

        Mistake expect(String... parts) {
            List<String> more = new ArrayList<>(expected);
            more.addAll(List.of(parts));
            return new Mistake(name, engines, files, setup, run, more);
        }
    }

    static Mistake mistake(String name, Set<Dialect> engines) {
        return new Mistake(name, engines, List.of(), p -> { }, Run.UPGRADE, List.of());
    }

    /** Every case: at least 70 mistakes, each on every engine where it can be made. */
    static List<Mistake> mistakes() {
        List<Mistake> m = new ArrayList<>();
        // --- SQL that does not read -----------------------------------------------------------------------------
        m.add(mistake("missing comma between two columns", ALL)
                .file("002_tags.sql", "CREATE TABLE tags (\n  id INTEGER PRIMARY KEY,\n  name VARCHAR(20) NOT NULL\n  label VARCHAR(20)\n);\n")
                .expect("002_tags.sql:4:3", "missing comma", "add the comma before label"));
        m.add(mistake("missing semicolon between two statements", ALL)
                .file("002_two.sql", "CREATE TABLE a (id INTEGER)\nCREATE TABLE b (id INTEGER);\n")
                .expect("002_two.sql:2:1", "add the missing ; at the end of the statement before CREATE"));
        m.add(mistake("unterminated string", ALL)
                .file("002_str.sql", "INSERT INTO users (id, nickname) VALUES (3, 'cy);\n")
                .expect("002_str.sql:1:45", "'"));
        m.add(mistake("unterminated block comment", ALL)
                .file("002_comment.sql", "/* to do\nCREATE TABLE a (id INTEGER);\n")
                .expect("002_comment.sql:1:1", "*/"));
        m.add(mistake("unterminated dollar-quoted body", PG)
                .file("002_fn.sql", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;\n")
                .expect("002_fn.sql:1:", "$$"));
        m.add(mistake("unbalanced parenthesis", ALL)
                .file("002_paren.sql", "CREATE TABLE a (id INTEGER, n VARCHAR(10);\n")
                .expect("002_paren.sql:1:", ")"));
        m.add(mistake("misspelt statement keyword", ALL)
                .file("002_typo.sql", "CRATE TABLE a (id INTEGER);\n")
                .expect("002_typo.sql:1:1"));
        m.add(mistake("misspelt column type keyword", SERVERS)
                .file("002_type.sql", "CREATE TABLE a (id INTEGR);\n")
                .expect("002_type.sql:1:"));
        m.add(mistake("reserved word as an unquoted column name", ALL)
                .file("002_order.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY, select INTEGER);\n")
                .expect("002_order.sql:1:"));
        m.add(mistake("ALTER TABLE with nothing to do", ALL)
                .file("002_alter.sql", "ALTER TABLE users;\n")
                .expect("002_alter.sql:1:"));
        m.add(mistake("CREATE INDEX without columns", ALL)
                .file("002_ix.sql", "CREATE INDEX ix_users_email ON users ();\n")
                .expect("002_ix.sql:1:"));
        // --- objects that do not exist ------------------------------------------------------------------------------
        m.add(mistake("ALTER of a table that does not exist", ALL)
                .file("002_alter.sql", "ALTER TABLE user ADD COLUMN born DATE;\n")
                .expect("002_alter.sql:1:13", "user", "does not exist"));
        m.add(mistake("DROP of a table that does not exist", ALL)
                .file("002_drop.sql", "DROP TABLE comments;\n")
                .expect("002_drop.sql:1:12", "comments", "does not exist"));
        m.add(mistake("DROP COLUMN of a column that does not exist", ALL)
                .file("002_drop.sql", "ALTER TABLE users DROP COLUMN mail;\n")
                .expect("002_drop.sql:1:", "mail", "does not exist"));
        m.add(mistake("RENAME COLUMN of a column that does not exist", ALL)
                .file("002_ren.sql", "ALTER TABLE users RENAME COLUMN mail TO email_address;\n")
                .expect("002_ren.sql:1:", "mail", "does not exist"));
        m.add(mistake("index on a column that does not exist", ALL)
                .file("002_ix.sql", "CREATE INDEX ix_users_mail ON users (mail);\n")
                .expect("002_ix.sql:1:", "mail", "does not exist"));
        m.add(mistake("foreign key to a table that does not exist", SERVERS)
                .file("002_fk.sql", "CREATE TABLE likes (post_id INTEGER, FOREIGN KEY (post_id) REFERENCES post (id));\n")
                .expect("002_fk.sql:1:", "post"));
        m.add(mistake("foreign key to a column that does not exist", SERVERS)
                .file("002_fk.sql", "CREATE TABLE likes (post_id INTEGER, FOREIGN KEY (post_id) REFERENCES posts (post_id));\n")
                .expect("002_fk.sql:1:", "post_id"));
        m.add(mistake("primary key on a column that does not exist", ALL)
                .file("002_pk.sql", "CREATE TABLE likes (post_id INTEGER, PRIMARY KEY (id));\n")
                .expect("002_pk.sql:1:", "id"));
        m.add(mistake("CREATE VIEW over a column that does not exist", ALL)
                .file("002_view.sql", "CREATE VIEW mails AS\n  SELECT id, mail FROM users;\n")
                .expect("002_view.sql:2:", "mail", "users"));
        m.add(mistake("CREATE VIEW over a table that does not exist", ALL)
                .file("002_view.sql", "CREATE VIEW recent AS SELECT id FROM comments;\n")
                .expect("002_view.sql:1:", "comments"));
        m.add(mistake("CREATE VIEW over a qualified column that does not exist", ALL)
                .file("002_view.sql", "CREATE VIEW authors AS SELECT p.id, u.name FROM posts p JOIN users u ON u.id = p.user_id;\n")
                .expect("002_view.sql:1:", "name"));
        m.add(mistake("trigger on a table that does not exist", SQLITE)
                .file("002_trg.sql", "CREATE TRIGGER t_ai AFTER INSERT ON comments BEGIN SELECT 1; END;\n")
                .expect("002_trg.sql:1:", "comments"));
        m.add(mistake("ALTER TYPE of an enum that does not exist", PG)
                .file("002_type.sql", "ALTER TYPE mood ADD VALUE 'happy';\n")
                .expect("002_type.sql:1:", "mood"));
        m.add(mistake("COMMENT ON a column that does not exist", PG)
                .file("002_comment.sql", "COMMENT ON COLUMN users.mail IS 'the address';\n")
                .expect("002_comment.sql:1:", "mail", "does not exist"));
        m.add(mistake("DROP INDEX that does not exist", ALL)
                .file("002_drop.sql", "DROP INDEX ix_nope" + "\n;\n")
                .expect("002_drop.sql:1:", "ix_nope"));
        // --- names taken ----------------------------------------------------------------------------------------
        m.add(mistake("CREATE TABLE of a table that exists", ALL)
                .file("002_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .expect("002_users.sql:1:14", "users", "already exists"));
        m.add(mistake("a column named twice in CREATE TABLE", ALL)
                .file("002_dup.sql", "CREATE TABLE a (id INTEGER, name VARCHAR(10), name VARCHAR(20));\n")
                .expect("002_dup.sql:1:", "name"));
        m.add(mistake("ADD COLUMN of a column that exists", ALL)
                .file("002_add.sql", "ALTER TABLE users ADD COLUMN email VARCHAR(200);\n")
                .expect("002_add.sql:1:", "email", "already"));
        m.add(mistake("RENAME TABLE onto a table that exists", ALL)
                .file("002_ren.sql", "ALTER TABLE posts RENAME TO users;\n")
                .expect("002_ren.sql:1:", "users"));
        m.add(mistake("RENAME COLUMN onto a column that exists", ALL)
                .file("002_ren.sql", "ALTER TABLE users RENAME COLUMN nickname TO email;\n")
                .expect("002_ren.sql:1:", "email"));
        m.add(mistake("an index name that is taken", Set.of(Dialect.SQLITE, Dialect.POSTGRESQL))
                .file("002_ix.sql", "CREATE INDEX ux_users_nickname ON posts (body);\n")
                .expect("002_ix.sql:1:", "ux_users_nickname"));
        m.add(mistake("a view named like a table", ALL)
                .file("002_view.sql", "CREATE VIEW posts AS SELECT id FROM users;\n")
                .expect("002_view.sql:1:", "posts"));
        m.add(mistake("two primary keys", ALL)
                .file("002_pk.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, b INTEGER PRIMARY KEY);\n")
                .expect("002_pk.sql:1:"));
        // --- engine limits and forms --------------------------------------------------------------------------------
        m.add(mistake("a name over 64 characters", MARIADB)
                .file("002_long.sql", "CREATE TABLE " + "t".repeat(70) + " (id INTEGER);\n")
                .expect("002_long.sql:1:14", "64"));
        m.add(mistake("CREATE TYPE where the engine has no types", NOT_PG)
                .file("002_type.sql", "CREATE TYPE mood AS ENUM ('sad', 'ok');\n")
                .expect("002_type.sql:1:"));
        m.add(mistake("PREPARE and EXECUTE of DDL without a scratch database", MARIADB)
                .file("002_dyn.sql", "SET @s = 'ALTER TABLE users ADD COLUMN b INT';\nPREPARE stmt FROM @s;\nEXECUTE stmt;\n")
                .expect("002_dyn.sql:3:1", "db.devUrl"));
        m.add(mistake("a DO block that runs DDL without a scratch database", PG)
                .file("002_dyn.sql", "DO $$ BEGIN EXECUTE 'ALTER TABLE users ADD COLUMN b int'; END $$;\n")
                .expect("002_dyn.sql:1:1", "db.devUrl"));
        m.add(mistake("writing sqlite_master without a scratch database", SQLITE)
                .file("002_dyn.sql", "PRAGMA writable_schema = ON;\nUPDATE sqlite_master SET sql = 'CREATE TABLE x (a)' WHERE name = 'users';\n")
                .expect("002_dyn.sql:2:", "db.devUrl"));
        m.add(mistake("NOT DEFERRABLE INITIALLY DEFERRED", PG)
                .file("002_fk.sql", "CREATE TABLE likes (post_id INTEGER REFERENCES posts (id) NOT DEFERRABLE INITIALLY DEFERRED);\n")
                .expect("002_fk.sql:1:"));
        m.add(mistake("DROP of a table a foreign key references", SERVERS)
                .file("002_drop.sql", "DROP TABLE users;\n")
                .expect("002_drop.sql:1:", "posts"));
        m.add(mistake("DROP COLUMN a view reads", PG)
                .file("002_drop.sql", "ALTER TABLE posts DROP COLUMN body;\n")
                .expect("002_drop.sql:1:", "post_bodies"));
        // --- statements the engine refuses when they run (replay accepts them) ---------------------------------------
        m.add(mistake("INSERT of a duplicate key", ALL)
                .file("002_dup.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO users (id, nickname) VALUES (3, 'ann');\n")
                .expect("002_dup.sql:2:1", "INSERT INTO users"));
        m.add(mistake("INSERT of NULL into a NOT NULL column", ALL)
                .file("002_null.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO users (id, nickname) VALUES (3, NULL);\n")
                .expect("002_null.sql:2:1"));
        m.add(mistake("INSERT breaking a foreign key", SERVERS)
                .file("002_fk.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO posts (id, user_id, body) VALUES (2, 99, 'x');\n")
                .expect("002_fk.sql:2:1"));
        m.add(mistake("INSERT into a table that does not exist", ALL)
                .file("002_ins.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO comments (id) VALUES (1);\n")
                .expect("002_ins.sql:2:1", "comments"));
        m.add(mistake("INSERT of a value of the wrong type", SERVERS)
                .file("002_ins.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO posts (id, user_id, body) VALUES ('two', 1, 'x');\n")
                .expect("002_ins.sql:2:1"));
        m.add(mistake("UPDATE of a column that does not exist", ALL)
                .file("002_upd.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nUPDATE users SET mail = lower(email);\n")
                .expect("002_upd.sql:2:1"));
        m.add(mistake("a unique index over duplicate values", ALL)
                .file("002_ix.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(10));\nINSERT INTO tags VALUES (1, 'a'), (2, 'a');\n"
                        + "CREATE UNIQUE INDEX ux_tags_name ON tags (name);\n")
                .expect("002_ix.sql:3:1", "ux_tags_name"));
        m.add(mistake("NOT NULL on a column holding NULLs (MODIFY)", MARIADB)
                .file("002_nn.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users MODIFY COLUMN email VARCHAR(100) NOT NULL;\n")
                .expect("002_nn.sql:2:1"));
        m.add(mistake("NOT NULL on a column holding NULLs", PG)
                .file("002_nn.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users " + "ALTER COLUMN email SET NOT NULL;\n")
                .expect("002_nn.sql:2:1"));
        m.add(mistake("a CHECK the rows break", SERVERS)
                .file("002_chk.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users ADD CONSTRAINT ck_id CHECK (id > 1);\n")
                .expect("002_chk.sql:2:1"));
        m.add(mistake("a type change the rows do not fit", PG)
                .file("002_type.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users ALTER COLUMN nickname TYPE INTEGER USING nickname::integer;\n")
                .expect("002_type.sql:2:1"));
        m.add(mistake("a NOT NULL column added without a default to a table with rows", PG)
                .file("002_add.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users ADD COLUMN born DATE NOT NULL;\n")
                .expect("002_add.sql:2:1"));
        m.add(mistake("a NOT NULL column added without a default on SQLite", SQLITE)
                .file("002_add.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE users ADD COLUMN born DATE NOT NULL;\n")
                .expect("002_add.sql:2:", "DEFAULT"));
        m.add(mistake("division by zero in a data change", PG)
                .file("002_div.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nUPDATE users SET id = id / 0;\n")
                .expect("002_div.sql:2:1"));
        // on MariaDB, whose DDL commits itself, the first file stays applied, as documented (README, "Transactions")
        m.add(mistake("a failure in the second of two new files", Set.of(Dialect.SQLITE, Dialect.POSTGRESQL))
                .file("002_ok.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n")
                .file("003_bad.sql", "INSERT INTO users (id, nickname) VALUES (1, 'dup');\n")
                .expect("003_bad.sql:1:1"));
        m.add(mistake("a CALL of a procedure that does not exist", SERVERS)
                .file("002_call.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nCALL nope();\n")
                .expect("002_call.sql:2:1"));
        // --- files and folder -------------------------------------------------------------------------------------
        m.add(mistake("a file numbered 0", ALL)
                .file("000_init.sql", "CREATE TABLE a (id INTEGER);\n")
                .expect("000_init.sql", "version 0"));
        m.add(mistake("two files with one version", ALL)
                .file("002_a.sql", "CREATE TABLE a (id INTEGER);\n").file("002_b.sql", "CREATE TABLE b (id INTEGER);\n")
                .expect("002_a.sql", "002_b.sql"));
        m.add(mistake("a stray upper-case extension", ALL)
                .file("002_a.SQL", "CREATE TABLE a (id INTEGER);\n")
                .expect("002_a.SQL", "not a migration file name", "README.md, is ignored"));
        m.add(mistake("a backup copy left in the folder", ALL)
                .file("001_base.sql.bak", BASE)
                .expect("001_base.sql.bak", "not a migration file name"));
        m.add(mistake("a file without a version", ALL)
                .file("add_tags.sql", "CREATE TABLE tags (id INTEGER);\n")
                .expect("add_tags.sql", "not a migration file name"));
        m.add(mistake("a Latin-1 file", ALL)
                .setup(p -> Files.write(p.folder.resolve("002_cafe.sql"), "INSERT INTO users (id, nickname) VALUES (3, 'café');\n".getBytes(StandardCharsets.ISO_8859_1)))
                .expect("002_cafe.sql:1:", "not UTF-8", "0xE9", "save it as UTF-8"));
        m.add(mistake("missing semicolon before an INSERT", ALL)
                .file("002_two.sql", "CREATE TABLE a (id INTEGER)\n  INSERT INTO a VALUES (1);\n")
                .expect("002_two.sql:2:3", "add the missing ;"));
        m.add(mistake("a down part that does not read", ALL)
                .file("002_down.sql", "CREATE TABLE a (id INTEGER);\n-- migrate:down\nDROP TABLE 'a;\n")
                .expect("002_down.sql:3:"));
        m.add(mistake("the migrations folder does not exist", ALL)
                .setup(p -> p.folderOverride = p.root.resolve("migratoins"))
                .expect("migratoins"));
        // --- history that does not fit the files --------------------------------------------------------------------
        m.add(mistake("an applied file edited", ALL)
                .setup(p -> {
                    p.write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
                    p.upgrade();
                    p.write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(10));\n");
                })
                .expect("002_tags.sql", "edited"));
        m.add(mistake("an applied file deleted, then upgrade", ALL)
                .setup(p -> {
                    p.write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
                    p.upgrade();
                    Files.delete(p.folder.resolve("002_tags.sql"));
                    p.write("003_more.sql", "CREATE TABLE more (id INTEGER);\n");
                })
                .expect("2", "missing"));
        m.add(mistake("a new file numbered below the applied ones", ALL)
                .setup(p -> {
                    p.write("003_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
                    p.upgrade();
                    p.write("002_late.sql", "CREATE TABLE late (id INTEGER);\n");
                })
                .expect("002_late.sql", "older than the applied version", "db.outOfOrder"));
        m.add(mistake("a downgrade past an irreversible data change", ALL)
                .setup(p -> {
                    p.write("002_lower.sql", "UPDATE users SET email = lower(email);\n");
                    p.upgrade();
                })
                .run(Run.DOWNGRADE)
                .expect("002_lower.sql:1:1", "-- migrate:down", "db.skipDownOf"));
        m.add(mistake("a written down part that fails", ALL)
                .setup(p -> {
                    p.write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n-- migrate:down\nDROP TABLE tagz;\n");
                    p.upgrade();
                })
                .run(Run.DOWNGRADE)
                .expect("002_tags.sql", "tagz"));
        m.add(mistake("an upgrade to a version no file has", ALL)
                .file("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n")
                .run(Run.UPGRADE_TO_99)
                .expect("99"));
        m.add(mistake("a downgrade to a version above the current one", ALL)
                .run(Run.DOWNGRADE_TO_5)
                .expect("5"));
        m.add(mistake("a baseline of a version no file has", ALL)
                .run(Run.BASELINE_7)
                .expect("7"));
        m.add(mistake("a baseline of a database that has history", ALL)
                .run(Run.BASELINE_1)
                .expect("history"));
        m.add(mistake("drift: a column added by hand, then upgrade", ALL)
                .setup(p -> {
                    p.execute("ALTER TABLE users ADD COLUMN by_hand INTEGER");
                    p.write("002_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
                })
                .expect("by_hand", "db:diff"));
        m.add(mistake("drift: a table dropped by hand, then validate", ALL)
                .setup(p -> p.execute("DROP VIEW post_bodies"))
                .run(Run.VALIDATE)
                .expect("post_bodies"));
        return m;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Mistake m : mistakes()) {
            for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRESQL, Dialect.MARIADB)) {
                if (m.engines().contains(d)) out.add(Arguments.of(d, m.name(), m));
            }
        }
        return out.stream();
    }

    @TempDir
    Path dir;
    LiveDatabase live;

    @BeforeAll
    static void aMariaDbUserWithAPassword() throws SQLException {
        try (LiveDatabase any = LiveDatabase.mariadb(); Statement s = any.connection().createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + MARIADB_USER + "'@'%' IDENTIFIED BY '" + SECRET + "'");
            s.execute("CREATE USER IF NOT EXISTS '" + MARIADB_USER + "'@'localhost' IDENTIFIED BY '" + SECRET + "'");
            s.execute("GRANT ALL ON *.* TO '" + MARIADB_USER + "'@'%'");
            s.execute("GRANT ALL ON *.* TO '" + MARIADB_USER + "'@'localhost'");
        } catch (org.opentest4j.TestAbortedException skipped) {
            // no MariaDB here: its cases skip on their own
        }
    }

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theMistakeIsNamedAndTheDatabaseIsAsBefore(Dialect dialect, String name, Mistake mistake) throws Exception {
        if (dialect != Dialect.SQLITE) live = LiveDatabase.of(dialect);
        Project p = new Project(dir, live);
        p.write("001_base.sql", BASE);
        p.upgrade();
        mistake.setup().on(p);
        for (String[] f : mistake.files()) p.write(f[0], f[1]);
        State before = p.state();

        RuntimeException refused = null;
        try {
            p.run(mistake.run());
        } catch (RuntimeException e) {
            refused = e;
        }
        if (refused == null) fail("not refused; the log:\n" + String.join("\n", p.log));
        String message = refused.getMessage();
        for (String part : mistake.expected()) assertTrue(message.contains(part), "the message lacks «" + part + "»:\n" + message);
        assertTrue(refused instanceof dev.cairn.sql.CairnProblem || refused instanceof IllegalArgumentException,
                "a user's mistake, not a crash: " + refused.getClass().getName() + ": " + message);
        assertTrue(saysWhatToDo(message), "the message says what to do:\n" + message);
        String everything = message + "\n" + String.join("\n", p.log);
        assertFalse(everything.contains(SECRET), "the password shows:\n" + everything);
        State after = p.state();
        assertEquals(before.catalog(), after.catalog(), "the catalog changed");
        assertEquals(before.history(), after.history(), "the history changed");
        assertEquals(before.rows(), after.rows(), "the data changed");
        // the backups: every earlier copy as it was; at most one new copy, of the version the database was at (a backup
        // is taken before migrations are applied, and none while the file is unchanged since the newest copy)
        for (var b : before.backups().entrySet()) assertEquals(b.getValue(), after.backups().get(b.getKey()), "backup " + b.getKey() + " changed");
        List<String> added = after.backups().keySet().stream().filter(k -> !before.backups().containsKey(k)).toList();
        assertTrue(added.size() <= 1 && added.stream().allMatch(k -> k.matches("app\\.db\\..*\\.v\\d+\\.backup")), "files left beside the database: " + added);
    }

    /** A message says what to do when it holds an instruction or names the setting, goal or part to change. */
    static boolean saysWhatToDo(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        int engine = m.indexOf("the database refused the statement:");
        if (engine >= 0) m = m.substring(0, engine) + m.substring(m.lastIndexOf("\n    ")); // the engine's own words do not count
        return Stream.of("check ", "write ", "add ", "remove ", "rename ", "use ", "save ", "create ", "give ", "quote", "correct", "fix ",
                "drop ", "restore", "run ", "db:", "db.", "put ", "set ", "change ", "delete ", "move ", "make ", "choose", "either", "instead",
                "configure", "did you mean", "-- migrate:down", "expected", "name it", "give ", "allow ").anyMatch(m::contains);
    }

    record State(String catalog, String history, String rows, TreeMap<String, String> backups) {
    }

    /** A migrations folder and a database (a SQLite file, or a live namespace) the cases play on. */
    static final class Project {
        final Path root;
        final Path folder;
        final LiveDatabase live;
        final List<String> log = new ArrayList<>();
        Path folderOverride;

        Project(Path root, LiveDatabase live) throws Exception {
            this.root = root;
            this.folder = Files.createDirectories(root.resolve("migrations"));
            this.live = live;
        }

        Dialect dialect() {
            return live == null ? Dialect.SQLITE : live.dialect();
        }

        String url() {
            if (live == null) return "jdbc:sqlite:" + root.resolve("app.db");
            return live.dialect() == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL + "?currentSchema=" + live.namespace()
                    : LiveDatabase.MARIADB_URL + live.namespace();
        }

        String user() {
            return live == null ? null : live.dialect() == Dialect.POSTGRESQL ? "postgres" : MARIADB_USER;
        }

        void write(String name, String text) throws Exception {
            Files.writeString(folder.resolve(name), text);
        }

        Migrator migrator() {
            Path f = folderOverride != null ? folderOverride : folder;
            return Migrator.configure().dialect(dialect()).url(url()).user(user()).password(SECRET).migrationsIn(f)
                    .backups(true, 3).lockTimeout(Duration.ofSeconds(20)).log(log::add).build();
        }

        void upgrade() {
            migrator().upgrade(null, false);
        }

        void run(Run run) {
            Migrator m = migrator();
            switch (run) {
                case UPGRADE -> m.upgrade(null, false);
                case DOWNGRADE -> m.downgrade(null, false);
                case STATUS -> m.status();
                case VALIDATE -> m.validate();
                case UPGRADE_TO_99 -> m.upgrade(99L, false);
                case DOWNGRADE_TO_5 -> m.downgrade(5L, false);
                case BASELINE_7 -> m.baseline(7);
                case BASELINE_1 -> m.baseline(1);
            }
        }

        Connection connect() throws SQLException {
            return live == null ? DriverManager.getConnection(url()) : live.connection();
        }

        void execute(String sql) throws SQLException {
            Connection c = connect();
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } finally {
                if (live == null) c.close();
            }
        }

        State state() throws Exception {
            Connection c = connect();
            try {
                String catalog = CatalogSnapshot.of(dialect(), c, live == null ? null : live.namespace()).text();
                String history = table(c, "SELECT * FROM cairn_history ORDER BY version");
                String rows = table(c, "SELECT * FROM users ORDER BY id") + table(c, "SELECT * FROM posts ORDER BY id");
                TreeMap<String, String> backups = new TreeMap<>();
                if (live == null) {
                    try (Stream<Path> files = Files.list(root)) {
                        for (Path f : files.filter(f -> !f.getFileName().toString().equals("app.db")).toList()) {
                            if (Files.isRegularFile(f)) backups.put(f.getFileName().toString(), HexFormat.of().formatHex(
                                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                        }
                    }
                }
                return new State(catalog, history, rows, backups);
            } finally {
                if (live == null) c.close();
            }
        }

        private static String table(Connection c, String sql) throws SQLException {
            StringBuilder b = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                ResultSetMetaData md = r.getMetaData();
                while (r.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) b.append(md.getColumnLabel(i)).append('=').append(r.getString(i)).append(' ');
                    b.append('\n');
                }
            }
            return b.toString();
        }
    }
}
