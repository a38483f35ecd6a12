package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Canonical types. The "reported" spellings are copied from what the engines print: PostgreSQL 15
 * {@code format_type(atttypid, atttypmod)}, MariaDB 10.11 {@code information_schema.columns.column_type}, SQLite 3
 * {@code PRAGMA table_xinfo(…).type}.
 */
class TypeSystemTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ int                            ¦ integer                        ¦ INTEGER
            POSTGRESQL ¦ INT4                           ¦ integer                        ¦ INTEGER
            POSTGRESQL ¦ integer                        ¦ integer                        ¦ INTEGER
            POSTGRESQL ¦ serial                         ¦ integer                        ¦ INTEGER
            POSTGRESQL ¦ BIGSERIAL                      ¦ bigint                         ¦ INTEGER
            POSTGRESQL ¦ serial8                        ¦ bigint                         ¦ INTEGER
            POSTGRESQL ¦ smallserial                    ¦ smallint                       ¦ INTEGER
            POSTGRESQL ¦ int2                           ¦ smallint                       ¦ INTEGER
            POSTGRESQL ¦ int8                           ¦ bigint                         ¦ INTEGER
            POSTGRESQL ¦ varchar                        ¦ character varying              ¦ VARCHAR
            POSTGRESQL ¦ VARCHAR(64)                    ¦ character varying(64)          ¦ VARCHAR
            POSTGRESQL ¦ character varying(64)          ¦ character varying(64)          ¦ VARCHAR
            POSTGRESQL ¦ character  varying ( 64 )      ¦ character varying(64)          ¦ VARCHAR
            POSTGRESQL ¦ char                           ¦ character(1)                   ¦ CHAR
            POSTGRESQL ¦ character(1)                   ¦ character(1)                   ¦ CHAR
            POSTGRESQL ¦ char(5)                        ¦ character(5)                   ¦ CHAR
            POSTGRESQL ¦ bpchar                         ¦ bpchar                         ¦ CHAR
            POSTGRESQL ¦ bpchar(5)                      ¦ character(5)                   ¦ CHAR
            POSTGRESQL ¦ text                           ¦ text                           ¦ TEXT
            POSTGRESQL ¦ bool                           ¦ boolean                        ¦ BOOLEAN
            POSTGRESQL ¦ float                          ¦ double precision               ¦ FLOAT
            POSTGRESQL ¦ float(10)                      ¦ real                           ¦ FLOAT
            POSTGRESQL ¦ float(24)                      ¦ real                           ¦ FLOAT
            POSTGRESQL ¦ float(25)                      ¦ double precision               ¦ FLOAT
            POSTGRESQL ¦ float4                         ¦ real                           ¦ FLOAT
            POSTGRESQL ¦ float8                         ¦ double precision               ¦ FLOAT
            POSTGRESQL ¦ DOUBLE PRECISION               ¦ double precision               ¦ FLOAT
            POSTGRESQL ¦ numeric                        ¦ numeric                        ¦ DECIMAL
            POSTGRESQL ¦ numeric(10)                    ¦ numeric(10,0)                  ¦ DECIMAL
            POSTGRESQL ¦ decimal(10, 2)                 ¦ numeric(10,2)                  ¦ DECIMAL
            POSTGRESQL ¦ numeric(5,-2)                  ¦ numeric(5,-2)                  ¦ DECIMAL
            POSTGRESQL ¦ timestamp                      ¦ timestamp without time zone    ¦ TIMESTAMP
            POSTGRESQL ¦ timestamp(3)                   ¦ timestamp without time zone(3) ¦ TIMESTAMP
            POSTGRESQL ¦ timestamp(3) without time zone ¦ timestamp without time zone(3) ¦ TIMESTAMP
            POSTGRESQL ¦ timestamptz                    ¦ timestamp with time zone       ¦ TIMESTAMP_TZ
            POSTGRESQL ¦ timestamp(3) with time zone    ¦ timestamp with time zone(3)    ¦ TIMESTAMP_TZ
            POSTGRESQL ¦ time                           ¦ time without time zone         ¦ TIME
            POSTGRESQL ¦ timetz                         ¦ time with time zone            ¦ TIME
            POSTGRESQL ¦ time(2) without time zone      ¦ time without time zone(2)      ¦ TIME
            POSTGRESQL ¦ date                           ¦ date                           ¦ DATE
            POSTGRESQL ¦ interval                       ¦ interval                       ¦ INTERVAL
            POSTGRESQL ¦ INTERVAL YEAR TO MONTH         ¦ interval year to month         ¦ INTERVAL
            POSTGRESQL ¦ interval(3)                    ¦ interval(3)                    ¦ INTERVAL
            POSTGRESQL ¦ uuid                           ¦ uuid                           ¦ UUID
            POSTGRESQL ¦ jsonb                          ¦ jsonb                          ¦ JSON
            POSTGRESQL ¦ json                           ¦ json                           ¦ JSON
            POSTGRESQL ¦ bytea                          ¦ bytea                          ¦ BINARY
            POSTGRESQL ¦ int[]                          ¦ integer[]                      ¦ INTEGER
            POSTGRESQL ¦ _int4                          ¦ integer[]                      ¦ INTEGER
            POSTGRESQL ¦ _varchar                       ¦ character varying[]            ¦ VARCHAR
            POSTGRESQL ¦ integer[][]                    ¦ integer[][]                    ¦ INTEGER
            POSTGRESQL ¦ int array[3]                   ¦ integer[]                      ¦ INTEGER
            POSTGRESQL ¦ text ARRAY                     ¦ text[]                         ¦ TEXT
            POSTGRESQL ¦ varchar(64)[]                  ¦ character varying(64)[]        ¦ VARCHAR
            POSTGRESQL ¦ character varying(64)[]        ¦ character varying(64)[]        ¦ VARCHAR
            POSTGRESQL ¦ bit                            ¦ bit(1)                         ¦ BOOLEAN
            POSTGRESQL ¦ bit(4)                         ¦ bit(4)                         ¦ OTHER
            POSTGRESQL ¦ varbit                         ¦ bit varying                    ¦ OTHER
            POSTGRESQL ¦ bit varying(8)                 ¦ bit varying(8)                 ¦ OTHER
            POSTGRESQL ¦ ~"char"~                       ¦ ~"char"~                       ¦ OTHER
            POSTGRESQL ¦ mood                           ¦ mood                           ¦ OTHER
            POSTGRESQL ¦ Mood                           ¦ mood                           ¦ OTHER
            POSTGRESQL ¦ ~"Mood"~                       ¦ ~"Mood"~                       ¦ OTHER
            POSTGRESQL ¦ ~"mood"~                       ¦ mood                           ¦ OTHER
            POSTGRESQL ¦ mood[]                         ¦ mood[]                         ¦ OTHER
            POSTGRESQL ¦ app.mood                       ¦ app.mood                       ¦ OTHER
            POSTGRESQL ¦ pg_catalog.int4                ¦ integer                        ¦ INTEGER
            POSTGRESQL ¦ money                          ¦ money                          ¦ DECIMAL
            POSTGRESQL ¦ int4range                      ¦ int4range                      ¦ OTHER
            POSTGRESQL ¦ point                          ¦ point                          ¦ OTHER
            POSTGRESQL ¦ inet                           ¦ inet                           ¦ OTHER
            MARIADB    ¦ INT                            ¦ int                            ¦ INTEGER
            MARIADB    ¦ int(11)                        ¦ int                            ¦ INTEGER
            MARIADB    ¦ INTEGER(5)                     ¦ int                            ¦ INTEGER
            MARIADB    ¦ int(10) unsigned               ¦ int unsigned                   ¦ INTEGER
            MARIADB    ¦ INT UNSIGNED ZEROFILL          ¦ int unsigned                   ¦ INTEGER
            MARIADB    ¦ int(10) unsigned zerofill      ¦ int unsigned                   ¦ INTEGER
            MARIADB    ¦ int signed                     ¦ int                            ¦ INTEGER
            MARIADB    ¦ tinyint                        ¦ tinyint                        ¦ INTEGER
            MARIADB    ¦ tinyint(4)                     ¦ tinyint                        ¦ INTEGER
            MARIADB    ¦ tinyint(1)                     ¦ tinyint(1)                     ¦ BOOLEAN
            MARIADB    ¦ BOOLEAN                        ¦ tinyint(1)                     ¦ BOOLEAN
            MARIADB    ¦ bool                           ¦ tinyint(1)                     ¦ BOOLEAN
            MARIADB    ¦ tinyint(1) unsigned            ¦ tinyint(1) unsigned            ¦ BOOLEAN
            MARIADB    ¦ int1                           ¦ tinyint                        ¦ INTEGER
            MARIADB    ¦ int2                           ¦ smallint                       ¦ INTEGER
            MARIADB    ¦ smallint(6)                    ¦ smallint                       ¦ INTEGER
            MARIADB    ¦ int3                           ¦ mediumint                      ¦ INTEGER
            MARIADB    ¦ middleint                      ¦ mediumint                      ¦ INTEGER
            MARIADB    ¦ mediumint(9)                   ¦ mediumint                      ¦ INTEGER
            MARIADB    ¦ int4                           ¦ int                            ¦ INTEGER
            MARIADB    ¦ int8                           ¦ bigint                         ¦ INTEGER
            MARIADB    ¦ bigint(20) unsigned            ¦ bigint unsigned                ¦ INTEGER
            MARIADB    ¦ SERIAL                         ¦ bigint unsigned                ¦ INTEGER
            MARIADB    ¦ VARCHAR(64)                    ¦ varchar(64)                    ¦ VARCHAR
            MARIADB    ¦ character varying(10)          ¦ varchar(10)                    ¦ VARCHAR
            MARIADB    ¦ national varchar(10)           ¦ varchar(10)                    ¦ VARCHAR
            MARIADB    ¦ nvarchar(10)                   ¦ varchar(10)                    ¦ VARCHAR
            MARIADB    ¦ varchar(10) character set latin1 ¦ varchar(10)                  ¦ VARCHAR
            MARIADB    ¦ varchar(10) CHARSET utf8mb4 COLLATE utf8mb4_bin ¦ varchar(10)   ¦ VARCHAR
            MARIADB    ¦ varchar(10) binary             ¦ varchar(10)                    ¦ VARCHAR
            MARIADB    ¦ char                           ¦ char(1)                        ¦ CHAR
            MARIADB    ¦ char(5)                        ¦ char(5)                        ¦ CHAR
            MARIADB    ¦ nchar(3)                       ¦ char(3)                        ¦ CHAR
            MARIADB    ¦ text                           ¦ text                           ¦ TEXT
            MARIADB    ¦ text(100)                      ¦ text                           ¦ TEXT
            MARIADB    ¦ LONG VARCHAR                   ¦ mediumtext                     ¦ TEXT
            MARIADB    ¦ long                           ¦ mediumtext                     ¦ TEXT
            MARIADB    ¦ longtext                       ¦ longtext                       ¦ TEXT
            MARIADB    ¦ tinytext                       ¦ tinytext                       ¦ TEXT
            MARIADB    ¦ blob                           ¦ blob                           ¦ BINARY
            MARIADB    ¦ long varbinary                 ¦ mediumblob                     ¦ BINARY
            MARIADB    ¦ binary                         ¦ binary(1)                      ¦ BINARY
            MARIADB    ¦ binary(16)                     ¦ binary(16)                     ¦ BINARY
            MARIADB    ¦ varbinary(16)                  ¦ varbinary(16)                  ¦ BINARY
            MARIADB    ¦ decimal                        ¦ decimal(10,0)                  ¦ DECIMAL
            MARIADB    ¦ decimal(10)                    ¦ decimal(10,0)                  ¦ DECIMAL
            MARIADB    ¦ numeric(5,1)                   ¦ decimal(5,1)                   ¦ DECIMAL
            MARIADB    ¦ dec(4)                         ¦ decimal(4,0)                   ¦ DECIMAL
            MARIADB    ¦ fixed(4,2)                     ¦ decimal(4,2)                   ¦ DECIMAL
            MARIADB    ¦ decimal(10,2) unsigned         ¦ decimal(10,2) unsigned         ¦ DECIMAL
            MARIADB    ¦ float                          ¦ float                          ¦ FLOAT
            MARIADB    ¦ float(10)                      ¦ float                          ¦ FLOAT
            MARIADB    ¦ float(30)                      ¦ double                         ¦ FLOAT
            MARIADB    ¦ float(7,4)                     ¦ float(7,4)                     ¦ FLOAT
            MARIADB    ¦ double                         ¦ double                         ¦ FLOAT
            MARIADB    ¦ double precision               ¦ double                         ¦ FLOAT
            MARIADB    ¦ real                           ¦ double                         ¦ FLOAT
            MARIADB    ¦ double(10,2)                   ¦ double(10,2)                   ¦ FLOAT
            MARIADB    ¦ date                           ¦ date                           ¦ DATE
            MARIADB    ¦ datetime                       ¦ datetime                       ¦ TIMESTAMP
            MARIADB    ¦ datetime(0)                    ¦ datetime                       ¦ TIMESTAMP
            MARIADB    ¦ datetime(3)                    ¦ datetime(3)                    ¦ TIMESTAMP
            MARIADB    ¦ timestamp                      ¦ timestamp                      ¦ TIMESTAMP
            MARIADB    ¦ time(2)                        ¦ time(2)                        ¦ TIME
            MARIADB    ¦ year                           ¦ year                           ¦ OTHER
            MARIADB    ¦ year(4)                        ¦ year                           ¦ OTHER
            MARIADB    ¦ bit                            ¦ bit(1)                         ¦ BOOLEAN
            MARIADB    ¦ bit(4)                         ¦ bit(4)                         ¦ OTHER
            MARIADB    ¦ json                           ¦ json                           ¦ JSON
            MARIADB    ¦ uuid                           ¦ uuid                           ¦ UUID
            MARIADB    ¦ inet6                          ¦ inet6                          ¦ OTHER
            MARIADB    ¦ ENUM('a', 'b c', 'it''s')      ¦ enum('a','b c','it''s')        ¦ ENUM
            MARIADB    ¦ enum('a','b c','it''s')        ¦ enum('a','b c','it''s')        ¦ ENUM
            MARIADB    ¦ ENUM ('x','y') CHARACTER SET utf8mb4 ¦ enum('x','y')            ¦ ENUM
            MARIADB    ¦ SET('x','y')                   ¦ set('x','y')                   ¦ OTHER
            MYSQL      ¦ int                            ¦ int                            ¦ INTEGER
            MYSQL      ¦ BOOLEAN                        ¦ tinyint(1)                     ¦ BOOLEAN
            MYSQL      ¦ UNSIGNED                       ¦ unsigned                       ¦ INTEGER
            MYSQL      ¦ signed integer                 ¦ signed                         ¦ INTEGER
            SQLITE     ¦ INTEGER                        ¦ integer                        ¦ INTEGER
            SQLITE     ¦ INT                            ¦ int                            ¦ INTEGER
            SQLITE     ¦ UNSIGNED BIG INT               ¦ unsigned big int               ¦ INTEGER
            SQLITE     ¦ BIGINT                         ¦ bigint                         ¦ INTEGER
            SQLITE     ¦ VARCHAR(64)                    ¦ varchar(64)                    ¦ VARCHAR
            SQLITE     ¦ varchar( 64 )                  ¦ varchar(64)                    ¦ VARCHAR
            SQLITE     ¦ character varying (10)         ¦ character varying(10)          ¦ VARCHAR
            SQLITE     ¦ NVARCHAR(100)                  ¦ nvarchar(100)                  ¦ VARCHAR
            SQLITE     ¦ VARYING CHARACTER(255)         ¦ varying character(255)         ¦ VARCHAR
            SQLITE     ¦ CHARACTER(20)                  ¦ character(20)                  ¦ CHAR
            SQLITE     ¦ NATIVE CHARACTER(70)           ¦ native character(70)           ¦ CHAR
            SQLITE     ¦ TEXT                           ¦ text                           ¦ TEXT
            SQLITE     ¦ CLOB                           ¦ clob                           ¦ TEXT
            SQLITE     ¦ BLOB                           ¦ blob                           ¦ BINARY
            SQLITE     ¦ REAL                           ¦ real                           ¦ FLOAT
            SQLITE     ¦ DOUBLE                         ¦ double                         ¦ FLOAT
            SQLITE     ¦ DOUBLE PRECISION               ¦ double precision               ¦ FLOAT
            SQLITE     ¦ FLOAT                          ¦ float                          ¦ FLOAT
            SQLITE     ¦ NUMERIC                        ¦ numeric                        ¦ DECIMAL
            SQLITE     ¦ DECIMAL(10, 2)                 ¦ decimal(10,2)                  ¦ DECIMAL
            SQLITE     ¦ decimal(10, 2)                 ¦ decimal(10,2)                  ¦ DECIMAL
            SQLITE     ¦ numeric(10,-2)                 ¦ numeric(10,-2)                 ¦ DECIMAL
            SQLITE     ¦ BOOLEAN                        ¦ boolean                        ¦ BOOLEAN
            SQLITE     ¦ DATE                           ¦ date                           ¦ DATE
            SQLITE     ¦ DATETIME                       ¦ datetime                       ¦ TIMESTAMP
            SQLITE     ¦ TIMESTAMP                      ¦ timestamp                      ¦ TIMESTAMP
            SQLITE     ¦ ANY                            ¦ any                            ¦ OTHER
            SQLITE     ¦ [weird type]                   ¦ weird type                     ¦ OTHER
            SQLITE     ¦ weird type                     ¦ weird type                     ¦ OTHER
            SQLITE     ¦ ~"VARCHAR"~                    ¦ varchar                        ¦ VARCHAR
            SQLITE     ¦ ~~                             ¦ ~~                             ¦ OTHER
            """)
    void canonicalSpelling(Dialect dialect, String written, String canonical, TypeFamily family) {
        SqlType type = Engines.of(dialect).types().parse(written);
        assertEquals(canonical, type.canonical(), "canonical of " + written);
        assertEquals(family, type.family(), "family of " + written);
        assertEquals(written, type.declared(), "declared text is kept");
        assertEquals(type, Engines.of(dialect).types().parse(type.canonical()), "parsing the canonical spelling gives the same type");
    }

    /** The canonical spelling for a renderer: PostgreSQL's precision goes inside the name. */
    @Test
    void precisionAndLengthFields() {
        SqlType ts = Engines.of(Dialect.POSTGRESQL).types().parse("timestamp(3) with time zone");
        assertEquals("timestamp with time zone", ts.name());
        assertEquals(3, ts.precision());
        SqlType vc = Engines.of(Dialect.POSTGRESQL).types().parse("varchar(64)");
        assertEquals(64, vc.length());
        assertEquals(null, vc.precision());
        SqlType dec = Engines.of(Dialect.MARIADB).types().parse("decimal(10,2)");
        assertEquals(10, dec.precision());
        assertEquals(2, dec.scale());
        SqlType bool = Engines.of(Dialect.MYSQL).types().parse("BOOLEAN");
        assertEquals("tinyint", bool.name());
        assertEquals(1, bool.precision());
        SqlType sqlite = Engines.of(Dialect.SQLITE).types().parse("VARCHAR(64)");
        assertEquals(64, sqlite.length());
        assertEquals("varchar", sqlite.name());
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ timestamp(3)                ¦ timestamp(3) without time zone
            POSTGRESQL ¦ timestamptz(0)              ¦ timestamp(0) with time zone
            POSTGRESQL ¦ time(2)[]                   ¦ time(2) without time zone[]
            POSTGRESQL ¦ timestamp                   ¦ timestamp without time zone
            POSTGRESQL ¦ interval day to second(3)   ¦ interval day to second(3)
            POSTGRESQL ¦ varchar(64)[]               ¦ character varying(64)[]
            POSTGRESQL ¦ ~"Mood"~                    ¦ ~"Mood"~
            MARIADB    ¦ int(10) unsigned            ¦ int unsigned
            MARIADB    ¦ bool                        ¦ tinyint(1)
            MARIADB    ¦ datetime(3)                 ¦ datetime(3)
            MARIADB    ¦ enum('a','b')               ¦ enum('a','b')
            SQLITE     ¦ VARCHAR( 64 )               ¦ varchar(64)
            """)
    void ddlSpelling(Dialect dialect, String written, String sql) {
        assertEquals(sql, Engines.of(dialect).types().toSql(Engines.of(dialect).types().parse(written)));
    }

    /** Replay reads types through JSqlParser, whose ColDataType text differs in spacing and case from what was written. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            SQLITE     ¦ VARCHAR(64)
            SQLITE     ¦ NUMERIC(12, 2)
            SQLITE     ¦ DOUBLE PRECISION
            POSTGRESQL ¦ character varying(64)
            POSTGRESQL ¦ int[]
            POSTGRESQL ¦ integer[][]
            POSTGRESQL ¦ timestamp(3) with time zone
            POSTGRESQL ¦ time(2) without time zone
            POSTGRESQL ¦ bit varying(8)
            POSTGRESQL ¦ interval year to month
            POSTGRESQL ¦ ~"char"~
            POSTGRESQL ¦ mood[]
            MARIADB    ¦ int(10) unsigned
            MARIADB    ¦ INT UNSIGNED ZEROFILL
            MARIADB    ¦ ENUM('a','b c','it''s')
            MARIADB    ¦ SET('x','y')
            MARIADB    ¦ varchar(10) CHARACTER SET latin1
            MARIADB    ¦ varchar(64) COLLATE utf8mb4_bin
            MARIADB    ¦ tinyint(1)
            MARIADB    ¦ decimal(10,2) unsigned
            MARIADB    ¦ DATETIME(3)
            MARIADB    ¦ national varchar(10)
            MARIADB    ¦ double(10,2)
            MARIADB    ¦ long varchar
            """)
    void jsqlParserSpellingMeetsTheWrittenOne(Dialect dialect, String written) throws Exception {
        var create = (net.sf.jsqlparser.statement.create.table.CreateTable)
                net.sf.jsqlparser.parser.CCJSqlParserUtil.newParser("CREATE TABLE t (c " + written + " NOT NULL)").Statement();
        String viaParser = create.getColumnDefinitions().get(0).getColDataType().toString();
        assertEquals(Engines.of(dialect).types().parse(written), Engines.of(dialect).types().parse(viaParser), written + " read by JSqlParser as " + viaParser);
    }

    @Test
    void enumValuesAreUnquoted() {
        SqlType e = Engines.of(Dialect.MARIADB).types().parse("enum('a','b c','it''s','back\\\\slash')");
        assertEquals(List.of("a", "b c", "it's", "back\\slash"), e.enumValues());
        assertEquals(TypeFamily.ENUM, e.family());
        assertTrue(Engines.of(Dialect.MARIADB).types().parse("set('x','y')").enumValues().contains("y"));
    }

    @Test
    void unsignedIsAFlag() {
        assertTrue(Engines.of(Dialect.MARIADB).types().parse("bigint(20) unsigned").unsigned());
        assertTrue(Engines.of(Dialect.MARIADB).types().parse("int zerofill").unsigned());
        assertFalse(Engines.of(Dialect.MARIADB).types().parse("int signed").unsigned());
        assertFalse(Engines.of(Dialect.SQLITE).types().parse("UNSIGNED BIG INT").unsigned(), "SQLite keeps any text as the name");
    }

    @Test
    void sqliteDoesNotFoldAliases() {
        // INTEGER PRIMARY KEY is the rowid, INT PRIMARY KEY is not: the two must stay apart
        assertNotEquals(Engines.of(Dialect.SQLITE).types().parse("INT"), Engines.of(Dialect.SQLITE).types().parse("INTEGER"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            POSTGRESQL ¦ int4                 ¦ integer
            POSTGRESQL ¦ SERIAL4              ¦ integer
            POSTGRESQL ¦ varchar(64)          ¦ character varying(64)
            POSTGRESQL ¦ bpchar(3)            ¦ character(3)
            POSTGRESQL ¦ timestamptz(6)       ¦ timestamp(6) with time zone
            POSTGRESQL ¦ timestamp(0)         ¦ timestamp(0) without time zone
            POSTGRESQL ¦ time(2)              ¦ time(2) without time zone
            POSTGRESQL ¦ numeric(10)          ¦ numeric(10,0)
            POSTGRESQL ¦ character varying(64) array ¦ character varying(64)[]
            POSTGRESQL ¦ _text                ¦ text[]
            POSTGRESQL ¦ _int8                ¦ bigint[]
            POSTGRESQL ¦ double precision     ¦ float8
            POSTGRESQL ¦ boolean              ¦ bool
            MARIADB    ¦ integer unsigned     ¦ int(10) unsigned
            MARIADB    ¦ bool                 ¦ tinyint(1)
            MARIADB    ¦ numeric              ¦ decimal(10,0)
            MARIADB    ¦ year                 ¦ year(4)
            MARIADB    ¦ char                 ¦ char(1)
            MARIADB    ¦ binary               ¦ binary(1)
            MARIADB    ¦ long varchar         ¦ mediumtext
            MARIADB    ¦ long varbinary       ¦ mediumblob
            MARIADB    ¦ SERIAL               ¦ bigint(20) unsigned
            MARIADB    ¦ float(30)            ¦ double
            MARIADB    ¦ int8                 ¦ bigint(20)
            MYSQL      ¦ int(11)              ¦ int
            MYSQL      ¦ year(4)              ¦ year
            MYSQL      ¦ BOOLEAN              ¦ tinyint(1)
            SQLITE     ¦ VARCHAR(64)          ¦ varchar( 64 )
            SQLITE     ¦ DECIMAL(10,2)        ¦ decimal(10, 2)
            SQLITE     ¦ Unsigned  Big  Int   ¦ UNSIGNED BIG INT
            """)
    void declaredAndReportedMeet(Dialect dialect, String declared, String reported) {
        assertEquals(Engines.of(dialect).types().parse(declared), Engines.of(dialect).types().parse(reported));
    }

    @ParameterizedTest(name = "{0}: {1} ≠ {2}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            POSTGRESQL ¦ bpchar             ¦ character(1)
            POSTGRESQL ¦ timestamp          ¦ timestamp(6)
            POSTGRESQL ¦ timestamp          ¦ timestamptz
            POSTGRESQL ¦ integer[]          ¦ integer
            POSTGRESQL ¦ bit                ¦ bit varying
            POSTGRESQL ¦ varchar(10)        ¦ varchar(11)
            MARIADB    ¦ tinyint(1)         ¦ tinyint(2)
            MARIADB    ¦ int unsigned       ¦ int
            MARIADB    ¦ decimal(10,2)      ¦ decimal(10,3)
            MARIADB    ¦ enum('a','b')      ¦ enum('b','a')
            MARIADB    ¦ enum('a')          ¦ set('a')
            MARIADB    ¦ float              ¦ double
            MARIADB    ¦ datetime           ¦ datetime(3)
            SQLITE     ¦ INT                ¦ INTEGER
            SQLITE     ¦ VARCHAR(10)        ¦ VARCHAR
            SQLITE     ¦ TEXT               ¦ ~
            """)
    void differentTypesStayDifferent(Dialect dialect, String one, String other) {
        assertNotEquals(Engines.of(dialect).types().parse(one), Engines.of(dialect).types().parse(other.equals("~") ? "" : other));
    }
}
