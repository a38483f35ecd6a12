package dev.cairn.spring.boot;

import dev.cairn.entity.Database;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

import java.util.Set;

/** Every entity-runtime {@link Database} bean (the starter's or the application's) waits for the database initializers. */
class CairnDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(Database.class);
    }
}
