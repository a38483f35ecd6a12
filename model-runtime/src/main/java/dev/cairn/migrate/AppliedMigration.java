package dev.cairn.migrate;

/**
 * One row of the history table: a migration as it was applied, with the down SQL that reverses it (written or derived
 * at that time) or the reason it cannot be reversed.
 */
public record AppliedMigration(long version, String description, String fileName, String checksum, String downSql,
                               String irreversible, String appliedAt, String appliedBy, long executionMillis, String schemaHash) {
}
