package dev.cairn.codegen;

import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.schema.Column;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Javadoc of the generated classes and fields: the SQL comment, the table or column, the migration that made it. */
final class ModelJavadoc {
    private final MigrationOrigins origins;

    ModelJavadoc(MigrationOrigins origins) {
        this.origins = origins;
    }

    List<String> classDoc(Table t) {
        List<String> doc = new ArrayList<>();
        if (t.comment() != null && !t.comment().isBlank()) doc.add(JavadocText.escape(t.comment()));
        String origin = origins.table(t).map(m -> ", created by " + MigrationOrigins.describe(m)).orElse("");
        doc.add("Table {@code " + t.name() + "}" + origin + ".");
        return doc;
    }

    List<String> columnDoc(Table t, Column c) {
        List<String> doc = new ArrayList<>();
        if (c.comment() != null && !c.comment().isBlank()) doc.add(JavadocText.escape(c.comment()));
        StringBuilder b = new StringBuilder("Column {@code ").append(c.name()).append(' ').append(c.type().canonical());
        if (!c.nullable()) b.append(" NOT NULL");
        if (c.defaultExpression() != null) b.append(" DEFAULT ").append(c.defaultExpression());
        b.append('}');
        Optional<ReplayedMigration> tableOrigin = origins.table(t);
        Optional<ReplayedMigration> columnOrigin = origins.column(t, c);
        if (columnOrigin.isPresent() && (tableOrigin.isEmpty() || tableOrigin.get().version() != columnOrigin.get().version())) {
            b.append(", added by ").append(MigrationOrigins.describe(columnOrigin.get()));
        }
        doc.add(JavadocText.escape(b.append('.').toString()).replace("{&#64;code", "{@code"));
        return doc;
    }
}
