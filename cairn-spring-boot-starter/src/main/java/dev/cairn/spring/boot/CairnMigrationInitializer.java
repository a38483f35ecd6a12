package dev.cairn.spring.boot;

import dev.cairn.migrate.MigrationLog;
import dev.cairn.migrate.Migrator;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Upgrades the database when the application context creates this bean: a database initializer (see
 * {@link CairnDatabaseInitializerDetector}), so every bean that uses the database ({@code JdbcTemplate}, JPA, the
 * entity runtime's {@code Database}, anything marked {@code @DependsOnDatabaseInitialization}) is created after it.
 * A {@link CairnMigrationStrategy} bean replaces what it does; the default is {@link #defaultStrategy}.
 */
public class CairnMigrationInitializer implements InitializingBean, Ordered {
    /** Where the starter's migrators log: the {@link System.Logger} {@code dev.cairn.migrate}, which Boot's logging shows. */
    static final MigrationLog LOG = MigrationLog.SYSTEM_LOGGER;

    private final Migrator migrator;
    private final CairnMigrationStrategy strategy;
    private int order;

    public CairnMigrationInitializer(Migrator migrator, CairnMigrationStrategy strategy) {
        this.migrator = migrator;
        this.strategy = strategy;
    }

    /**
     * What {@code cairn.*} asks for: with {@code baseline-on-start}, a database that has tables but no history is put
     * under version control at {@code baseline-version} first; with {@code import-flyway-on-start}, one that Flyway
     * migrated is imported first ({@link Migrator#importFlyway()}); then the upgrade to {@code target} (the newest when
     * unset). With {@code fail-on-drift=false} a drift found is logged as a warning (the health indicator reports it).
     */
    public static CairnMigrationStrategy defaultStrategy(CairnProperties properties, Migrator checking) {
        return migrator -> {
            if (properties.isBaselineOnStart() && migrator.status().applied().isEmpty() && !checking.validation().drift().isEmpty()) {
                LOG.info("The database has tables but no history: putting it under version control at version " + properties.getBaselineVersion()
                        + " (cairn.baseline-on-start)");
                migrator.baseline(properties.getBaselineVersion());
            }
            if (properties.isImportFlywayOnStart() && migrator.status().applied().isEmpty() && !checking.validation().drift().isEmpty()) {
                LOG.info("The database has tables but no Cairn history: importing what Flyway applied (cairn.import-flyway-on-start)");
                migrator.importFlyway();
            }
            if (!properties.isFailOnDrift() && properties.isDriftCheck()) {
                for (String drift : checking.validation().drift()) LOG.warn(drift + " (cairn.fail-on-drift=false: upgrading anyway)");
            }
            migrator.upgrade(properties.getTarget(), false);
        };
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(migrator);
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
