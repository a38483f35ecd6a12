package dev.cairn.maven;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** db.baselineVersion for db:baseline, db.modelVersion for the model goals, db.version the deprecated name of both. */
class VersionPropertiesTest {
    final List<String> warn = new ArrayList<>();

    @Test
    void baselineTakesTheNewNameAndTheOldOneWithAWarning() {
        assertEquals(3L, VersionProperties.baseline(3L, null, warn::add));
        assertTrue(warn.isEmpty());
        assertEquals(4L, VersionProperties.baseline(null, 4L, warn::add));
        assertEquals("db.version is deprecated for db:baseline; use -Ddb.baselineVersion=4 (db.version also sets the version db:schema and"
                + " db:generate-models model, which is db.modelVersion)", warn.get(0));
        assertEquals(3L, VersionProperties.baseline(3L, 4L, warn::add), "the new name wins");
        assertTrue(warn.get(1).startsWith("db.version=4 is ignored: db.baselineVersion=3 is set"), warn.get(1));
    }

    @Test
    void theModelGoalsReadTheOldNameWithAWarningUnlessBaselineRunsToo() {
        assertEquals(3L, VersionProperties.model("db:generate-models", null, 3L, List.of("compile"), warn::add));
        assertEquals("db.version is deprecated for db:generate-models; use -Ddb.modelVersion=3 (db.version also sets db:baseline's version,"
                + " which is db.baselineVersion)", warn.get(0));
        assertNull(VersionProperties.model("db:generate-models", null, 3L, List.of("compile", "db:baseline"), warn::add),
                "with db:baseline in the build, db.version is the baseline's: the models are the newest version's");
        assertEquals(1, warn.size(), "and nothing is said");
        assertEquals(2L, VersionProperties.model("db:schema", 2L, null, List.of("db:schema"), warn::add));
        assertEquals(2L, VersionProperties.model("db:schema", 2L, 3L, List.of("db:schema"), warn::add), "the new name wins");
        assertEquals("db.version=3 is not read by db:schema: db.modelVersion=2 is set", warn.get(1));
        assertEquals(2, warn.size());
    }
}
