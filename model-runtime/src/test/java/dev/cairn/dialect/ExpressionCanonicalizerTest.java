package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.schema.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Canonical expressions. Each "reported" text is what the engine printed for the "written" one: PostgreSQL 15
 * {@code pg_get_expr} on pg_attrdef / pg_constraint / pg_index, MariaDB 10.11 information_schema
 * {@code COLUMN_DEFAULT} / {@code CHECK_CLAUSE} / {@code GENERATION_EXPRESSION}, SQLite 3 {@code PRAGMA table_xinfo}
 * {@code dflt_value} and the CREATE text in sqlite_master.
 */
class ExpressionCanonicalizerTest {

    /**
     * The types of the columns the expressions below name, as the tables they were reported from declare them: the casts
     * PostgreSQL adds to a varchar column go only with the column's type known.
     */
    private static final Function<String, SqlType> COLUMN_TYPES = name -> switch (name) {
        case "nickname", "t", "v", "email" -> Engines.of(Dialect.POSTGRESQL).types().parse("varchar(64)");
        case "body" -> Engines.of(Dialect.POSTGRESQL).types().parse("text");
        default -> null;
    };

    private static void assertMeet(Dialect dialect, String written, String reported) {
        String w = Engines.of(dialect).expressions().canonical(written, COLUMN_TYPES);
        String r = Engines.of(dialect).expressions().canonical(reported, COLUMN_TYPES);
        assertEquals(w, r, dialect + ": written «" + written + "» vs reported «" + reported + "»");
        assertEquals(w, Engines.of(dialect).expressions().canonical(w, COLUMN_TYPES), "canonicalizing is idempotent");
    }

