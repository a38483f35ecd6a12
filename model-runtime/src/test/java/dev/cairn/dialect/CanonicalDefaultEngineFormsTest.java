package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each row: a column type, a literal default as a migration writes it, and what the engine reports for it (MariaDB
 * 10.11 COLUMN_DEFAULT, PostgreSQL 15 pg_get_expr, both checked on the live servers): both canonicalize alike.
 */
class CanonicalDefaultEngineFormsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            MARIADB    ¦ datetime     ¦ '2020-01-01'            ¦ '2020-01-01 00:00:00'
            MARIADB    ¦ datetime(3)  ¦ '2020-01-01'            ¦ '2020-01-01 00:00:00.000'
            MARIADB    ¦ datetime     ¦ '2020-01-01 10:00:00.5' ¦ '2020-01-01 10:00:00'
            MARIADB    ¦ timestamp    ¦ '2020-01-01 10:00'      ¦ '2020-01-01 10:00:00'
            MARIADB    ¦ time(2)      ¦ '10:00'                 ¦ '10:00:00.00'
            MARIADB    ¦ decimal(5,2) ¦ 1                       ¦ 1.00
            MARIADB    ¦ decimal(5,2) ¦ -1.5                    ¦ -1.50
            MARIADB    ¦ decimal(5,0) ¦ 1.4                     ¦ 1
            MARIADB    ¦ int          ¦ '5'                     ¦ 5
            MARIADB    ¦ int          ¦ 1.5                     ¦ 2
            MARIADB    ¦ boolean      ¦ TRUE                    ¦ 1
            MARIADB    ¦ tinyint(1)   ¦ '1'                     ¦ 1
            MARIADB    ¦ float        ¦ '1.5'                   ¦ 1.5
            MARIADB    ¦ double       ¦ 1e3                     ¦ 1000
            MARIADB    ¦ char(2)      ¦ 1                       ¦ '1'
            MARIADB    ¦ varchar(5)   ¦ 5                       ¦ '5'
            MARIADB    ¦ date         ¦ '2020-01-01'            ¦ '2020-01-01'
            MARIADB    ¦ bit(3)       ¦ b'101'                  ¦ b'101'
            MARIADB    ¦ timestamp(6) ¦ NOW(6)                  ¦ current_timestamp(6)
            POSTGRESQL ¦ boolean      ¦ 'yes'                   ¦ true
            POSTGRESQL ¦ boolean      ¦ 'f'                     ¦ false
            POSTGRESQL ¦ integer      ¦ '5'                     ¦ 5
            POSTGRESQL ¦ numeric(5,2) ¦ '1'                     ¦ '1'::numeric
            POSTGRESQL ¦ numeric(5,2) ¦ -1.5                    ¦ '-1.5'::numeric
            POSTGRESQL ¦ timestamp(3) ¦ '2020-01-01'            ¦ '2020-01-01 00:00:00'::timestamp without time zone
            POSTGRESQL ¦ time         ¦ '10:00'                 ¦ '10:00:00'::time without time zone
            POSTGRESQL ¦ date         ¦ '2020-01-01'            ¦ '2020-01-01'::date
            POSTGRESQL ¦ text         ¦ 5                       ¦ 5
            POSTGRESQL ¦ integer      ¦ 1.0                     ¦ 1.0
            POSTGRESQL ¦ bigint       ¦ 10000000000             ¦ '10000000000'::bigint
            """)
    void writtenAndReportedMeet(Dialect dialect, String type, String written, String reported) {
        SqlType t = Engines.of(dialect).types().parse(type);
        assertEquals(Engines.of(dialect).expressions().canonicalDefault(written, t), Engines.of(dialect).expressions().canonicalDefault(reported, t),
                type + " DEFAULT " + written + " vs " + reported);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            MARIADB    ¦ decimal(5,2) ¦ 1                       ¦ 1.00
            MARIADB    ¦ datetime(3)  ¦ '2020-1-2 3:04'         ¦ '2020-01-02 03:04:00.000'
            POSTGRESQL ¦ boolean      ¦ 'on'                    ¦ TRUE
            POSTGRESQL ¦ varchar(5)   ¦ 'x'                     ¦ 'x'
            POSTGRESQL ¦ integer      ¦ nextval('s')            ¦ nextval('s')
            """)
    void canonicalDefault(Dialect dialect, String type, String written, String canonical) {
        assertEquals(canonical, Engines.of(dialect).expressions().canonicalDefault(written, Engines.of(dialect).types().parse(type)));
    }
}
