package dev.cairn.bench;

import dev.cairn.dialect.Dialect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic set of realistic CREATE TABLE statements for one dialect: an auto-numbered primary key, 5–15
 * columns of everyday types with NOT NULL, defaults and inline UNIQUE here and there, foreign keys to earlier tables
 * (inline and table-level), now and then a composite UNIQUE or a CHECK.
 */
record CreateTableCorpus(Dialect dialect, List<String> statements) {

    private record ColumnShape(String name, String sqlite, String postgres, String mysql) {
    }

    private static final List<ColumnShape> SHAPES = List.of(
            new ColumnShape("name", "VARCHAR(100) NOT NULL", "varchar(100) NOT NULL", "VARCHAR(100) NOT NULL"),
            new ColumnShape("title", "VARCHAR(200)", "varchar(200)", "VARCHAR(200)"),
            new ColumnShape("email", "VARCHAR(255) NOT NULL UNIQUE", "varchar(255) NOT NULL UNIQUE", "VARCHAR(255) NOT NULL UNIQUE"),
            new ColumnShape("code", "CHAR(8) UNIQUE", "char(8) UNIQUE", "CHAR(8) UNIQUE"),
            new ColumnShape("description", "TEXT", "text", "TEXT"),
            new ColumnShape("notes", "TEXT", "text", "TEXT"),
            new ColumnShape("status", "VARCHAR(20) NOT NULL DEFAULT 'new'", "varchar(20) NOT NULL DEFAULT 'new'", "VARCHAR(20) NOT NULL DEFAULT 'new'"),
            new ColumnShape("quantity", "INTEGER NOT NULL DEFAULT 0", "integer NOT NULL DEFAULT 0", "INT NOT NULL DEFAULT 0"),
            new ColumnShape("position", "INTEGER", "integer", "INT"),
            new ColumnShape("price", "DECIMAL(10,2) DEFAULT 0", "numeric(10,2) DEFAULT 0", "DECIMAL(10,2) DEFAULT 0"),
            new ColumnShape("weight", "REAL", "double precision", "DOUBLE"),
            new ColumnShape("is_active", "BOOLEAN NOT NULL DEFAULT 1", "boolean NOT NULL DEFAULT true", "BOOLEAN NOT NULL DEFAULT TRUE"),
            new ColumnShape("is_deleted", "BOOLEAN NOT NULL DEFAULT 0", "boolean NOT NULL DEFAULT false", "TINYINT(1) NOT NULL DEFAULT 0"),
            new ColumnShape("created_at", "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", "timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP", "DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"),
            new ColumnShape("updated_at", "TIMESTAMP", "timestamptz", "DATETIME(6)"),
            new ColumnShape("birth_date", "DATE", "date", "DATE"),
            new ColumnShape("external_id", "VARCHAR(36)", "uuid", "CHAR(36)"),
            new ColumnShape("payload", "BLOB", "jsonb", "BLOB"),
            new ColumnShape("version", "BIGINT NOT NULL DEFAULT 1", "bigint NOT NULL DEFAULT 1", "BIGINT NOT NULL DEFAULT 1"),
            new ColumnShape("score", "NUMERIC(5,2)", "numeric(5,2)", "DECIMAL(5,2)"),
            new ColumnShape("url", "VARCHAR(2048)", "varchar(2048)", "VARCHAR(2048)"),
            new ColumnShape("country", "CHAR(2) NOT NULL DEFAULT 'NL'", "char(2) NOT NULL DEFAULT 'NL'", "CHAR(2) NOT NULL DEFAULT 'NL'"),
            new ColumnShape("rank", "SMALLINT", "smallint", "SMALLINT"),
            new ColumnShape("amount", "DECIMAL(12,4) NOT NULL", "numeric(12,4) NOT NULL", "DECIMAL(12,4) NOT NULL"));

    static CreateTableCorpus generate(Dialect dialect, int count, long seed) {
        Random random = new Random(seed);
        List<String> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) statements.add(table(dialect, i, random));
        return new CreateTableCorpus(dialect, statements);
    }

    /** The statements as one migration file. */
    String text() {
        StringBuilder b = new StringBuilder(statements.size() * 400);
        for (String s : statements) b.append(s).append(";\n\n");
        return b.toString();
    }

    private static String tableName(int i) {
        return String.format("tbl_%05d", i);
    }

    private static String table(Dialect dialect, int i, Random random) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (dialect) {
            case SQLITE -> "id INTEGER PRIMARY KEY AUTOINCREMENT";
            case POSTGRESQL -> random.nextBoolean() ? "id bigserial PRIMARY KEY" : "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
            case MYSQL, MARIADB -> "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
        });
        String bigint = dialect == Dialect.POSTGRESQL ? "bigint" : dialect == Dialect.SQLITE ? "INTEGER" : "BIGINT";
        int columns = 4 + random.nextInt(11); // with id: 5–15
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        while (names.size() < columns) {
            if (i > 0 && random.nextInt(100) < 12) {
                int parent = random.nextInt(i);
                String column = "ref_" + String.format("%05d", parent) + "_id";
                if (!used.add(column)) continue;
                names.add(column);
                String onDelete = random.nextInt(3) == 0 ? " ON DELETE CASCADE" : "";
                if ((dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) || random.nextBoolean()) {
                    lines.add(column + " " + bigint + (random.nextBoolean() ? " NOT NULL" : ""));
                    constraints.add("CONSTRAINT fk_" + i + "_" + parent + " FOREIGN KEY (" + column + ") REFERENCES " + tableName(parent) + " (id)" + onDelete);
                } else {
                    lines.add(column + " " + bigint + " REFERENCES " + tableName(parent) + " (id)" + onDelete);
                }
                continue;
            }
            ColumnShape shape = SHAPES.get(random.nextInt(SHAPES.size()));
            if (!used.add(shape.name)) continue;
            names.add(shape.name);
            String type = switch (dialect) {
                case SQLITE -> shape.sqlite;
                case POSTGRESQL -> shape.postgres;
                case MYSQL, MARIADB -> shape.mysql;
            };
            lines.add(shape.name + " " + type);
        }
        if (random.nextInt(10) == 0 && used.contains("quantity")) constraints.add("CHECK (quantity >= 0)");
        if (random.nextInt(10) == 0) {
            List<String> plain = names.stream().filter(n -> !n.startsWith("ref_") && !n.equals("email") && !n.equals("code")
                    && !n.equals("description") && !n.equals("notes") && !n.equals("payload") && !n.equals("url")).toList();
            if (plain.size() >= 2) constraints.add("CONSTRAINT uq_" + i + " UNIQUE (" + plain.get(0) + ", " + plain.get(1) + ")");
        }
        lines.addAll(constraints);
        return "CREATE TABLE " + tableName(i) + " (\n    " + String.join(",\n    ", lines) + "\n)"
                + ((dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) ? " ENGINE=InnoDB" : "");
    }
}
