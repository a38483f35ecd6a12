package dev.cairn.spring.boot;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Boot's {@code DatabaseInitializationDependencyConfigurer} that {@link CairnMigrationInitializer} beans
 * initialise the database, as Boot's own detectors do for Flyway and Liquibase; registered in
 * {@code META-INF/spring.factories}.
 */
class CairnDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(CairnMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
