package dev.cairn.dialect.expression;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each row: what a migration writes, and what the engine reports back for it (copied from PostgreSQL 15's
 * pg_get_expr(…, true) / pg_get_indexdef and MariaDB 10.11's information_schema). Both must normalize alike.
 */
class ExpressionNormalizerTest {

    /** The columns the PostgreSQL rows name were varchar: the {@code ::text} PostgreSQL adds to them goes only with that known. */
    private static final Function<String, SqlType> VARCHAR_COLUMNS = name -> switch (name) {
        case "v", "e", "nickname", "body" -> Engines.of(Dialect.POSTGRESQL).types().parse("varchar(20)");
        default -> null;
    };

    private static void assertSame(Dialect dialect, String written, String reported) {
        ExpressionRules rules = Engines.of(dialect).expressions().rules();
        String w = ExpressionNormalizer.normalize(rules, written, VARCHAR_COLUMNS);
        String r = ExpressionNormalizer.normalize(rules, reported, VARCHAR_COLUMNS);
        assertEquals(w, r, "written «" + written + "» vs reported «" + reported + "»");
        assertEquals(w, ExpressionNormalizer.normalize(rules, w, VARCHAR_COLUMNS), "normalizing is idempotent");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            TRUE ¦ true
            'happy' ¦ 'happy'::mood
            'it''s' ¦ 'it''s'::character varying
            'xx' ¦ 'xx'::bpchar
            '{}'::jsonb ¦ '{}'::jsonb
            '{}' ¦ '{}'::integer[]
            -1 ¦ '-1'::integer
            10000000000 ¦ '10000000000'::bigint
            1e3 ¦ '1000'::numeric
            1.5 ¦ 1.5
            '1 day' ¦ '1 day'::interval
            interval '1 day' ¦ '1 day'::interval
            ARRAY['a','b'] ¦ ARRAY['a'::text, 'b'::text]
            ('a' || 'b') ¦ 'a'::text || 'b'::text
            (1+2)*3 ¦ (1 + 2) * 3
            CURRENT_TIMESTAMP(3) ¦ CURRENT_TIMESTAMP(3)
            current_date ¦ CURRENT_DATE
            now() ¦ now()
            gen_random_uuid() ¦ gen_random_uuid()
            nextval('users_id_seq') ¦ nextval('users_id_seq'::regclass)
            balance >= 0 ¦ balance >= 0::numeric
            (price >= 0 AND price < 1000) ¦ price >= 0::numeric AND price < 1000::numeric
            ((a > 0) AND (b < 1)) ¦ a > 0 AND b < 1
            NOT (a > 0) ¦ NOT a > 0
            a BETWEEN 1 AND 5 ¦ a >= 1 AND a <= 5
            a NOT BETWEEN 1 AND 5 ¦ a < 1 OR a > 5
            a IN (1,2) ¦ a = ANY (ARRAY[1, 2])
            a NOT IN (1, 2) ¦ a <> ALL (ARRAY[1, 2])
            d IN ('a','b') ¦ d = ANY (ARRAY['a'::text, 'b'::text])
            v IN ('y','z') ¦ v::text = ANY (ARRAY['y'::character varying, 'z'::character varying]::text[])
            v NOT IN ('a','b') ¦ v::text <> ALL (ARRAY['a'::character varying, 'b'::character varying]::text[])
            d LIKE 'x%' ¦ d ~~ 'x%'::text
            d NOT LIKE 'x%' ¦ d !~~ 'x%'::text
            d ILIKE 'x' ¦ d ~~* 'x'::text
            d ~ '^x' ¦ d ~ '^x'::text
            a IS NOT NULL OR b IS NULL ¦ a IS NOT NULL OR b IS NULL
            a ISNULL ¦ a IS NULL
            a + b * 2 > 0 ¦ (a + b * 2) > 0
            (a + b) * 2 > 0 ¦ ((a + b) * 2) > 0
            a = 1 OR a = 2 AND b = 3 ¦ a = 1 OR a = 2 AND b = 3
            (a = 1 OR a = 2) AND b = 3 ¦ (a = 1 OR a = 2) AND b = 3
            coalesce(a, 0) >= 0 ¦ COALESCE(a, 0) >= 0
            upper(d) = 'X' ¦ upper(d) = 'X'::text
            length(d) < 10 ¦ length(d) < 10
            CASE WHEN a > 0 THEN b > 0 ELSE true END ¦ ~CASE
                WHEN a > 0 THEN b > 0
                ELSE true
            END~
            d IS DISTINCT FROM 'x' ¦ d IS DISTINCT FROM 'x'::text
            -a < 5 ¦ (- a) < 5
            "a" > 0 ¦ a > 0
            "Price" > 0 ¦ "Price" > 0
            d COLLATE "C" > 'a' ¦ (d COLLATE "C") > 'a'::text
            extract(year from ts) > 2000 ¦ EXTRACT(year FROM ts) > 2000::numeric
            CAST(d AS int) > 0 ¦ d::integer > 0
            a::numeric > 1.5 ¦ a::numeric > 1.5
            lower(nickname) ¦ lower(nickname::text)
            lower(body) ¦ lower((body)::text)
            (body || title) ¦ (body || title)
            title || body ¦ (title || body)
            NOT deleted ¦ NOT deleted
            body IS NOT NULL ¦ (body IS NOT NULL)
            e = 'y' ¦ e::text = 'y'::text
            doc @> '{"a": 1}' ¦ doc @> '{"a": 1}'::jsonb
            tags && ARRAY['x'] ¦ tags && ARRAY['x'::text]
            (now() AT TIME ZONE 'utc') ¦ (now() AT TIME ZONE 'utc'::text)
            created at time zone 'UTC' > now() ¦ (created AT TIME ZONE 'UTC'::text) > now()
            """)
    void postgresWrittenAndReportedMeet(String written, String reported) {
        assertSame(Dialect.POSTGRESQL, written, reported);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            TRUE ¦ 1
            FALSE ¦ 0
            NULL ¦ NULL
            'happy' ¦ 'happy'
            'it''s' ¦ 'it''s'
            'it\\'s' ¦ 'it''s'
            "dq" ¦ 'dq'
            _utf8mb4'x' ¦ 'x'
            1.50 ¦ 1.50
            -1 ¦ -1
            1e3 ¦ 1000
            CURRENT_TIMESTAMP ¦ current_timestamp()
            CURRENT_TIMESTAMP() ¦ current_timestamp()
            NOW() ¦ current_timestamp()
            LOCALTIMESTAMP ¦ current_timestamp()
            CURRENT_TIMESTAMP(3) ¦ current_timestamp(3)
            NOW(6) ¦ current_timestamp(6)
            (CURRENT_DATE) ¦ curdate()
            (concat('a','b')) ¦ concat('a','b')
            ((1+2)*3) ¦ ((1 + 2) * 3)
            (UPPER('x')) ¦ ucase('x')
            e IN ('y','z') ¦ `e` in ('y','z')
            b > -1 ¦ `b` > -1
            (a > 0) AND (b < 1) ¦ `a` > 0 and `b` < 1
            NOT (a > 0) ¦ `a` <= 0
            a BETWEEN 1 AND 5 ¦ `a` between 1 and 5
            d LIKE 'x%' ¦ `d` like 'x%'
            a IS NOT NULL OR b IS NULL ¦ `a` is not null or `b` is null
            length(d) < 10 ¦ octet_length(`d`) < 10
            a + b * 2 > 0 ¦ `a` + `b` * 2 > 0
            (a + b) * 2 > 0 ¦ (`a` + `b`) * 2 > 0
            a = 1 OR a = 2 AND b = 3 ¦ `a` = 1 or `a` = 2 and `b` = 3
            (a = 1 OR a = 2) AND b = 3 ¦ (`a` = 1 or `a` = 2) and `b` = 3
            upper(d) = 'X' ¦ ucase(`d`) = 'X'
            lower(d) = d ¦ lcase(`d`) = `d`
            substring(d, 1, 2) = 'xx' ¦ substr(`d`,1,2) = 'xx'
            coalesce(a, 0) >= 0 ¦ coalesce(`a`,0) >= 0
            CASE WHEN a > 0 THEN b > 0 ELSE true END ¦ case when `a` > 0 then `b` > 0 else 1 end
            j = TRUE ¦ `j` = 1
            d <> "dq" ¦ `d` <> 'dq'
            a != 3 ¦ `a` <> 3
            d REGEXP '^x' ¦ `d` regexp '^x'
            a % 2 = 0 ¦ `a` MOD 2 = 0
            a DIV 2 = 0 ¦ `a` DIV 2 = 0
            char_length(d) > 0 ¦ char_length(`d`) > 0
            ifnull(a,0) >= 0 ¦ ifnull(`a`,0) >= 0
            a <=> b ¦ `a` <=> `b`
            age >= 18 OR age IS NULL ¦ `age` >= 18 or `age` is null
            concat(first_name, ' ', last_name) ¦ concat(`first_name`,' ',`last_name`)
            UPPER(nickname) ¦ ucase(`nickname`)
            first_name <> '' ¦ `first_name` <> ''
            a || b ¦ `a` or `b`
            """)
    void mariaDbWrittenAndReportedMeet(String written, String reported) {
        assertSame(Dialect.MARIADB, written, reported);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ¦ ", quoteCharacter = '~', textBlock = """
            POSTGRESQL ¦ price >= 0 and price<1000 ¦ price >= 0 AND price < 1000
            POSTGRESQL ¦ ((a)) ¦ a
            POSTGRESQL ¦ a - (b - c) ¦ a - (b - c)
            POSTGRESQL ¦ (a - b) - c ¦ a - b - c
            POSTGRESQL ¦ - (-1) ¦ 1
            POSTGRESQL ¦ "select" + 1 ¦ "select" + 1
            POSTGRESQL ¦ NOT (a AND b) ¦ NOT (a AND b)
            POSTGRESQL ¦ (a OR b) IS NULL ¦ (a OR b) IS NULL
            POSTGRESQL ¦ x IN (SELECT y FROM t) ¦ x in (select y from t)
            POSTGRESQL ¦ count(*) > 0 ¦ count(*) > 0
            POSTGRESQL ¦ 'a' || 'b' ¦ 'a' || 'b'
            MARIADB ¦ `my col` > 0 ¦ `my col` > 0
            MARIADB ¦ `Age` > 0 ¦ age > 0
            MARIADB ¦ 'a\\\\b' ¦ 'a\\\\b'
            MARIADB ¦ CAST(a AS CHAR(10)) ¦ CAST(a AS char(10))
            """)
    void canonicalSpelling(Dialect dialect, String written, String canonical) {
        assertEquals(canonical, ExpressionNormalizer.normalize(Engines.of(dialect).expressions().rules(), written));
    }
}
