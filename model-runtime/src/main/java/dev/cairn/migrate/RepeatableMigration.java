package dev.cairn.migrate;

import java.util.List;

/**
 * A Flyway repeatable migration, {@code R__<description>.sql}: applied after the versioned migrations whenever its
 * text changed since it was last applied (recorded in {@code <history>_repeatable}), in the order of the descriptions.
 * Its effect on the schema is what its statements create or replace (a {@code CREATE OR REPLACE VIEW}, say): replayed
 * over the schema of the versioned migrations, from the text as it was last applied.
 *
 * @param file           the text as a migration file (version 0: it has none), for the splitter and the checksum
 * @param flywayChecksum the checksum Flyway computes of the text ({@link FlywayChecksum})
 */
public record RepeatableMigration(MigrationFile file, int flywayChecksum) {

    public String description() {
        return file.description();
    }

    public String checksum() {
        return file.checksum();
    }

    /** The repeatable migrations read with {@code files} (none when they were read from a layout without them). */
    public static List<RepeatableMigration> of(List<MigrationFile> files) {
        if (files instanceof MigrationFiles m) return m.repeatables();
        if (files instanceof MigrationsInBackground b) return b.repeatables();
        return List.of();
    }
}
