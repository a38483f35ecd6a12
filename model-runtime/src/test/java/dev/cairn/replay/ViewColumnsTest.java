package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.View;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The column names a view gets, as each engine names them (PostgreSQL 15: a function's or cast type's name, else
 * {@code ?column?}; SQLite 3.40 and MariaDB 10.11: the expression as written), and the views an engine refuses because
 * they read what does not exist.
 */
class ViewColumnsTest {
    private static final String TABLES = """
            CREATE TABLE a (id INT, name TEXT);
            CREATE TABLE b (id INT, a_id INT, note TEXT);
            """;

    private static List<String> columns(Dialect d, String view) {
        return replay(d, TABLES + view).view("v").map(View::columns).orElseThrow();
    }

    @Test
    void postgresNamesExpressionsByFunctionCastOrNotAtAll() {
        assertEquals(List.of("upper", "text", "?column?", "name"),
                columns(Dialect.POSTGRESQL, "CREATE VIEW v AS SELECT upper(name), CAST(id AS TEXT), id + 1, a.name FROM a;"));
    }

    @Test
    void sqliteAndMariaDbNameExpressionsAsWritten() {
        assertEquals(List.of("upper(name)", "id + 1"), columns(Dialect.SQLITE, "CREATE VIEW v AS SELECT upper(name), id + 1 FROM a;"));
        assertEquals(List.of("upper(name)", "id + 1"), columns(Dialect.MARIADB, "CREATE VIEW v AS SELECT upper(name), id + 1 FROM a;"));
    }

    @Test
    void starsExpandOverTablesAliasesJoinsAndSubqueries() {
        assertEquals(List.of("id", "name", "id", "a_id", "note"),
                columns(Dialect.SQLITE, "CREATE VIEW v AS SELECT * FROM a JOIN b ON b.a_id = a.id;"));
        assertEquals(List.of("id", "a_id", "note", "name"),
                columns(Dialect.SQLITE, "CREATE VIEW v AS SELECT y.*, x.name FROM a x JOIN b y ON y.a_id = x.id;"));
        assertEquals(List.of("id", "name"), columns(Dialect.SQLITE, "CREATE VIEW v AS SELECT a.* FROM a;"));
        assertEquals(List.of("n"), columns(Dialect.SQLITE, "CREATE VIEW v AS SELECT * FROM (SELECT name AS n FROM a) s;"));
        assertEquals(List.of("id", "name"), replay(Dialect.SQLITE, TABLES + "CREATE VIEW w AS SELECT * FROM a;\nCREATE VIEW v AS SELECT * FROM w;")
                .view("v").orElseThrow().columns());
        refused(Dialect.SQLITE, TABLES + "CREATE VIEW v AS SELECT c.* FROM a;", 3, 18, "the view selects c.* but c is not in its FROM");
    }

    @Test
    void unionsWithAndParenthesesTakeTheFirstSelectsNames() {
        assertEquals(List.of("id"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS SELECT id FROM a UNION SELECT a_id FROM b;"));
        assertEquals(List.of("k"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS WITH w AS (SELECT id AS k FROM a) SELECT k FROM w;"));
        assertEquals(List.of("id"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS (SELECT id FROM a);"));
    }

    @Test
    void referencesTakeTheDeclaredSpellingWhereTheEngineDoes() {
        String t = "CREATE TABLE c (Id INT, Note TEXT);\n";
        assertEquals(List.of("Id", "Note"), replay(Dialect.SQLITE, t + "CREATE VIEW v AS SELECT ID, c.NOTE FROM c;").view("v").orElseThrow().columns());
        assertEquals(List.of("ID", "NOTE"), replay(Dialect.MARIADB, t + "CREATE VIEW v AS SELECT ID, c.NOTE FROM c;").view("v").orElseThrow().columns());
        assertEquals(List.of("rowid", "Id"), replay(Dialect.SQLITE, t + "CREATE VIEW v AS SELECT rowid, x.id FROM c x;").view("v").orElseThrow().columns());
    }

    @Test
    void aViewOfWhatDoesNotExistIsRefused() {
        refused(Dialect.POSTGRESQL, TABLES + "CREATE VIEW v AS SELECT id FROM nope;", 3, 33, "the view reads nope, which does not exist");
        refused(Dialect.POSTGRESQL, TABLES + "CREATE VIEW v AS SELECT nope FROM a;", 3, 25,
                "the view selects column nope, which a does not have (its columns: id, name)");
        refused(Dialect.POSTGRESQL, TABLES + "CREATE VIEW v AS SELECT x.nope FROM a x JOIN b ON b.a_id = x.id;", 3, 25,
                "the view selects column nope, which a does not have (its columns: id, name)");
        refused(Dialect.POSTGRESQL, TABLES + "CREATE VIEW v AS SELECT nope FROM a JOIN b ON b.a_id = a.id;", 3, 25,
                "the view selects column nope, which its tables does not have (its columns: id, name, id, a_id, note)");
        // a name of the WITH, a qualified table or a subquery is not checked against the model
        assertEquals(List.of("nope"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS WITH w AS (SELECT id FROM a) SELECT nope FROM w;"));
        assertEquals(List.of("z"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS SELECT z FROM (SELECT id AS z FROM a) s;"));
        assertEquals(List.of("id", "current_user"), columns(Dialect.POSTGRESQL, "CREATE VIEW v AS SELECT id, current_user FROM a;"));
    }
}
