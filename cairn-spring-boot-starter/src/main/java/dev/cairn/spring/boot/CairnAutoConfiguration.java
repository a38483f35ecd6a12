package dev.cairn.spring.boot;

import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigratorBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;

/**
 * Upgrades the application's {@link DataSource} with Cairn at start-up ({@code cairn.enabled}, on by default): a
 * {@link Migrator} over the DataSource, configured by {@link CairnProperties}, and the {@link CairnMigrationInitializer}
 * that runs it before anything that uses the database is created (Boot's database-initialization ordering, as for
 * Flyway and Liquibase).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "cairn.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CairnProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class CairnAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Migrator cairnMigrator(DataSource dataSource, CairnProperties properties, ResourceLoader resourceLoader) {
        return builder(dataSource, properties, resourceLoader).driftCheck(properties.isDriftCheck()).build();
    }

    /**
     * The initializer runs the {@link CairnMigrationStrategy} bean, or the default one, on the {@link Migrator} bean; with
     * {@code cairn.fail-on-drift=false}, on a migrator of the same settings that does not compare the live schema first.
     */
    @Bean
    @ConditionalOnMissingBean
    public CairnMigrationInitializer cairnMigrationInitializer(Migrator cairnMigrator, CairnProperties properties, DataSource dataSource,
                                                               ResourceLoader resourceLoader, ObjectProvider<CairnMigrationStrategy> strategy) {
        Migrator upgrading = properties.isFailOnDrift() || !properties.isDriftCheck() ? cairnMigrator
                : builder(dataSource, properties, resourceLoader).driftCheck(false).build();
        return new CairnMigrationInitializer(upgrading, strategy.getIfAvailable(() -> CairnMigrationInitializer.defaultStrategy(properties, cairnMigrator)));
    }

    static MigratorBuilder builder(DataSource dataSource, CairnProperties properties, ResourceLoader resourceLoader) {
        ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader() : CairnAutoConfiguration.class.getClassLoader();
        return Migrator.configure()
                .dataSource(dataSource)
                .migrations(CairnMigrations.load(properties.getLocations(), loader))
                .historyTable(properties.getHistoryTable())
                .transactionScope(properties.getTransactionScope())
                .schema(properties.getSchema(), properties.isCreateSchema())
                .lockTimeout(properties.getLockTimeout())
                .appliedBy(properties.getAppliedBy())
                .log(CairnMigrationInitializer.LOG);
    }
}
