package dev.cairn.spring.boot;

import dev.cairn.migrate.Migrator;

/**
 * What Cairn does with the database at start-up, in place of the default (baseline when asked, then upgrade to the
 * target): a bean of this type, like Boot's {@code FlywayMigrationStrategy}. E.g. {@code migrator -> migrator.validate()}
 * to only check, or nothing at all to leave the upgrade to a deployment step.
 */
@FunctionalInterface
public interface CairnMigrationStrategy {
    void migrate(Migrator migrator);
}
