package dev.cairn.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Creates the next migration file: {@code 003_add_posts.sql} (sequence style) or {@code 20261202153000_add_posts.sql};
 * in a folder of Flyway migrations, {@code V3__add_posts.sql} after {@code V2_1__…} (or {@code V20261202153000__…}).
 */
public final class NewMigration {
    public enum Style { SEQUENCE, TIMESTAMP }

    private NewMigration() {
    }

    public static Path create(Path folder, String name, Style style, Clock clock) {
        return create(folder, name, style, clock, StandardCharsets.UTF_8);
    }

    /** Like {@link #create(Path, String, Style, Clock)}, in the migrations' {@code encoding}. */
    public static Path create(Path folder, String name, Style style, Clock clock, Charset encoding) {
        return create(folder, name, style, clock, TEMPLATE, encoding);
    }

    private static final String TEMPLATE = "-- Write the up migration below. Cairn derives the down migration from the schema model;\n"
            + "-- to write it yourself, add a line \"-- migrate:down\" followed by its statements.\n\n";

    /** The next migration file, holding a comment line with the name and then {@code body}. */
    public static Path create(Path folder, String name, Style style, Clock clock, String body) {
        return create(folder, name, style, clock, body, StandardCharsets.UTF_8);
    }

    /** Like {@link #create(Path, String, Style, Clock, String)}, in the migrations' {@code encoding}. */
    public static Path create(Path folder, String name, Style style, Clock clock, String body, Charset encoding) {
        if (name == null || name.isBlank()) throw new MigrationFileProblem("Give the migration a name: -Dname=\"add posts\"");
        String description = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (description.isEmpty()) throw new MigrationFileProblem("The name " + name + " has no letters or digits to name a file with");
        try {
            Files.createDirectories(folder);
            List<MigrationFile> existing = MigrationDirectory.load(folder, "", encoding);
            if (existing instanceof MigrationFiles flyway && (!flyway.flyway().isEmpty() || !flyway.repeatables().isEmpty())) {
                return write(folder.resolve("V" + nextFlywayVersion(flyway, style, clock) + "__" + description + ".sql"), name, body, encoding);
            }
            String version;
            if (style == Style.TIMESTAMP) {
                version = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            } else {
                long next = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).version() + 1;
                int width = existing.isEmpty() ? 3 : Math.max(3, existing.get(existing.size() - 1).displayName().indexOf('_'));
                version = String.format("%0" + width + "d", next);
            }
            return write(folder.resolve(version + "_" + description + ".sql"), name, body, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the migration file in " + folder, e);
        }
    }

    private static Path write(Path file, String name, String body, Charset encoding) throws IOException {
        if (Files.exists(file)) throw new MigrationFileProblem(file + " exists already");
        Files.writeString(file, "-- " + name.strip() + "\n" + body, encoding);
        return file;
    }

    /**
     * In a folder of Flyway migrations, the next one's Flyway version: the newest one's first part plus one ({@code 2.1}
     * → {@code 3}), or the time in timestamp style; its Cairn version is then the next ordinal ({@link FlywayLayout}).
     */
    private static String nextFlywayVersion(MigrationFiles files, Style style, Clock clock) {
        if (style == Style.TIMESTAMP) return LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        FlywayLayout.Versioned newest = files.isEmpty() ? null : files.flyway().get(files.get(files.size() - 1).version());
        return newest == null ? "1" : newest.version().parts().get(0).add(java.math.BigInteger.ONE).toString();
    }
}
