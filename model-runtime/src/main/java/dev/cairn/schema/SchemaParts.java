package dev.cairn.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Keys, constraints and indexes written the way a reader knows them from SQL, for messages:
 * {@code UNIQUE ix_users_nickname (nickname)}, {@code fk_posts_user (user_id) → users (id) ON DELETE CASCADE}.
 */
public final class SchemaParts {
    private SchemaParts() {
    }

    public static String describe(Object part) {
        if (part == null) return "none";
        if (part instanceof PrimaryKey p) return named(p.name()) + columns(p.columns()) + included(p.include()) + p.deferral().suffix();
        if (part instanceof UniqueConstraint u) return named(u.name()) + columns(u.columns()) + included(u.include()) + u.deferral().suffix();
        if (part instanceof CheckConstraint c) return named(c.name()) + "(" + c.expression() + ")" + (c.isColumnLevel() ? " of column " + c.column() : "");
        if (part instanceof ForeignKey f) {
            return named(f.name()) + columns(f.columns()) + " → " + f.referencedTable() + " " + columns(f.referencedColumns())
                    + (f.onDelete() == ForeignKeyAction.NO_ACTION ? "" : " ON DELETE " + f.onDelete().sql())
                    + (f.onUpdate() == ForeignKeyAction.NO_ACTION ? "" : " ON UPDATE " + f.onUpdate().sql()) + f.deferral().suffix();
        }
        if (part instanceof Policy p) {
            return p.name() + (p.permissive() ? "" : " AS RESTRICTIVE") + " FOR " + p.command() + " TO " + String.join(", ", p.roles())
                    + (p.using() == null ? "" : " USING (" + p.using() + ")") + (p.withCheck() == null ? "" : " WITH CHECK (" + p.withCheck() + ")");
        }
        if (part instanceof Index i) {
            String keys = i.keys().stream().map(k -> (k.isColumn() ? k.asKeyColumn() : "(" + k.expression() + ")") + (k.descending() ? " DESC" : ""))
                    .collect(Collectors.joining(", ", "(", ")"));
            return (i.unique() ? "UNIQUE " : "") + i.name() + " " + (i.method() == null ? "" : "USING " + i.method() + " ") + keys
                    + (i.include().isEmpty() ? "" : " INCLUDE " + columns(i.include())) + (i.where() == null ? "" : " WHERE " + i.where());
        }
        return String.valueOf(part);
    }

    private static String included(List<String> include) {
        return include.isEmpty() ? "" : " INCLUDE " + columns(include);
    }

    private static String named(String name) {
        return name == null ? "" : name + " ";
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
