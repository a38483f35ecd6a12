package dev.cairn.spring.boot;

import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.MigrationStatus;
import dev.cairn.migrate.Migrator;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/cairn}: for each {@link Migrator} bean of the context and its parents, the database's version and
 * every migration with its state (applied, pending, edited, missing, out-of-order), as {@code /actuator/flyway} does
 * for Flyway.
 */
@Endpoint(id = "cairn")
public class CairnEndpoint {
    private final ApplicationContext context;

    public CairnEndpoint(ApplicationContext context) {
        this.context = context;
    }

    @ReadOperation
    public CairnBeans cairnBeans() {
        Map<String, ContextCairnBeans> contexts = new LinkedHashMap<>();
        for (ApplicationContext c = context; c != null; c = c.getParent()) {
            Map<String, MigratorDescriptor> migrators = new LinkedHashMap<>();
            c.getBeansOfType(Migrator.class).forEach((name, migrator) -> migrators.put(name, MigratorDescriptor.of(migrator.status())));
            contexts.put(c.getId(), new ContextCairnBeans(migrators, c.getParent() == null ? null : c.getParent().getId()));
        }
        return new CairnBeans(contexts);
    }

    /** The application's contexts by id. */
    public record CairnBeans(Map<String, ContextCairnBeans> contexts) implements OperationResponseBody {
    }

    /** The migrators of one context by bean name, and its parent's id. */
    public record ContextCairnBeans(Map<String, MigratorDescriptor> migrators, String parentId) {
    }

    /** A migrator's database: its version, each migration's state, and the problems status found (edited files, …). */
    public record MigratorDescriptor(long currentVersion, List<MigrationState> migrations, List<String> problems) {
        static MigratorDescriptor of(MigrationStatus status) {
            return new MigratorDescriptor(status.currentVersion(), status.migrations(), status.problems());
        }
    }
}
