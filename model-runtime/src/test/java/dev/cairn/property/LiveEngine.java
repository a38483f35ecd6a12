package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import dev.cairn.testdb.LiveDatabase;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Runs a generated script in a fresh PostgreSQL schema or MariaDB database ({@link LiveDatabase}) per try. */
final class LiveEngine {
    private LiveEngine() {
    }

    /** Runs the script in a fresh namespace, introspects it, drops it, and compares with Cairn's replay. */
    static Optional<String> compare(Dialect dialect, DdlScript script) throws Exception {
        try (LiveDatabase db = LiveDatabase.of(dialect)) {
            EngineRun.execute(db.connection(), script);
            Schema live = CairnReplay.introspect(dialect, db.connection());
            return CairnReplay.compare(script, live);
        }
    }

    static boolean available(Dialect dialect) {
        String url = dialect == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL : LiveDatabase.MARIADB_URL;
        try (var ignored = DriverManager.getConnection(url, dialect == Dialect.POSTGRESQL ? "postgres" : "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Skips a property class when its server is not running, unless CI=true, where that is a failure. */
    static final class SkipWithoutServer implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            Class<?> type = context.optionalContainerClass().orElse(null);
            Dialect dialect = type == PostgresReplayProperties.class ? Dialect.POSTGRESQL
                    : type == MariaDbReplayProperties.class ? Dialect.MARIADB : null;
            if (dialect == null || LiveDatabase.isCi() || available(dialect)) return SkipResult.doNotSkip();
            return SkipResult.skip(dialect.id() + " server not reachable on 127.0.0.1 (with CI=true this is a failure)");
        }
    }
}
