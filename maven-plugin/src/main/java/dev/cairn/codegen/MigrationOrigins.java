package dev.cairn.codegen;

import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Column;
import dev.cairn.schema.Names;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which migration created each table and column, following renames, for the Javadoc of generated classes. */
public final class MigrationOrigins {
    private final Map<String, ReplayedMigration> tables = new HashMap<>();
    private final Map<String, ReplayedMigration> columns = new HashMap<>();

    private MigrationOrigins() {
    }

    public static MigrationOrigins of(List<ReplayedMigration> migrations) {
        MigrationOrigins o = new MigrationOrigins();
        for (ReplayedMigration m : migrations) {
            for (ReplayStep step : m.steps()) {
                for (SchemaChange change : step.changes()) o.apply(m, change);
            }
        }
        return o;
    }

    public static MigrationOrigins none() {
        return new MigrationOrigins();
    }

    private void apply(ReplayedMigration m, SchemaChange change) {
        if (change instanceof SchemaChange.TableCreated c) {
            tables.put(Names.key(c.table().name()), m);
            for (Column col : c.table().columns()) columns.put(key(c.table().name(), col.name()), m);
        } else if (change instanceof SchemaChange.TableAltered a) {
            for (Column col : a.after().columns()) {
                if (!a.before().hasColumn(col.name())) columns.put(key(a.after().name(), col.name()), m);
            }
        } else if (change instanceof SchemaChange.TableRenamed r) {
            move(tables, Names.key(r.from()), Names.key(r.to()));
            String prefix = Names.key(r.from()) + ".";
            for (String k : List.copyOf(columns.keySet())) {
                if (k.startsWith(prefix)) move(columns, k, Names.key(r.to()) + "." + k.substring(prefix.length()));
            }
        } else if (change instanceof SchemaChange.ColumnRenamed r) {
            move(columns, key(r.table(), r.from()), key(r.table(), r.to()));
        }
    }

    private static <V> void move(Map<String, V> map, String from, String to) {
        V v = map.remove(from);
        if (v != null) map.put(to, v);
    }

    private static String key(String table, String column) {
        return Names.key(table) + "." + Names.key(column);
    }

    public Optional<ReplayedMigration> table(Table table) {
        return Optional.ofNullable(tables.get(Names.key(table.name())));
    }

    public Optional<ReplayedMigration> column(Table table, Column column) {
        return Optional.ofNullable(columns.get(key(table.name(), column.name())));
    }

    /** {@code migration 2 (src/main/resources/db/migrations/002_create_posts.sql)}, as Javadoc text. */
    public static String describe(ReplayedMigration m) {
        return "migration " + m.version() + " ({@code " + m.file().displayName() + "})";
    }
}
