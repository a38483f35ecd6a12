package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.EnumModel;
import dev.cairn.codegen.ModelPlan.Property;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The properties of a table's class, one a column: field and constant names (configured in {@code <fieldNames>}, or
 * the column's name in camel case), the Java type (an enum for an enum column, named once whichever table meets it
 * first), whether the database fills the value in, and the Javadoc. Safe to use from several threads at once, given a
 * concurrent map of the enums met.
 */
final class PropertyPlanner {
    private final GeneratorOptions options;
    private final JdbcValues values;
    private final TypeMapper types;
    private final ModelJavadoc javadoc;

    PropertyPlanner(GeneratorOptions options, JdbcValues values, ModelJavadoc javadoc) {
        this.options = options;
        this.values = values;
        this.types = new TypeMapper(options.dialect(), options.javaTypes());
        this.javadoc = javadoc;
    }

    List<Property> of(Table t, Schema schema, String className, Map<String, EnumModel> enums) {
        List<Property> out = new ArrayList<>();
        Map<String, String> fields = new TreeMap<>();
        Map<String, String> constants = new TreeMap<>();
        Set<String> key = new HashSet<>();
        if (t.primaryKey() != null) for (String c : t.primaryKey().columns()) key.add(Names.key(c));
        Set<String> foreignKey = new HashSet<>();
        for (ForeignKey fk : t.foreignKeys()) for (String c : fk.columns()) foreignKey.add(Names.key(c));
        String version = versionColumn(t);
        for (Column c : t.columns()) {
            String overrideKey = Names.key(t.name()) + "." + Names.key(c.name());
            String configured = options.fieldNames().get(overrideKey);
            String field;
            if (configured != null) {
                field = configured;
                if (!JavaNames.isIdentifier(field) || AccessorCheck.reserved(field)) {
                    throw new ModelProblem("fieldNames " + overrideKey + " = " + field + " is not usable as a field name (a Java keyword, "
                            + "not an identifier, or its accessors clash with " + AccessorCheck.RESERVED_METHODS + "); configure another one");
                }
            } else {
                field = JavaNames.camel(JavaNames.words(c.name()));
                if (JavaNames.isKeyword(field) || AccessorCheck.reserved(field)) field = field + "Value";
            }
            String clash = fields.putIfAbsent(field, c.name());
            if (clash != null) {
                throw new ModelProblem("Columns " + t.name() + "." + clash + " and " + t.name() + "." + c.name() + " both become field "
                        + field + " of " + className + "; configure <fieldNames><" + t.name() + "." + c.name() + ">someName</"
                        + t.name() + "." + c.name() + "></fieldNames>");
            }
            String constant = JavaNames.constant(JavaNames.words(field));
            if (constant.equals("META")) constant = "META_VALUE";
            String constantClash = constants.putIfAbsent(constant, c.name());
            if (constantClash != null) {
                throw new ModelProblem("Columns " + t.name() + "." + constantClash + " and " + t.name() + "." + c.name()
                        + " both become constant " + className + "." + constant + "; configure <fieldNames><" + t.name() + "."
                        + c.name() + ">someName</" + t.name() + "." + c.name() + "></fieldNames>");
            }
            boolean isKey = key.contains(Names.key(c.name()));
            boolean generated = c.identity() != Identity.NONE || c.generatedExpression() != null
                    || isKey && key.size() == 1 && values.keyIsRowId(c.type());
            boolean defaulted = c.defaultExpression() != null;
            boolean isVersion = Names.key(c.name()).equals(version);
            boolean required = !c.nullable() && !generated && !defaulted && !isVersion;
            JavaType type = javaType(t, c, schema, className, field, enums);
            // a foreign key is boxed: a new row that does not say which row it references holds null, refused by name
            boolean boxed = c.nullable() && !isKey || generated || defaulted || isVersion || foreignKey.contains(Names.key(c.name()));
            out.add(new Property(c, field, constant, type, boxed, isKey, generated, defaulted, required, isVersion, javadoc.columnDoc(t, c)));
        }
        return out;
    }

    /**
     * The key of the table's optimistic-locking version column, or null: the configured one ({@code none}: none), else a
     * {@code NOT NULL} integer column named {@code version} outside the primary key.
     */
    private String versionColumn(Table t) {
        String configured = options.versionColumns().get(Names.key(t.name()));
        if (configured != null && configured.equalsIgnoreCase("none")) return null;
        String wanted = configured != null ? configured : "version";
        for (Column c : t.columns()) {
            if (!Names.same(c.name(), wanted)) continue;
            boolean usable = c.type().family() == TypeFamily.INTEGER && c.type().arrayDimensions() == 0 && !c.nullable()
                    && c.generatedExpression() == null && c.identity() == Identity.NONE
                    && (t.primaryKey() == null || t.primaryKey().columns().stream().noneMatch(k -> Names.same(k, c.name())));
            if (usable) return Names.key(c.name());
            if (configured != null) {
                throw new ModelProblem("versionColumns " + t.name() + " = " + configured + ": a version column must be a NOT NULL "
                        + "integer column outside the primary key, neither identity nor computed; " + t.name() + "." + c.name()
                        + " is " + c.type().declared() + (c.nullable() ? " NULL" : " NOT NULL"));
            }
            return null;
        }
        if (configured != null) {
            throw new ModelProblem("versionColumns " + t.name() + " = " + configured + ": " + t.name() + " has no such column; name one "
                    + "of its columns, or none");
        }
        return null;
    }

    private JavaType javaType(Table t, Column c, Schema schema, String className, String field, Map<String, EnumModel> enums) {
        JavaType configured = types.override(t, c);
        if (configured != null) return configured;
        if (c.type().arrayDimensions() == 0) {
            Optional<EnumType> named = values.hasNamedEnumTypes() ? schema.enumType(c.type().name()) : Optional.empty();
            if (named.isPresent()) {
                EnumModel e = enums.computeIfAbsent("type " + Names.key(named.get().name()), k -> enumModel(
                        JavaNames.pascal(JavaNames.words(named.get().name())), "type " + named.get().name(), named.get().values(),
                        true, named.get().comment()));
                return new JavaType(e.className(), null, e.valueType(), List.of());
            }
            if (c.type().family() == TypeFamily.ENUM && !c.type().enumValues().isEmpty()) {
                String sqlName = t.name() + "." + c.name();
                EnumModel e = enums.computeIfAbsent(sqlName, k -> enumModel(className + JavaNames.capitalize(field), sqlName,
                        c.type().enumValues(), false, null));
                return new JavaType(e.className(), null, e.valueType(), List.of());
            }
        }
        try {
            return types.map(c.type());
        } catch (ModelProblem p) {
            throw new ModelProblem(t.name() + "." + c.name() + ": " + p.getMessage().replace("javaTypes", "<javaTypes><" + t.name()
                    + "." + c.name() + ">…</" + t.name() + "." + c.name() + "></javaTypes>"));
        }
    }

    private static EnumModel enumModel(String className, String sqlName, List<String> labels, boolean databaseType, String comment) {
        List<String> constants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            String constant = JavaNames.constant(JavaNames.words(label));
            if (constant.equals("C__")) constant = "EMPTY";
            if (!seen.add(constant)) {
                throw new ModelProblem("The labels of " + sqlName + " give the Java constant " + constant + " twice; rename a label, "
                        + "or map the column to String with <javaTypes>");
            }
            constants.add(constant);
        }
        return new EnumModel(className, sqlName, labels, constants, databaseType, comment);
    }
}
