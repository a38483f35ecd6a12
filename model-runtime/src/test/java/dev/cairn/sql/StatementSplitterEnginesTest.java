package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statements cut out of tricky files run one by one on the real engines and do what the file says. */
class StatementSplitterEnginesTest {

    @Test
    void sqlite() throws SQLException {
        String file = """
                -- spans whose columns are named like keywords
                CREATE TABLE spans (id INTEGER PRIMARY KEY, begin INT, "end" INT, note TEXT);
                CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
                /* keeps end after begin; the body holds CASE … END and semicolons in strings */
                CREATE TRIGGER spans_fix AFTER INSERT ON spans
                BEGIN
                  UPDATE spans SET "end" = CASE WHEN new.begin >= new."end" THEN new.begin + 1 ELSE new."end" END
                   WHERE id = new.id;
                  INSERT INTO audit(what) VALUES ('fixed; ' || new.id);
                END;
                INSERT INTO spans(begin, "end", note) VALUES (5, 1, 'it''s; odd'), (1, 9, '[x;]');
                BEGIN TRANSACTION;
                INSERT INTO [audit] (`what`) VALUES ('manual;');
                COMMIT;
                -- done""";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            for (SqlStatement s : new StatementSplitter(Engines.of(Dialect.SQLITE).syntax()).split("s.sql", file)) st.execute(s.sql());
            assertEquals(List.of("6|it's; odd", "9|[x;]"), rows(c, "SELECT \"end\" || '|' || note FROM spans ORDER BY id"));
            assertEquals(List.of("fixed; 1", "fixed; 2", "manual;"), rows(c, "SELECT what FROM audit ORDER BY id"));
        }
    }

    @Test
    void postgresql() throws SQLException {
        String file = """
                CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, updated_at timestamptz, note text);
                CREATE TABLE log (id serial, line text);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
                DECLARE
                  semi text := 'a;b';  -- comment; here
                BEGIN
                  /* nested /* comment; */ still a comment; */
                  NEW.updated_at := now();
                  INSERT INTO log(line) VALUES (E'touched\\t' || NEW.name || $$;$$);
                  RETURN NEW;
                END;
                $body$;
                CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE FUNCTION twice(a int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT a * 2;
                END;
                CREATE RULE log_delete AS ON DELETE TO users
                  DO ALSO (INSERT INTO log(line) VALUES ('deleted; ' || OLD.name); INSERT INTO log(line) VALUES ('again'));
                INSERT INTO users(name, note) VALUES ('ann', E'it\\'s; fine'), ('bob', 'C:\\');
                DELETE FROM users WHERE name <> 'ann'""";
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute(texts(Dialect.POSTGRESQL, file));
            assertEquals(List.of("touched\tann;", "touched\tbob;", "deleted; bob", "again"),
                    rows(db.connection(), "SELECT line FROM log ORDER BY id"));
            assertEquals(List.of("it's; fine"), rows(db.connection(), "SELECT note FROM users"));
            assertEquals(List.of("42"), rows(db.connection(), "SELECT twice(21)"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void mysqlFamily(Dialect dialect) throws SQLException {
        String file = """
                /*!40101 SET @saved_cs = @@character_set_client */;
                CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, a INT, label VARCHAR(20)) /*!50100 ENGINE=InnoDB */;
                # a comment; with a semicolon
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  IF NEW.a < 0 THEN SET NEW.a = 0; END IF;
                  SET NEW.label = CASE WHEN NEW.a > 9 THEN 'big;' ELSE IF(NEW.a = 0, 'zero', 'small') END;
                END;
                CREATE PROCEDURE fill(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN SET @failed = 1; END;
                  fill_loop: LOOP
                    SET i = i + 1;
                    IF i > n THEN LEAVE fill_loop; END IF;
                    INSERT INTO t(a) VALUES (i * 5 - 10);
                  END LOOP fill_loop;
                  WHILE i > 0 DO SET i = i - 1; END WHILE;
                END;
                DELIMITER //
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC
                BEGIN
                  RETURN x * 2;
                END //
                DELIMITER ;
                CALL fill(4);
                INSERT INTO t(a, label) VALUES (twice(-1), 'it\\'s; "x"');
                """;
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.execute(texts(dialect, file));
            assertEquals(List.of("0 zero", "0 zero", "5 small", "10 big;", "0 zero"),
                    rows(db.connection(), "SELECT CONCAT(a, ' ', label) FROM t ORDER BY id"));
        }
    }

    private static List<String> texts(Dialect dialect, String file) {
        return new StatementSplitter(Engines.of(dialect).syntax()).split("f.sql", file).stream().map(SqlStatement::sql).toList();
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
