package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * PostgreSQL cuts every identifier to 63 bytes, whatever it names (issue 21: an enum type named over 63 bytes kept its
 * long name in the model where a column's type named it). One script per kind of named object the model holds, each
 * naming it over 63 bytes where it is declared and where it is referred to (another spelling of the same cut name
 * included), run against the live server: upgrade then validate is clean (replay equals introspection), db:schema's
 * output has the engine's catalog, and the derived downs, one statement per migration, leave validate clean.
 */
class PostgresLongNamesPerKindTest {
    /** 70 bytes; {@code %s_more} is another name of 76 bytes, whose first 63 are the same. */
    private static final String L = "_long_name_long_name_long_name_long_name_long_name_long_name_long_na";
    /** 72 bytes of two-byte characters after {@code e_}: cut to 62 bytes, never inside a character. */
    private static final String ACCENTED = "é".repeat(36);

    static Stream<Arguments> kinds() {
        return Stream.of(
                arguments("enum type", """
                        CREATE TYPE mood%1$s AS ENUM ('a', 'b');
                        CREATE TYPE "e_%2$s" AS ENUM ('x');
                        CREATE TABLE t (id int PRIMARY KEY, m mood%1$s DEFAULT 'a', ms mood%1$s[], q "mood%1$s" DEFAULT 'b'::mood%1$s_more,
                          e "e_%2$s", CONSTRAINT ck CHECK (m <> 'b'::"mood%1$s"))
                        ALTER TYPE mood%1$s_more ADD VALUE 'c'
                        ALTER TABLE t ADD COLUMN later mood%1$s_more DEFAULT 'b'::mood%1$s
                        COMMENT ON TYPE mood%1$s_more IS 'moods'
                        ALTER TABLE t ALTER COLUMN e TYPE text
                        DROP TYPE "e_%2$s"
                        CREATE TYPE gone%1$s AS ENUM ('z')
                        DROP TYPE gone%1$s_more"""),
                arguments("sequence", """
                        CREATE SEQUENCE seq%1$s START 10
                        CREATE TABLE t (id bigint DEFAULT nextval('seq%1$s_more') PRIMARY KEY, n int)
                        CREATE SEQUENCE "s_%2$s"
                        ALTER TABLE t ALTER COLUMN n SET DEFAULT nextval('"s_%2$s"')
                        CREATE SEQUENCE gone%1$s
                        DROP SEQUENCE gone%1$s_more"""),
                arguments("serial column of a long table", """
                        CREATE TABLE t%1$s (id serial PRIMARY KEY, other bigserial)
                        ALTER TABLE t%1$s_more ADD COLUMN third smallserial"""),
                arguments("function and trigger", """
                        CREATE TABLE t (id int, note text)
                        CREATE FUNCTION fn%1$s() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'x'; RETURN NEW; END $$
                        CREATE TRIGGER trg%1$s BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION fn%1$s_more()
                        CREATE TRIGGER "t_%2$s" BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION fn%1$s()
                        ALTER TRIGGER trg%1$s_more ON t RENAME TO trg2%1$s
                        DROP TRIGGER "t_%2$s" ON t
                        CREATE FUNCTION gone%1$s() RETURNS int LANGUAGE sql AS 'SELECT 1'
                        DROP FUNCTION gone%1$s_more()"""),
                arguments("view", """
                        CREATE TABLE t (a int, b int)
                        CREATE VIEW v%1$s AS SELECT a, b FROM t
                        CREATE VIEW w AS SELECT a FROM v%1$s_more
                        CREATE VIEW "v_%2$s" AS SELECT b FROM "v%1$s"
                        COMMENT ON VIEW v%1$s IS 'a view'
                        ALTER VIEW "v_%2$s" RENAME TO x%1$s
                        CREATE VIEW gone%1$s AS SELECT a FROM t
                        DROP VIEW gone%1$s_more"""),
                arguments("index and constraint", """
                        CREATE TABLE t (a int, b int, c int, CONSTRAINT pk%1$s PRIMARY KEY (a))
                        CREATE INDEX ix%1$s ON t (b)
                        CREATE UNIQUE INDEX "i_%2$s" ON t (c)
                        ALTER TABLE t ADD CONSTRAINT uq%1$s UNIQUE (b, c)
                        ALTER TABLE t ADD CONSTRAINT ck%1$s CHECK (c > 0)
                        ALTER TABLE t ADD CONSTRAINT fk%1$s FOREIGN KEY (b) REFERENCES t (a)
                        ALTER TABLE t RENAME CONSTRAINT uq%1$s_more TO uq2%1$s
                        ALTER TABLE t DROP CONSTRAINT ck%1$s_more
                        ALTER TABLE t DROP CONSTRAINT fk%1$s_more
                        DROP INDEX ix%1$s_more
                        DROP INDEX "i_%2$s\""""),
                arguments("policy", """
                        CREATE TABLE t (a int)
                        ALTER TABLE t ENABLE ROW LEVEL SECURITY
                        CREATE POLICY p%1$s ON t USING (a > 0)
                        CREATE POLICY "p_%2$s" ON t FOR SELECT USING (true)
                        ALTER POLICY p%1$s_more ON t RENAME TO q%1$s
                        DROP POLICY "p_%2$s" ON t"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aNameOver63BytesIsTheCutNameWhereverItStands(String kind, String script) throws SQLException {
        List<String> statements = Arrays.asList(script.formatted(L, ACCENTED).split("\n(?=[A-Z])"));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single(kind, String.join(";\n", statements) + ";\n"));
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.POSTGRESQL, SchemaInvariants.oneStatementEach(statements));
    }
}
