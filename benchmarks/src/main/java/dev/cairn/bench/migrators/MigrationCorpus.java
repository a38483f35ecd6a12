package dev.cairn.bench.migrators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * N generated migrations in plain SQL that SQLite and PostgreSQL both accept as written, so every tool runs the same
 * statements: a cycle of a new table (a foreign key to an earlier table, an index on it), an added column, a new
 * index, and an added foreign-key column with its index. SQLite cannot add a constraint to an existing table, so
 * every foreign key is declared with its column ({@code ADD COLUMN x INTEGER REFERENCES t (id)}), which both accept.
 *
 * <p>Written out per tool: Cairn's {@code 0001_create_t0001.sql}, Flyway's {@code V1__create_t0001.sql}, and one
 * Liquibase formatted SQL changelog with a changeset per migration.
 */
public record MigrationCorpus(List<Migration> migrations) {

    public record Migration(int version, String description, List<String> statements) {
        public String fileSlug() {
            return description.replace(' ', '_');
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (String s : statements) sb.append(s).append(";\n");
            return sb.toString();
        }
    }

    /** {@code count} migrations; every fourth creates a table. */
    public static MigrationCorpus generate(int count, long seed) {
        return build(count, Integer.MAX_VALUE, seed);
    }

    /** The shortest corpus of the same cycle that creates {@code tables} tables. */
    public static MigrationCorpus withTables(int tables, long seed) {
        return build(Integer.MAX_VALUE, tables, seed);
    }

    private static MigrationCorpus build(int count, int maxTables, long seed) {
        Random random = new Random(seed);
        List<Migration> out = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (int v = 1; v <= count; v++) {
            int kind = (v - 1) % 4;
            if (kind == 0 && tables.size() == maxTables) break;
            List<String> sql = new ArrayList<>();
            String description;
            if (kind == 0 || tables.isEmpty()) {
                String table = String.format(Locale.ROOT, "t%04d", tables.size() + 1);
                StringBuilder create = new StringBuilder("CREATE TABLE ").append(table).append(" (\n")
                        .append("    id INTEGER PRIMARY KEY,\n")
                        .append("    name VARCHAR(100) NOT NULL,\n")
                        .append("    code VARCHAR(32) UNIQUE,\n")
                        .append("    amount NUMERIC(12, 2) DEFAULT 0 NOT NULL,\n")
                        .append("    active BOOLEAN DEFAULT TRUE NOT NULL,\n")
                        .append("    created_at TIMESTAMP");
                String parent = tables.isEmpty() ? null : tables.get(random.nextInt(tables.size()));
                if (parent != null) create.append(",\n    ").append(parent).append("_id INTEGER REFERENCES ").append(parent).append(" (id)");
                create.append("\n)");
                sql.add(create.toString());
                if (parent != null) sql.add("CREATE INDEX ix_" + table + "_" + parent + "_id ON " + table + " (" + parent + "_id)");
                tables.add(table);
                description = "create " + table;
            } else if (kind == 1) {
                String table = pick(tables, random);
                sql.add("ALTER TABLE " + table + " ADD COLUMN note_" + v + " VARCHAR(200)");
                sql.add("ALTER TABLE " + table + " ADD COLUMN qty_" + v + " INTEGER DEFAULT 0 NOT NULL");
                description = "add columns to " + table;
            } else if (kind == 2) {
                String table = pick(tables, random);
                sql.add("CREATE INDEX ix_" + table + "_name_" + v + " ON " + table + " (name, created_at)");
                description = "index " + table;
            } else {
                String table = pick(tables, random);
                String target = pick(tables, random);
                String column = "r" + v + "_" + target + "_id";
                sql.add("ALTER TABLE " + table + " ADD COLUMN " + column + " INTEGER REFERENCES " + target + " (id)");
                sql.add("CREATE INDEX ix_" + table + "_" + column + " ON " + table + " (" + column + ")");
                description = "reference " + target + " from " + table;
            }
            out.add(new Migration(v, description, List.copyOf(sql)));
        }
        return new MigrationCorpus(List.copyOf(out));
    }

    private static String pick(List<String> tables, Random random) {
        // most changes touch recent tables, as in a living project
        int n = tables.size();
        return random.nextInt(3) == 0 ? tables.get(random.nextInt(n)) : tables.get(Math.max(0, n - 1 - random.nextInt(Math.min(n, 20))));
    }

    public int size() {
        return migrations.size();
    }

    public int statementCount() {
        return migrations.stream().mapToInt(m -> m.statements().size()).sum();
    }

    public long tableCount() {
        return migrations.stream().filter(m -> m.description().startsWith("create ")).count();
    }

    /** Cairn's layout: {@code <version>_<description>.sql}. */
    public Path writeCairn(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Migration m : migrations) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%04d_%s.sql", m.version(), m.fileSlug())), m.text(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Flyway's layout: {@code V<version>__<description>.sql}. */
    public Path writeFlyway(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Migration m : migrations) {
            Files.writeString(dir.resolve("V" + m.version() + "__" + m.fileSlug() + ".sql"), m.text(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** One Liquibase formatted SQL changelog, a changeset per migration (each runs in its own transaction). */
    public Path writeLiquibase(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder("-- liquibase formatted sql\n");
        for (Migration m : migrations) {
            sb.append("\n-- changeset bench:").append(m.version()).append("\n-- comment: ").append(m.description()).append('\n').append(m.text());
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
