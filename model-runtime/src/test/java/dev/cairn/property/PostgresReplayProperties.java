package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.Optional;

/**
 * Random DDL scripts of 20–40 steps (with ALTER TABLE … ADD/DROP CONSTRAINT, ALTER COLUMN, DROP TABLE … CASCADE),
 * replayed by Cairn and executed in a fresh PostgreSQL schema, give the same schema.
 */
@AddLifecycleHook(FirstDivergence.class)
@AddLifecycleHook(LiveEngine.SkipWithoutServer.class)
class PostgresReplayProperties implements ScriptComparison {

    @Property
    @TriesByEnvironment(local = 50, ci = 500)
    void replayedModelEqualsThePostgresSchema(@ForAll("scripts") DdlScript script) throws Exception {
        differences(script).ifPresent(problem -> {
            throw new AssertionError(problem);
        });
    }

    @Provide
    Arbitrary<DdlScript> scripts() {
        return DdlScripts.scripts(new PostgresFlavor());
    }

    @Override
    public Optional<String> differences(DdlScript script) throws Exception {
        return LiveEngine.compare(Dialect.POSTGRESQL, script);
    }
}
