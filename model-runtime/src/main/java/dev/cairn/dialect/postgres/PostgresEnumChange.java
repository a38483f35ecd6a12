package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.DerivedNames;
import dev.cairn.dialect.SqlWords;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The labels of a PostgreSQL enum type changed. New labels are added in place ({@code ADD VALUE … BEFORE/AFTER}),
 * relabelled ones renamed ({@code RENAME VALUE}); anything else (a label removed or moved, which PostgreSQL cannot do)
 * rebuilds the type: the old one renamed aside, the new one created, every column of the type converted through
 * {@code text} (a row holding a removed label makes that fail, as it should; CHECKs that cast to the type dropped
 * meanwhile and added again), the old type dropped.
 */
final class PostgresEnumChange {
    private final PostgresRenderer pg;

    PostgresEnumChange(PostgresRenderer pg) {
        this.pg = pg;
    }

    List<String> values(Schema before, EnumType from, EnumType to) {
        List<String> b = from.values(), a = to.values();
        if (b.equals(a)) return List.of();
        if (isSubsequence(b, a)) return addedValues(to, b, a);
        if (b.size() == a.size() && relabelsOnly(b, a)) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < b.size(); i++)
                if (!b.get(i).equals(a.get(i)))
                    out.add(alterType(to) + "RENAME VALUE " + literal(b.get(i)) + " TO " + literal(a.get(i)));
            return out;
        }
        return rebuild(before, to);
    }

    private List<String> addedValues(EnumType type, List<String> b, List<String> a) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i);
            if (b.contains(v)) continue;
            String where = i > 0 ? " AFTER " + literal(a.get(i - 1)) : b.isEmpty() ? "" : " BEFORE " + literal(b.get(0));
            out.add(alterType(type) + "ADD VALUE " + literal(v) + where);
        }
        return out;
    }

    private List<String> rebuild(Schema before, EnumType to) {
        String aside = aside(before, to.name());
        List<String> out = new ArrayList<>();
        out.add(alterType(to) + "RENAME TO " + pg.quote(aside));
        out.add(pg.createEnumType(to));
        // a CHECK on a column of the type compares it with the type's labels ('b'::mood): the new type with the old one
        List<String> checksBack = new ArrayList<>();
        for (Table t : before.tables().values()) {
            List<String> typed = t.columns().stream().filter(c -> Names.same(c.type().name(), to.name())).map(Column::name).toList();
            for (CheckConstraint k : t.checks()) {
                if (k.name() == null || !SqlWords.mentions(k.expression(), to.name()) && typed.stream().noneMatch(c -> SqlWords.mentions(k.expression(), c)))
                    continue;
                out.add("ALTER TABLE " + pg.quote(t.name()) + " DROP CONSTRAINT " + pg.quote(k.name()));
                checksBack.add("ALTER TABLE " + pg.quote(t.name()) + " ADD " + pg.check(k));
            }
        }
        for (Table t : before.tables().values()) {
            for (Column c : t.columns()) {
                if (!Names.same(c.type().name(), to.name())) continue;
                String col = "ALTER TABLE " + pg.quote(t.name()) + " ALTER COLUMN " + pg.quote(c.name()) + " ";
                String type = pg.typeText(c.type());
                String text = "text" + "[]".repeat(c.type().arrayDimensions());
                if (c.defaultExpression() != null) out.add(col + "DROP DEFAULT");
                out.add(col + "TYPE " + type + " USING " + pg.quote(c.name()) + "::" + text + "::" + type);
                if (c.defaultExpression() != null) out.add(col + "SET DEFAULT " + AbstractDdlRenderer.defaultClause(c.defaultExpression()));
            }
        }
        out.addAll(checksBack);
        out.add("DROP TYPE " + pg.quote(aside));
        return out;
    }

    /**
     * {@code <name>__cairn_old}, a free name within 63 bytes: the type's name is cut to leave room for the label, as
     * PostgreSQL would otherwise cut the label off and the new name be the old one.
     */
    private static String aside(Schema schema, String name) {
        return DerivedNames.choose(name, null, "_cairn_old", PostgresNaming.NAME_BYTES,
                n -> schema.enumType(n).isPresent() || schema.table(n).isPresent() || schema.view(n).isPresent() || schema.sequence(n).isPresent());
    }

    private String alterType(EnumType type) {
        return "ALTER TYPE " + pg.quote(type.name()) + " ";
    }

    private static String literal(String label) {
        return AbstractDdlRenderer.stringLiteral(label);
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int k = 0;
        for (String v : big) if (k < small.size() && small.get(k).equals(v)) k++;
        return k == small.size();
    }

    /** Same length, and no new label is an old label elsewhere (so renaming one by one never collides). */
    private static boolean relabelsOnly(List<String> b, List<String> a) {
        var old = new HashSet<>(b);
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i)) && old.contains(a.get(i))) return false;
        return a.stream().collect(Collectors.toSet()).size() == a.size();
    }
}
