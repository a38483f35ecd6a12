package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.cairn.sql.Splits.at;
import static dev.cairn.sql.Splits.split;
import static dev.cairn.sql.Splits.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trigger and routine bodies, MySQL DELIMITER, and realistic files. */
class StatementSplitterBlocksTest {
    // ---- BEGIN … END bodies

    @Test
    void sqliteTriggerWithCaseInsideItsBody() {
        String sql = """
                CREATE TRIGGER orders_status AFTER UPDATE OF status ON orders
                FOR EACH ROW WHEN new.status <> old.status
                BEGIN
                  UPDATE orders SET label = CASE new.status WHEN 1 THEN 'open; new' WHEN 2 THEN 'closed' ELSE 'unknown' END
                   WHERE id = new.id;
                  INSERT INTO audit(begin, "end", note) VALUES (new.begin, old.end, 'END;');
                  SELECT CASE WHEN new.status < 0 THEN RAISE(ABORT, 'negative; status') END;
                END;
                BEGIN TRANSACTION;
                CREATE TABLE c (z INT);
                COMMIT;
                """;
        var out = split(Dialect.SQLITE, sql);
        assertEquals(4, out.size(), texts(out).toString());
        assertEquals(new SourcePosition("f.sql", 1, 1), out.get(0).position());
        assertTrue(out.get(0).sql().startsWith("CREATE TRIGGER orders_status"));
        assertTrue(out.get(0).sql().endsWith("RAISE(ABORT, 'negative; status') END;\nEND"), out.get(0).sql());
        assertEquals(List.of(at(9, 1, "BEGIN TRANSACTION"), at(10, 1, "CREATE TABLE c (z INT)"), at(11, 1, "COMMIT")),
                out.subList(1, 4));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPlainBeginStatementOpensNoBlock(Dialect d) {
        var out = split(d, "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nBEGIN TRANSACTION;\nSELECT 1;\nEND;\nBEGIN WORK;\nSELECT 2;");
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT", "BEGIN TRANSACTION", "SELECT 1", "END", "BEGIN WORK", "SELECT 2"),
                texts(out));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void beginInStringsCommentsAndIdentifiersOpensNoBlock(Dialect d) {
        String q = (d == Dialect.MYSQL || d == Dialect.MARIADB) ? "`" : "\"";
        String sql = "CREATE TABLE spans (begin INT, " + q + "end" + q + " INT);\n"
                + "INSERT INTO spans VALUES ('BEGIN', 1); -- BEGIN\n"
                + "CREATE TRIGGER begin_x AFTER INSERT ON spans FOR EACH ROW /* BEGIN */ DELETE FROM spans WHERE spans.begin = 0;\n"
                + "SELECT s.begin FROM spans s;";
        assertEquals(List.of(
                at(1, 1, "CREATE TABLE spans (begin INT, " + q + "end" + q + " INT)"),
                at(2, 1, "INSERT INTO spans VALUES ('BEGIN', 1)"),
                at(3, 1, "CREATE TRIGGER begin_x AFTER INSERT ON spans FOR EACH ROW /* BEGIN */ DELETE FROM spans WHERE spans.begin = 0"),
                at(4, 1, "SELECT s.begin FROM spans s")), split(d, sql));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void mysqlRoutinesWithNestedBlocksNeedNoDelimiter(Dialect d) {
        String procedure = """
                CREATE DEFINER=`root`@`localhost` PROCEDURE fill(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
                  DECLARE CONTINUE HANDLER FOR SQLSTATE '23000' BEGIN SET @dup = 1; END;
                  DROP TEMPORARY TABLE IF EXISTS tmp;
                  IF n < 0 THEN SET n = 0; ELSEIF n > 100 THEN SET n = IF(n > 1000, 1000, 100); END IF;
                  IF (n = 0) THEN LEAVE fill; END IF;
                  fill_loop: LOOP
                    SET i = i + 1;
                    IF i > n THEN LEAVE fill_loop; END IF;
                    CASE WHEN i % 2 = 0 THEN INSERT INTO t VALUES (i, 'even;'); ELSE BEGIN INSERT INTO t VALUES (i, 'odd'); END; END CASE;
                  END LOOP fill_loop;
                  WHILE i > 0 DO SET i = i - 1; END WHILE;
                  REPEAT SET i = i + 1; SELECT REPEAT('x;', 2); UNTIL i >= 3 END REPEAT;
                  SELECT CASE i WHEN 3 THEN 'three' ELSE 'other' END AS label;
                END;
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC
                BEGIN
                  RETURN x * 2;
                END;
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = 0; END IF; END;
                CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END IF;
                CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t WHERE a < 0; END;
                SELECT 1;
                """;
        var out = split(d, procedure);
        assertEquals(6, out.size(), texts(out).toString());
        assertTrue(out.get(0).sql().endsWith("ELSE 'other' END AS label;\nEND"), out.get(0).sql());
        assertEquals(at(18, 1, "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC\nBEGIN\n  RETURN x * 2;\nEND"), out.get(1));
        assertEquals(at(22, 1, "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = 0; END IF; END"), out.get(2));
        assertEquals(at(23, 1, "CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END IF"), out.get(3));
        assertEquals(at(24, 1, "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t WHERE a < 0; END"), out.get(4));
        assertEquals(at(25, 1, "SELECT 1"), out.get(5));
    }

    @Test
    void sqliteColumnsNamedBeginAndEndInATrigger() {
        String trigger = """
                CREATE TRIGGER spans_fix AFTER UPDATE OF begin ON spans
                BEGIN
                  UPDATE spans SET end = begin + 1 WHERE begin > 0 AND end < begin;
                  SELECT CASE WHEN new.end > 0 THEN end END FROM spans;
                END""";
        assertEquals(List.of(at(1, 1, trigger), at(6, 1, "SELECT 1")), split(Dialect.SQLITE, trigger + ";\nSELECT 1;"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void mysqlParametersAndColumnsNamedBegin(Dialect d) {
        String procedure = """
                CREATE PROCEDURE p(IN begin INT)
                BEGIN
                  DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN END;
                  SELECT begin, t.end FROM spans t WHERE begin > 0;
                END""";
        assertEquals(List.of(at(1, 1, procedure), at(6, 1, "SELECT 1")), split(d, procedure + ";\nSELECT 1;"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void ifAndRepeatFunctionsWhereAStatementCouldStartOpenNoBlock(Dialect d) {
        String sql = "CREATE FUNCTION f(a INT) RETURNS TEXT\nBEGIN\n"
                + "  RETURN CASE WHEN a > 0 THEN IF(a > 9, 'big', 'small') ELSE REPEAT('-;', 2) END;\nEND;\nSELECT f(1);";
        var out = split(d, sql);
        assertEquals(List.of(at(1, 1, sql.substring(0, sql.indexOf("END;\nSELECT") + 3)), at(5, 1, "SELECT f(1)")), out);
    }

    @Test
    void mariadbAnonymousBlock() {
        var out = split(Dialect.MARIADB, "BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 0;\n  SET x = 1;\nEND;\nSELECT 1;");
        assertEquals(List.of(at(1, 1, "BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 0;\n  SET x = 1;\nEND"), at(5, 1, "SELECT 1")), out);
    }

    @Test
    void postgresSqlStandardFunctionBody() {
        var out = split(Dialect.POSTGRESQL, "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + b;\n  SELECT CASE WHEN a > 0 THEN 1 END;\nEND;\nBEGIN;\nCOMMIT;");
        assertEquals(List.of(
                at(1, 1, "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + b;\n  SELECT CASE WHEN a > 0 THEN 1 END;\nEND"),
                at(6, 1, "BEGIN"),
                at(7, 1, "COMMIT")), out);
    }

    @Test
    void aRoutineNamedBeginIsNoBody() {
        var out = split(Dialect.MYSQL, "CREATE PROCEDURE begin() SELECT 1;\nCALL begin();");
        assertEquals(List.of(at(1, 1, "CREATE PROCEDURE begin() SELECT 1"), at(2, 1, "CALL begin()")), out);
    }

    // ---- MySQL DELIMITER

    @Test
    void delimiterLinesSwitchTheTerminatorAndAreNoStatements() {
        String sql = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  IF 1 = 1 THEN SELECT 'x;//'; END IF;
                END //
                  CREATE TABLE a (x INT) //
                DELIMITER ;
                # a comment; here
                CREATE TABLE `t;` (a INT);
                """;
        assertEquals(List.of(
                at(2, 1, "CREATE PROCEDURE p()\nBEGIN\n  IF 1 = 1 THEN SELECT 'x;//'; END IF;\nEND"),
                at(6, 3, "CREATE TABLE a (x INT)"),
                at(9, 1, "CREATE TABLE `t;` (a INT)")), split(Dialect.MYSQL, sql));
    }

    @Test
    void anyDelimiterWorksEvenRightAfterAWord() {
        String sql = "delimiter $$\r\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\r\nBEGIN\r\n  SET NEW.a = 1;\r\nEND$$\r\n"
                + "DELIMITER ;;\r\nSELECT 1;;\r\nDelimiter ;\r\nSELECT 2;";
        assertEquals(List.of(
                at(2, 1, "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\r\nBEGIN\r\n  SET NEW.a = 1;\r\nEND"),
                at(7, 1, "SELECT 1"),
                at(9, 1, "SELECT 2")), split(Dialect.MARIADB, sql));
    }

    @Test
    void theLastStatementUnderACustomDelimiterMayLackIt() {
        assertEquals(List.of(at(2, 1, "SELECT 1; SELECT 2")), split(Dialect.MYSQL, "DELIMITER //\nSELECT 1; SELECT 2\n"));
    }

    @Test
    void delimiterWithoutAValueIsAProblem() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> split(Dialect.MYSQL, "SELECT 1;\n  DELIMITER\nSELECT 2;"));
        assertEquals(new SourcePosition("f.sql", 2, 3), p.position());
        assertTrue(p.hint().contains("DELIMITER //"), p.hint());
    }

    // ---- realistic files

    @Test
    void postgresFunctionWithDollarBody() {
        String sql = """
                -- keep updated_at fresh
                CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger
                    LANGUAGE plpgsql
                AS $function$
                DECLARE
                    note text := 'changed; again';  -- a comment; with a semicolon
                BEGIN
                    /* nested /* comment */ with ; */
                    IF NEW.updated_at IS NULL THEN
                        NEW.updated_at := now();
                    END IF;
                    RAISE NOTICE 'row % of %: $$', NEW.id, TG_TABLE_NAME;
                    RETURN NEW;
                END;
                $function$;

                CREATE TRIGGER users_touch BEFORE UPDATE ON users
                    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
                COMMENT ON FUNCTION touch_updated_at() IS 'Sets updated_at; see trigger';
                """;
        var out = split(Dialect.POSTGRESQL, sql);
        assertEquals(3, out.size(), texts(out).toString());
        assertEquals(new SourcePosition("f.sql", 2, 1), out.get(0).position());
        assertTrue(out.get(0).sql().startsWith("CREATE OR REPLACE FUNCTION touch_updated_at()"));
        assertTrue(out.get(0).sql().endsWith("    RETURN NEW;\nEND;\n$function$"), out.get(0).sql());
        assertEquals(at(17, 1, "CREATE TRIGGER users_touch BEFORE UPDATE ON users\n    FOR EACH ROW EXECUTE FUNCTION touch_updated_at()"), out.get(1));
        assertEquals(at(19, 1, "COMMENT ON FUNCTION touch_updated_at() IS 'Sets updated_at; see trigger'"), out.get(2));
    }

    @Test
    void mysqlDumpStyleFile() {
        String sql = """
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                DROP TABLE IF EXISTS `users`;
                CREATE TABLE `users` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `bio` text COMMENT 'it\\'s; fine',
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB /*!40101 DEFAULT CHARSET=utf8mb4 */;
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER `users_bi` BEFORE INSERT ON `users` FOR EACH ROW BEGIN
                  SET NEW.bio = COALESCE(NEW.bio, '');
                END */;;
                DELIMITER ;
                -- Dump completed
                """;
        var out = split(Dialect.MYSQL, sql);
        assertEquals(4, out.size(), texts(out).toString());
        assertEquals(at(1, 1, "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */"), out.get(0));
        assertEquals(at(2, 1, "DROP TABLE IF EXISTS `users`"), out.get(1));
        assertTrue(out.get(2).sql().endsWith("ENGINE=InnoDB /*!40101 DEFAULT CHARSET=utf8mb4 */"));
        assertEquals(new SourcePosition("f.sql", 9, 1), out.get(3).position());
        assertTrue(out.get(3).sql().endsWith("END */"), out.get(3).sql());
    }
}
