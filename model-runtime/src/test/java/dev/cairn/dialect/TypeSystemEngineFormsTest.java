package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A type as a migration declares it and as the engine reports it (MariaDB 10.11 COLUMN_TYPE, PostgreSQL 15
 * format_type) parse to equal types.
 */
class TypeSystemEngineFormsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            MARIADB    ¦ INT                  ¦ int(11)
            MARIADB    ¦ INTEGER              ¦ int(11)
            MARIADB    ¦ INT UNSIGNED         ¦ int(10) unsigned
            MARIADB    ¦ BIGINT UNSIGNED      ¦ bigint(20) unsigned
            MARIADB    ¦ BIGINT               ¦ bigint(20)
            MARIADB    ¦ SMALLINT             ¦ smallint(6)
            MARIADB    ¦ MEDIUMINT            ¦ mediumint(9)
            MARIADB    ¦ TINYINT              ¦ tinyint(4)
            MARIADB    ¦ BOOLEAN              ¦ tinyint(1)
            MARIADB    ¦ BOOL                 ¦ tinyint(1)
            MARIADB    ¦ TINYINT(1)           ¦ tinyint(1)
            MARIADB    ¦ NUMERIC              ¦ decimal(10,0)
            MARIADB    ¦ DECIMAL(5)           ¦ decimal(5,0)
            MARIADB    ¦ DECIMAL(10, 2)       ¦ decimal(10,2)
            MARIADB    ¦ YEAR                 ¦ year(4)
            MARIADB    ¦ CHAR                 ¦ char(1)
            MARIADB    ¦ BIT                  ¦ bit(1)
            MARIADB    ¦ REAL                 ¦ double
            MARIADB    ¦ DOUBLE PRECISION     ¦ double
            MARIADB    ¦ VARCHAR(64)          ¦ varchar(64)
            MARIADB    ¦ DATETIME(3)          ¦ datetime(3)
            MYSQL      ¦ INT                  ¦ int
            POSTGRESQL ¦ NUMERIC(10)          ¦ numeric(10,0)
            POSTGRESQL ¦ DECIMAL(10, 2)       ¦ numeric(10,2)
            POSTGRESQL ¦ CHAR                 ¦ character(1)
            POSTGRESQL ¦ CHAR(2)              ¦ character(2)
            POSTGRESQL ¦ FLOAT(10)            ¦ real
            POSTGRESQL ¦ FLOAT(40)            ¦ double precision
            POSTGRESQL ¦ FLOAT                ¦ double precision
            POSTGRESQL ¦ TIMESTAMP(3)         ¦ timestamp(3) without time zone
            POSTGRESQL ¦ TIMESTAMPTZ          ¦ timestamp with time zone
            POSTGRESQL ¦ VARCHAR(64)          ¦ character varying(64)
            POSTGRESQL ¦ INT[][]              ¦ integer[][]
            POSTGRESQL ¦ SERIAL               ¦ integer
            """)
    void declaredAndReportedMeet(Dialect dialect, String declared, String reported) {
        assertEquals(Engines.of(dialect).types().parse(declared), Engines.of(dialect).types().parse(reported));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            MARIADB    ¦ tinyint(4) ¦ tinyint(1)
            MARIADB    ¦ int        ¦ int unsigned
            POSTGRESQL ¦ numeric    ¦ numeric(10,0)
            POSTGRESQL ¦ varchar    ¦ varchar(10)
            """)
    void differentTypesStayDifferent(Dialect dialect, String one, String other) {
        org.junit.jupiter.api.Assertions.assertNotEquals(Engines.of(dialect).types().parse(one), Engines.of(dialect).types().parse(other));
    }
}
