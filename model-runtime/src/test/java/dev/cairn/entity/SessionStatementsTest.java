package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.entity.sample.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionStatementsTest {

    private static SessionStatements statements(Dialect dialect) {
        return new SessionStatements(new SqlNames(dialect), Engines.of(dialect).entitySql());
    }

    @Test
    void anInsertOfNoColumnsLeavesEveryOneToTheDatabase() {
        assertEquals("INSERT INTO tags DEFAULT VALUES", statements(Dialect.SQLITE).insert(Tag.META, List.of()));
        assertEquals("INSERT INTO tags DEFAULT VALUES", statements(Dialect.POSTGRESQL).insert(Tag.META, List.of()));
        assertEquals("INSERT INTO tags () VALUES ()", statements(Dialect.MYSQL).insert(Tag.META, List.of()));
        assertEquals("INSERT INTO tags () VALUES ()", statements(Dialect.MARIADB).insert(Tag.META, List.of()));
    }

    @Test
    void valuesAreAlwaysPlaceholders() {
        SessionStatements sqlite = statements(Dialect.SQLITE);
        assertEquals("INSERT INTO tags (name) VALUES (?)", sqlite.insert(Tag.META, List.of(Tag.NAME)));
        assertEquals("UPDATE tags SET name = ? WHERE id = ?", sqlite.update(Tag.META, List.of(Tag.NAME), List.of(Tag.ID)));
        assertEquals("SELECT id, name FROM tags WHERE name = ? ORDER BY name DESC LIMIT ?",
                sqlite.select(Tag.META, List.of(Tag.NAME.eq("go")), List.of(Tag.NAME.desc()), true));
    }
}
