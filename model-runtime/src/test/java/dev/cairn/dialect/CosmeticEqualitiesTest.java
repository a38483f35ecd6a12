package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 14, item 10 on MySQL/MariaDB and SQLite: spellings that are the same schema — an integer's display width
 * ({@code int(11)} and {@code int}), an explicit {@code DEFAULT NULL} and none, white space and redundant parentheses
 * in a default — replay to one model, and after an upgrade validate is clean and db:schema gives the same catalog.
 */
class CosmeticEqualitiesTest {

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    static Stream<Arguments> sameSchemas() {
        return Stream.of(
                arguments(Dialect.MARIADB,
                        "CREATE TABLE t (id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, a BIGINT(20) UNSIGNED DEFAULT NULL, b SMALLINT(6) DEFAULT  ( 1 +  2 ), "
                                + "c VARCHAR(10) DEFAULT NULL, d DATETIME DEFAULT   CURRENT_TIMESTAMP(), e MEDIUMINT(9) DEFAULT -1, f INT DEFAULT (NULL), g TINYINT(4) DEFAULT '0', "
                                + "h DECIMAL(5,2) DEFAULT 1.50, i INT(10) UNSIGNED DEFAULT '7', j TIMESTAMP NULL DEFAULT now())",
                        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a BIGINT UNSIGNED, b SMALLINT DEFAULT (1+2), "
                                + "c VARCHAR(10), d DATETIME DEFAULT CURRENT_TIMESTAMP, e MEDIUMINT DEFAULT -1, f INT, g TINYINT DEFAULT 0, "
                                + "h DECIMAL(5,2) DEFAULT 1.5, i INT UNSIGNED DEFAULT 7, j TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP)"),
                arguments(Dialect.MYSQL,
                        "CREATE TABLE t (id INT(11) PRIMARY KEY, a BIGINT(20) DEFAULT NULL, b INT DEFAULT  ( 1 +  2 ))",
                        "CREATE TABLE t (id INT PRIMARY KEY, a BIGINT, b INT DEFAULT (1+2))"),
                arguments(Dialect.SQLITE,
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT DEFAULT NULL, b TEXT DEFAULT   'x', c INTEGER DEFAULT ( 1  +  2 ), d TEXT DEFAULT (datetime( 'now' )), e INT DEFAULT (NULL), f INT(11) DEFAULT (-1))",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b TEXT DEFAULT 'x', c INTEGER DEFAULT (1+2), d TEXT DEFAULT (datetime('now')), e INT, f INT DEFAULT -1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameSchemas")
    void replayGivesOneModel(Dialect dialect, String written, String plain) {
        SchemaDifferences diff = SchemaDifferences.between(replay(dialect, plain), replay(dialect, written));
        assertTrue(diff.isEmpty(), diff::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameSchemas")
    void upgradeThenValidateIsCleanAndDbSchemaGivesTheSameCatalog(Dialect dialect, String written, String plain) throws SQLException {
        if (dialect == Dialect.MYSQL) return; // the MySQL-family server here is MariaDB
        SchemaInvariants.assertBoth(dialect, SchemaInvariants.single("cosmetic", written + ";\nALTER TABLE t ADD COLUMN z INT(11) DEFAULT NULL;\n"));
    }
}
