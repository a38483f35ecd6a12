package dev.cairn.bench;

import dev.cairn.dialect.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A migrations folder as a project grows one: {@code tables} CREATE TABLE migrations (from {@link CreateTableCorpus},
 * with foreign keys to earlier tables) interleaved with as many later changes, each adding a column and an index to
 * an earlier table. 500 tables make 1,000 files.
 */
final class MigrationCorpus {
    private MigrationCorpus() {
    }

    static void write(Path folder, Dialect dialect, int tables, long seed) throws IOException {
        Files.createDirectories(folder);
        List<String> creates = CreateTableCorpus.generate(dialect, tables, seed).statements();
        int version = 0;
        for (int t = 0; t < tables; t++) {
            write(folder, ++version, "create_tbl_" + t, creates.get(t) + ";\n");
            write(folder, ++version, "extend_tbl_" + t / 2, change(dialect, t / 2, t));
        }
    }

    /** A later migration: one more column and an index on it, for table {@code table}. */
    private static String change(Dialect dialect, int table, int step) {
        String name = String.format(Locale.ROOT, "tbl_%05d", table);
        String column = "extra_" + step;
        String type = switch (step % 3) {
            case 0 -> "VARCHAR(80)";
            case 1 -> dialect == Dialect.POSTGRESQL ? "integer" : "INTEGER";
            default -> "DATE";
        };
        return "ALTER TABLE " + name + " ADD COLUMN " + column + " " + type + ";\n"
                + "CREATE INDEX ix_" + name + "_" + column + " ON " + name + " (" + column + ");\n";
    }

    private static void write(Path folder, int version, String description, String sql) throws IOException {
        Files.writeString(folder.resolve(String.format(Locale.ROOT, "%04d_%s.sql", version, description)), sql);
    }
}