    /** Without the column's type, a cast of a column stays: {@code data::text} of a jsonb column is another expression than {@code data}. */
    @Test
    void aCastOfAColumnOfUnknownTypeStays() {
        ExpressionCanonicalizer pg = Engines.of(Dialect.POSTGRESQL).expressions();
        assertEquals("to_tsvector('english', data::text)", pg.canonical("to_tsvector('english'::regconfig, (data)::text)"));
        SqlType jsonb = Engines.of(Dialect.POSTGRESQL).types().parse("jsonb");
        assertEquals("to_tsvector('english', data::text)", pg.canonical("to_tsvector('english'::regconfig, (data)::text)", n -> jsonb));
        assertEquals("lower(v)", pg.canonical("lower((v)::text)", COLUMN_TYPES));
        assertEquals("c::text = 'x'", pg.canonical("(c)::text = 'x'::text", n -> Engines.of(Dialect.POSTGRESQL).types().parse("char(3)")),
                "char(n) compares padded, text does not: the cast stays");
        assertEquals("i", pg.canonical("i::integer", n -> Engines.of(Dialect.POSTGRESQL).types().parse("int")), "a cast to the column's own type goes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            'abc' ¦ 'abc'::character varying
            0 ¦ (0)::numeric
            0 ¦ 0
            now() ¦ now()
            CURRENT_TIMESTAMP ¦ CURRENT_TIMESTAMP
            current_timestamp ¦ CURRENT_TIMESTAMP
            current_date ¦ CURRENT_DATE
            localtimestamp ¦ LOCALTIMESTAMP
            'it''s' ¦ 'it''s'::text
            true ¦ true
            -1 ¦ '-1'::integer
            (1+2) ¦ (1 + 2)
            10000000000 ¦ '10000000000'::bigint
            '{}' ¦ '{}'::jsonb
            '{}' ¦ '{}'::integer[]
            'a' ¦ 'a'::mood
            NULL ¦ NULL::character varying
            gen_random_uuid() ¦ gen_random_uuid()
            1e3 ¦ '1000'::numeric
            h*2 ¦ (h * 2)
            price > 0 ¦ ((price > (0)::numeric))
            price > 0 ¦ (price > (0)::numeric)
            r in ('x','y') ¦ (r = ANY (ARRAY['x'::text, 'y'::text]))
            s between 1 and 5 ¦ ((s >= 1) AND (s <= 5))
            t like 'a%' ¦ ((t)::text ~~ 'a%'::text)
            price > 0 and h < 10 ¦ ((price > (0)::numeric) AND (h < 10))
            lower(nickname) ¦ lower((nickname)::text)
            price > 0 and deleted is not true ¦ ((price > (0)::numeric) AND (deleted IS NOT TRUE))
            (body || nickname) ¦ (body || (nickname)::text)
            nickname in ('a','b') ¦ ((nickname)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))
            not deleted ¦ (NOT deleted)
            nextval('users_id_seq') ¦ nextval('users_id_seq'::regclass)
            """)
    void postgres(String written, String reported) {
        assertMeet(Dialect.POSTGRESQL, written, reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            'abc' ¦ 'abc'
            CURRENT_TIMESTAMP ¦ current_timestamp()
            now() ¦ current_timestamp()
            CURRENT_TIMESTAMP(3) ¦ current_timestamp(3)
            'it''s' ¦ 'it\\'s'
            TRUE ¦ 1
            -1 ¦ -1
            (curdate()) ¦ curdate()
            (CURRENT_DATE) ¦ curdate()
            (1+2) ¦ (1 + 2)
            "dq" ¦ 'dq'
            (concat('a','b')) ¦ concat('a','b')
            ('{}') ¦ '{}'
            (-1) ¦ -1
            h*2 ¦ `h` * 2
            h+1 ¦ `h` + 1
            price > 0 ¦ `price` > 0
            v in ('x','y') ¦ `v` in ('x','y')
            `Select` between 1 and 5 ¦ `Select` between 1 and 5
            price > 0 and h < 10 ¦ `price` > 0 and `h` < 10
            h <> 3 ¦ `h` <> 3
            h != 3 ¦ `h` <> 3
            Price > 0 ¦ `price` > 0
            """)
    void mariaDb(String written, String reported) {
        assertMeet(Dialect.MARIADB, written, reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            (datetime('now')) ¦ datetime('now')
            (1+2) ¦ 1+2
            CURRENT_TIMESTAMP ¦ CURRENT_TIMESTAMP
            current_timestamp ¦ CURRENT_TIMESTAMP
            -1 ¦ -1
            'it''s' ¦ 'it''s'
            x'00ff' ¦ X'00ff'
            price>0 ¦ price > 0
            "Name" <> '' ¦ name <> ''
            [select] between 1 and 5 ¦ "select" between 1 and 5
            `select` between 1 and 5 ¦ "Select" BETWEEN 1 AND 5
            `b` == 2 or b is null ¦ b = 2 OR b IS NULL
            length(d) < 30 ¦ LENGTH(d) < 30
            price >= 0 AND id > 0 ¦ (price >= 0) and (id > 0)
            lower(e) ¦ lower(e)
            "my col" > 0 ¦ [My Col] > 0
            CAST(a AS INTEGER) > 0 ¦ cast(a as integer) > 0
            """)
    void sqlite(String written, String reported) {
        assertMeet(Dialect.SQLITE, written, reported);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ ((price > (0)::numeric)) ¦ price > 0
            POSTGRESQL ¦ 'abc'::character varying ¦ 'abc'
            POSTGRESQL ¦ now() ¦ now()
            POSTGRESQL ¦ "Price" > 0 ¦ "Price" > 0
            POSTGRESQL ¦ Price > 0 ¦ price > 0
            POSTGRESQL ¦ CAST(a AS int) > 0 ¦ a::integer > 0
            POSTGRESQL ¦ CAST(ts AS timestamp(3)) > now() ¦ ts::timestamp(3) without time zone > now()
            POSTGRESQL ¦ CAST(a AS int[])[1] > 0 ¦ (a::integer[])[1] > 0
            POSTGRESQL ¦ x LIKE CAST(a AS int) [e] ¦ x LIKE (a::integer)[e]
            POSTGRESQL ¦ (a::integer)[e] ¦ (a::integer)[e]
            POSTGRESQL ¦ x::"Mood" ¦ x::"Mood"
            POSTGRESQL ¦ x::"mood" ¦ x::mood
            MARIADB ¦ current_timestamp() ¦ CURRENT_TIMESTAMP
            MARIADB ¦ `price` > 0 and `h` < 10 ¦ price > 0 AND h < 10
            MARIADB ¦ `my col` > 0 ¦ `my col` > 0
            MARIADB ¦ CAST(a AS UNSIGNED) ¦ CAST(a AS unsigned)
            MARIADB ¦ a + + TRUE ¦ a + 1
            MARIADB ¦ a * -TRUE ¦ a * -1
            MYSQL ¦ a - - TRUE ¦ a - -1
            SQLITE ¦ (datetime('now')) ¦ datetime('now')
            SQLITE ¦ [My Col] > 0 ¦ "my col" > 0
            SQLITE ¦ "Price" > 0 ¦ price > 0
            SQLITE ¦ a == 1 ¦ a = 1
            SQLITE ¦ 'a==b' ¦ 'a==b'
            SQLITE ¦ "order" > 0 ¦ "order" > 0
            SQLITE ¦ CAST(a AS INTEGER) ¦ CAST(a AS integer)
            SQLITE ¦ a   +   b ¦ a + b
            """)
    void canonicalSpelling(Dialect dialect, String written, String canonical) {
        assertEquals(canonical, Engines.of(dialect).expressions().canonical(written));
    }

    @Test
    void differentExpressionsStayDifferent() {
        assertNotEquals(Engines.of(Dialect.POSTGRESQL).expressions().canonical("a > 0"), Engines.of(Dialect.POSTGRESQL).expressions().canonical("a >= 0"));
        assertNotEquals(Engines.of(Dialect.POSTGRESQL).expressions().canonical("(a + b) * 2"), Engines.of(Dialect.POSTGRESQL).expressions().canonical("a + b * 2"));
        assertNotEquals(Engines.of(Dialect.POSTGRESQL).expressions().canonical("'A'"), Engines.of(Dialect.POSTGRESQL).expressions().canonical("'a'"));
        assertNotEquals(Engines.of(Dialect.POSTGRESQL).expressions().canonical("\"A\" > 0"), Engines.of(Dialect.POSTGRESQL).expressions().canonical("a > 0"));
        assertNotEquals(Engines.of(Dialect.SQLITE).expressions().canonical("'x'"), Engines.of(Dialect.SQLITE).expressions().canonical("x"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Engines.of(Dialect.SQLITE).expressions().canonical(null));
        assertNull(Engines.of(Dialect.SQLITE).expressions().canonicalDefault(null, null));
    }

    private static SqlType type(Dialect dialect, String text) {
        return Engines.of(dialect).types().parse(text);
    }

    @ParameterizedTest(name = "{0} {1}: {2} ≡ {3}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ integer ¦ '5' ¦ 5
            POSTGRESQL ¦ integer ¦ -1 ¦ '-1'::integer
            POSTGRESQL ¦ bigint ¦ -0 ¦ 0
            POSTGRESQL ¦ numeric(10,2) ¦ '1.5' ¦ 1.5
            POSTGRESQL ¦ numeric ¦ 0 ¦ (0)::numeric
            POSTGRESQL ¦ double precision ¦ 1e3 ¦ '1000'::numeric
            POSTGRESQL ¦ boolean ¦ 't' ¦ true
            POSTGRESQL ¦ boolean ¦ 'off' ¦ false
            POSTGRESQL ¦ boolean ¦ TRUE ¦ true
            POSTGRESQL ¦ timestamp ¦ '2020-01-01' ¦ '2020-01-01 00:00:00'::timestamp without time zone
            POSTGRESQL ¦ timestamp(3) ¦ '2020-01-01 10:00' ¦ '2020-01-01 10:00:00'::timestamp without time zone
            POSTGRESQL ¦ date ¦ '2020-01-01' ¦ '2020-01-01'::date
            POSTGRESQL ¦ time ¦ '10:00' ¦ '10:00:00'::time without time zone
            POSTGRESQL ¦ varchar(10) ¦ '' ¦ ''::character varying
            POSTGRESQL ¦ varchar(10) ¦ 'abc' ¦ 'abc'::character varying
            POSTGRESQL ¦ text ¦ ('a' || 'b') ¦ ('a'::text || 'b'::text)
            POSTGRESQL ¦ interval ¦ '1 day' ¦ '1 day'::interval
            POSTGRESQL ¦ bytea ¦ '\\x00' ¦ '\\x00'::bytea
            POSTGRESQL ¦ integer[] ¦ '{}' ¦ '{}'::integer[]
            POSTGRESQL ¦ timestamptz ¦ now() ¦ now()
            MARIADB ¦ varchar(10) ¦ 5 ¦ '5'
            MARIADB ¦ varchar(10) ¦ (5) ¦ '5'
            MARIADB ¦ char(4) ¦ 1.50 ¦ '1.50'
            MARIADB ¦ datetime ¦ '2020-01-01' ¦ '2020-01-01 00:00:00'
            MARIADB ¦ datetime(3) ¦ '2020-01-01 10:00:00' ¦ '2020-01-01 10:00:00.000'
            MARIADB ¦ date ¦ '2020-01-01' ¦ '2020-01-01'
            MARIADB ¦ time ¦ '10:00' ¦ '10:00:00'
            MARIADB ¦ decimal(10,2) ¦ '1.5' ¦ 1.50
            MARIADB ¦ decimal(10,2) ¦ 0 ¦ 0.00
            MARIADB ¦ float ¦ 1.5 ¦ 1.5
            MARIADB ¦ double ¦ 0.10 ¦ 0.1
            MARIADB ¦ float ¦ 1e3 ¦ 1000
            MARIADB ¦ bit(1) ¦ b'1' ¦ b'1'
            MARIADB ¦ tinyint(1) ¦ false ¦ 0
            MARIADB ¦ boolean ¦ TRUE ¦ 1
            MARIADB ¦ int ¦ 0x10 ¦ 16
            MARIADB ¦ int ¦ '5' ¦ 5
            MARIADB ¦ int ¦ (-1) ¦ -1
            MARIADB ¦ bigint ¦ -0 ¦ 0
            MARIADB ¦ bigint ¦ 10000000000 ¦ 10000000000
            MARIADB ¦ varchar(10) ¦ '' ¦ ''
            MARIADB ¦ binary(2) ¦ 'ab' ¦ 'ab'
            MARIADB ¦ json ¦ ('{}') ¦ '{}'
            MARIADB ¦ timestamp ¦ '2020-01-01 00:00:00' ¦ '2020-01-01 00:00:00'
            MARIADB ¦ varchar(10) ¦ (concat('a','b')) ¦ concat('a','b')
            MARIADB ¦ year ¦ 2020 ¦ 2020
            MARIADB ¦ enum('1','2') ¦ '1' ¦ '1'
            MARIADB ¦ text ¦ 'it''s' ¦ 'it\\'s'
            MARIADB ¦ timestamp ¦ CURRENT_TIMESTAMP ¦ current_timestamp()
            MARIADB ¦ datetime(3) ¦ CURRENT_TIMESTAMP(3) ¦ current_timestamp(3)
            SQLITE ¦ text ¦ "dq" ¦ 'dq'
            SQLITE ¦ datetime ¦ (datetime('now')) ¦ datetime('now')
            SQLITE ¦ integer ¦ (1+2) ¦ 1+2
            SQLITE ¦ blob ¦ x'00ff' ¦ x'00ff'
            SQLITE ¦ text ¦ CURRENT_TIMESTAMP ¦ CURRENT_TIMESTAMP
            """)
    void defaultsMeetPerColumnType(Dialect dialect, String columnType, String written, String reported) {
        SqlType t = type(dialect, columnType);
        String w = Engines.of(dialect).expressions().canonicalDefault(written, t);
        String r = Engines.of(dialect).expressions().canonicalDefault(reported, t);
        assertEquals(w, r, dialect + " " + columnType + ": written «" + written + "» vs reported «" + reported + "»");
        assertEquals(w, Engines.of(dialect).expressions().canonicalDefault(w, t), "idempotent");
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ integer ¦ '5' ¦ 5
            POSTGRESQL ¦ boolean ¦ 'yes' ¦ TRUE
            POSTGRESQL ¦ varchar(5) ¦ 'abc'::character varying ¦ 'abc'
            POSTGRESQL ¦ timestamp ¦ '2020-01-01' ¦ '2020-01-01 00:00:00'
            POSTGRESQL ¦ numeric ¦ 1.50 ¦ 1.50
            POSTGRESQL ¦ numeric ¦ '1.50' ¦ 1.50
            POSTGRESQL ¦ smallint ¦ 1.0 ¦ 1.0
            POSTGRESQL ¦ bigint ¦ '-0' ¦ 0
            MARIADB ¦ decimal(10,2) ¦ 0 ¦ 0.00
            MARIADB ¦ varchar(10) ¦ 5 ¦ '5'
            MARIADB ¦ datetime ¦ NOW() ¦ CURRENT_TIMESTAMP
            MARIADB ¦ tinyint(1) ¦ TRUE ¦ 1
            SQLITE ¦ text ¦ "dq" ¦ 'dq'
            SQLITE ¦ text ¦ 'x' ¦ 'x'
            SQLITE ¦ integer ¦ +5 ¦ 5
            """)
    void defaultSpelling(Dialect dialect, String columnType, String written, String canonical) {
        assertEquals(canonical, Engines.of(dialect).expressions().canonicalDefault(written, type(dialect, columnType)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            POSTGRESQL ¦ NULL
            POSTGRESQL ¦ NULL::character varying
            POSTGRESQL ¦ null
            MARIADB ¦ NULL
            SQLITE ¦ null
            SQLITE ¦ NULL
            SQLITE ¦ (NULL)
            """)
    void nullDefaultIsNoDefault(Dialect dialect, String written) {
        assertNull(Engines.of(dialect).expressions().canonicalDefault(written, type(dialect, "varchar(5)")));
    }
}
