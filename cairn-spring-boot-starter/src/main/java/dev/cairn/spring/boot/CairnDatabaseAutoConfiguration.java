package dev.cairn.spring.boot;

import dev.cairn.entity.Database;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import javax.sql.DataSource;

/**
 * The entity runtime's {@link Database} over the application's {@link DataSource}, created once the database is
 * initialised (migrated): see {@link CairnDependsOnDatabaseInitializationDetector}. Also with {@code cairn.enabled=false}
 * (the database is then migrated some other way).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, CairnAutoConfiguration.class})
@ConditionalOnClass(Database.class)
@ConditionalOnSingleCandidate(DataSource.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class CairnDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Database cairnDatabase(DataSource dataSource) {
        return Database.of(dataSource);
    }
}
