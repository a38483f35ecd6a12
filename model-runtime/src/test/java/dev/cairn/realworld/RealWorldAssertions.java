package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.property.CairnReplay;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDiff;
import dev.cairn.sql.SqlProblem;

import static org.junit.jupiter.api.Assertions.fail;

/** Replays a published script with Cairn and compares the result with a live database, failing readably. */
final class RealWorldAssertions {
    private RealWorldAssertions() {
    }

    /** Every statement of the script replays; the model it builds from {@code start}. */
    static Schema replays(Dialect dialect, JarScript script) {
        try {
            return CairnReplay.replay(dialect, script.fileName(), script.text());
        } catch (SqlProblem e) {
            return fail(script + " does not replay as " + dialect.id() + ":\n" + e.getMessage(), e);
        }
    }

    static void assertSameSchema(String what, Schema replayed, Schema live) {
        SchemaDiff diff = SchemaDiff.between(replayed, live);
        if (!diff.isEmpty())
            fail(what + ": the replayed model (expected) differs from the live database (actual):\n  " + diff.toString().replace("\n", "\n  "));
    }
}
