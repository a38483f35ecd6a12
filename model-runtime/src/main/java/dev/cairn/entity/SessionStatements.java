package dev.cairn.entity;

import dev.cairn.dialect.EntitySql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL text of the statements a {@link Session} runs, names quoted for the database and values always {@code ?}
 * placeholders, bound by the session in the order they appear. One per {@link Database}; thread-safe.
 */
final class SessionStatements {
    private final SqlNames names;
    private final EntitySql engineSql;
    private final ConcurrentHashMap<EntityType<?>, String> selectLists = new ConcurrentHashMap<>();

    SessionStatements(SqlNames names, EntitySql engineSql) {
        this.names = names;
        this.engineSql = engineSql;
    }

    String insert(EntityType<?> type, List<? extends TypedColumn<?, ?>> given) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(names.quote(type.table()));
        if (given.isEmpty()) {
            sql.append(' ').append(engineSql.insertOfNoColumns());
        } else {
            sql.append(" (");
            appendNames(sql, given, ", ");
            sql.append(") VALUES (");
            for (int i = 0; i < given.size(); i++) sql.append(i == 0 ? "?" : ", ?");
            sql.append(')');
        }
        return sql.toString();
    }

    /** {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …} for {@code rows} rows, with {@code RETURNING} the filled-in columns. */
    String insertRows(EntityType<?> type, List<? extends TypedColumn<?, ?>> given, int rows, List<? extends TypedColumn<?, ?>> returned) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(names.quote(type.table())).append(" (");
        appendNames(sql, given, ", ");
        sql.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int i = 0; i < given.size(); i++) sql.append(i == 0 ? "?" : ", ?");
            sql.append(')');
        }
        if (!returned.isEmpty()) {
            sql.append(" RETURNING ");
            appendNames(sql, returned, ", ");
        }
        return sql.toString();
    }

    /** {@code SELECT MAX(key) FROM t}. */
    String maxKey(EntityType<?> type, TypedColumn<?, ?> key) {
        return "SELECT MAX(" + names.quote(key.name()) + ") FROM " + names.quote(type.table());
    }

    /** The key and some columns of the rows whose key is between two placeholders, by key. */
    String rowRange(EntityType<?> type, TypedColumn<?, ?> key, List<? extends TypedColumn<?, ?>> columns) {
        StringBuilder sql = new StringBuilder("SELECT ").append(names.quote(key.name()));
        for (TypedColumn<?, ?> c : columns) sql.append(", ").append(names.quote(c.name()));
        sql.append(" FROM ").append(names.quote(type.table())).append(" WHERE ").append(names.quote(key.name()))
                .append(" BETWEEN ? AND ? ORDER BY ").append(names.quote(key.name()));
        return sql.toString();
    }

    /** The insert followed by {@code RETURNING} the columns the database fills in, for the engines that have it. */
    String insertReturning(EntityType<?> type, List<? extends TypedColumn<?, ?>> given, List<? extends TypedColumn<?, ?>> returned) {
        StringBuilder sql = new StringBuilder(insert(type, given)).append(" RETURNING ");
        appendNames(sql, returned, ", ");
        return sql.toString();
    }

    /**
     * The insert of one row that updates the row it meets on the {@code conflict} columns instead: {@code set} takes the
     * row's new values, a version column goes up by one; {@code returned} (none where the engine cannot) is every
     * column of the row as stored. Placeholders: the given columns' values.
     */
    String upsert(EntityType<?> type, List<? extends TypedColumn<?, ?>> given, List<? extends TypedColumn<?, ?>> conflict,
                  List<? extends TypedColumn<?, ?>> set, TypedColumn<?, ?> version, List<? extends TypedColumn<?, ?>> returned) {
        StringBuilder sql = new StringBuilder(insert(type, given));
        String table = names.quote(type.table());
        boolean onConflict = engineSql.upsert() == EntitySql.Upsert.ON_CONFLICT_DO_UPDATE;
        if (onConflict) {
            sql.append(" ON CONFLICT (");
            appendNames(sql, conflict, ", ");
            sql.append(") DO UPDATE SET ");
        } else {
            sql.append(" ON DUPLICATE KEY UPDATE ");
        }
        // with nothing else to write, a conflict column set to itself still makes the statement return the row
        List<? extends TypedColumn<?, ?>> written = set.isEmpty() && version == null ? conflict.subList(0, 1) : set;
        for (int i = 0; i < written.size(); i++) {
            String name = names.quote(written.get(i).name());
            sql.append(i == 0 ? "" : ", ").append(name).append(" = ")
                    .append(onConflict ? "EXCLUDED." + name : "VALUES(" + name + ")");
        }
        if (version != null) {
            String name = names.quote(version.name());
            sql.append(written.isEmpty() ? "" : ", ").append(name).append(" = ").append(table).append('.').append(name).append(" + 1");
        }
        if (!returned.isEmpty()) {
            sql.append(" RETURNING ");
            appendNames(sql, returned, ", ");
        }
        return sql.toString();
    }

    /**
     * {@code UPDATE t SET a = ?, … WHERE key = ?} (the key as loaded), and with a version column
     * {@code AND version = ?}: the values, then the key, then the version.
     */
    String update(EntityType<?> type, List<? extends TypedColumn<?, ?>> values, List<? extends TypedColumn<?, ?>> key,
                  TypedColumn<?, ?> version) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(names.quote(type.table())).append(" SET ");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(names.quote(values.get(i).name())).append(" = ?");
        }
        sql.append(" WHERE ");
        appendKeyCondition(sql, key);
        if (version != null) sql.append(" AND ").append(names.quote(version.name())).append(" = ?");
        return sql.toString();
    }

    String update(EntityType<?> type, List<? extends TypedColumn<?, ?>> values, List<? extends TypedColumn<?, ?>> key) {
        return update(type, values, key, null);
    }

    /** {@code DELETE FROM t WHERE key = ?}, with a version column {@code AND version = ?}. */
    String delete(EntityType<?> type, List<? extends TypedColumn<?, ?>> key, TypedColumn<?, ?> version) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(names.quote(type.table())).append(" WHERE ");
        appendKeyCondition(sql, key);
        if (version != null) sql.append(" AND ").append(names.quote(version.name())).append(" = ?");
        return sql.toString();
    }

    /** Some columns of one row, by its key: what an insert or update filled in, where the engine cannot return it. */
    String reread(EntityType<?> type, List<? extends TypedColumn<?, ?>> columns, List<? extends TypedColumn<?, ?>> key) {
        StringBuilder sql = new StringBuilder("SELECT ");
        appendNames(sql, columns, ", ");
        sql.append(" FROM ").append(names.quote(type.table())).append(" WHERE ");
        appendKeyCondition(sql, key);
        return sql.toString();
    }

    String select(EntityType<?> type, List<Condition> conditions, List<Order> order, boolean limit) {
        return select(type, conditions, order, limit, false);
    }

    /**
     * The rows of a type, filtered, ordered, limited and offset ({@code limit} and {@code offset} placeholders after the
     * conditions' values, in that order; {@code LIMIT ? OFFSET ?} reads the same on every engine).
     */
    String select(EntityType<?> type, List<Condition> conditions, List<Order> order, boolean limit, boolean offset) {
        StringBuilder sql = new StringBuilder("SELECT ").append(selectList(type)).append(" FROM ")
                .append(names.quote(type.table()));
        appendWhere(sql, conditions);
        Order.appendOrderBy(sql, order, names);
        if (limit) sql.append(" LIMIT ?");
        if (offset) sql.append(" OFFSET ?");
        return sql.toString();
    }

    String count(EntityType<?> type, List<Condition> conditions) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(names.quote(type.table()));
        appendWhere(sql, conditions);
        return sql.toString();
    }

    /** The rows of the relation's target linked to one owner, whose key columns are the placeholders. */
    String linked(ManyToMany<?, ?> relation) {
        EntityType<?> target = relation.target();
        StringBuilder sql = new StringBuilder("SELECT ");
        String t = "t.", j = "j.";
        for (int i = 0; i < target.columns().size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append(t).append(names.quote(target.columns().get(i).name()));
        }
        sql.append(" FROM ").append(names.quote(target.table())).append(" t JOIN ").append(names.quote(relation.joinTable()))
                .append(" j ON ");
        for (int i = 0; i < relation.otherColumns().size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(t).append(names.quote(relation.targetKey().get(i).name())).append(" = ").append(j)
                    .append(names.quote(relation.otherColumns().get(i)));
        }
        sql.append(" WHERE ");
        for (int i = 0; i < relation.ownColumns().size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(j).append(names.quote(relation.ownColumns().get(i))).append(" = ?");
        }
        return sql.toString();
    }

    /** The insert of a join table's row: the owner's key, then the other entity's. */
    String link(ManyToMany<?, ?> relation) {
        List<String> columns = joinColumns(relation);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(names.quote(relation.joinTable())).append(" (");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append(names.quote(columns.get(i)));
        sql.append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(')');
        return sql.toString();
    }

    /** The delete of a join table's row, placeholders as in {@link #link}. */
    String unlink(ManyToMany<?, ?> relation) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(names.quote(relation.joinTable())).append(" WHERE ");
        List<String> columns = joinColumns(relation);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(names.quote(columns.get(i))).append(" = ?");
        }
        return sql.toString();
    }

    private static List<String> joinColumns(ManyToMany<?, ?> relation) {
        List<String> columns = new ArrayList<>(relation.ownColumns());
        columns.addAll(relation.otherColumns());
        return columns;
    }

    /** {@code "a", "b", …} for the columns of a type, in its column order; built once per type. */
    private String selectList(EntityType<?> type) {
        return selectLists.computeIfAbsent(type, t -> {
            StringBuilder b = new StringBuilder();
            for (TypedColumn<?, ?> c : t.columns()) {
                if (b.length() > 0) b.append(", ");
                b.append(names.quote(c.name()));
            }
            return b.toString();
        });
    }

    private void appendWhere(StringBuilder sql, List<Condition> conditions) {
        if (conditions.isEmpty()) return;
        sql.append(" WHERE ");
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) sql.append(" AND ");
            conditions.get(i).appendTo(sql, names);
        }
    }

    private void appendKeyCondition(StringBuilder sql, List<? extends TypedColumn<?, ?>> key) {
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(names.quote(key.get(i).name())).append(" = ?");
        }
    }

    private void appendNames(StringBuilder sql, List<? extends TypedColumn<?, ?>> columns, String separator) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sql.append(separator);
            sql.append(names.quote(columns.get(i).name()));
        }
    }
}
