package dev.cairn.maven;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's {@code db.dialect} that is a Hibernate dialect class is read as its engine; any other stranger is ignored with a warning. */
class DialectSettingTest {
    final List<String> info = new ArrayList<>();
    final List<String> warn = new ArrayList<>();

    Optional<Dialect> read(String value) {
        return DialectSetting.read(value, info::add, warn::add);
    }

    @Test
    void cairnNamesAreReadSilently() {
        assertEquals(Optional.of(Dialect.POSTGRESQL), read("postgres"));
        assertEquals(Optional.of(Dialect.SQLITE), read("sqlite"));
        assertEquals(Optional.empty(), read(" "));
        assertTrue(info.isEmpty() && warn.isEmpty());
    }

    @Test
    void hibernateDialectClassesAreReadAsTheirEngineWithAnInfoLine() {
        for (String pg : List.of("org.hibernate.dialect.PostgreSQLDialect", "org.hibernate.dialect.PostgreSQL10Dialect", "PostgreSQL95Dialect",
                "org.hibernate.dialect.PostgresPlusDialect")) {
            assertEquals(Optional.of(Dialect.POSTGRESQL), read(pg), pg);
        }
        for (String my : List.of("org.hibernate.dialect.MySQLDialect", "org.hibernate.dialect.MySQL8Dialect", "MySQL57Dialect", "MySQL5InnoDBDialect")) {
            assertEquals(Optional.of(Dialect.MYSQL), read(my), my);
        }
        for (String maria : List.of("org.hibernate.dialect.MariaDBDialect", "org.hibernate.dialect.MariaDB103Dialect", "MariaDB53Dialect")) {
            assertEquals(Optional.of(Dialect.MARIADB), read(maria), maria);
        }
        for (String sqlite : List.of("org.hibernate.community.dialect.SQLiteDialect", "org.sqlite.hibernate.dialect.SQLiteDialect")) {
            assertEquals(Optional.of(Dialect.SQLITE), read(sqlite), sqlite);
        }
        assertEquals("db.dialect=org.hibernate.dialect.MariaDB103Dialect is a Hibernate dialect class; Cairn reads it as mariadb", info.get(9));
        assertTrue(warn.isEmpty(), warn.toString());
    }

    @Test
    void anyOtherValueIsIgnoredWithAWarning() {
        for (String other : List.of("org.hibernate.dialect.OracleDialect", "H2Dialect", "oracle")) assertEquals(Optional.empty(), read(other), other);
        assertEquals("db.dialect=H2Dialect is not a Cairn dialect (sqlite, postgresql, mysql, mariadb) nor a Hibernate dialect class; it is"
                + " ignored and the dialect comes from db.url", warn.get(1));
        assertEquals(3, warn.size());
    }
}
