package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.EnumModel;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The class of each table: configured in {@code <classNames>}, or the table's name made singular; each a legal Java
 * name that hides none the generated code uses, and no two alike, enums included.
 */
final class ClassNames {
    /** Types the generated code names without qualification: a table class may not hide them. */
    static final Set<String> RESERVED_CLASSES = Set.of(ModelPlan.MODELS_CLASS, "Meta", "Entity", "EntityType", "TypedColumn",
            "ValueTypes", "ManyToMany", "List", "Objects", "Database", "DataSource", "Object", "String", "Long", "Integer",
            "Short", "Byte", "Double", "Float", "Boolean", "Override", "Class", "Enum", "Record", "System", "Math",
            "IllegalArgumentException", "UUID", "BigDecimal", "BigInteger", "LocalDate", "LocalTime", "LocalDateTime",
            "OffsetDateTime", "Instant", "Session", "Query", "Condition", "SuppressWarnings", "Deprecated",
            "Generated", "NullMarked", "Nullable", "Transient", "Relation");

    private ClassNames() {
    }

    /** Table key → class name, for the tables that become classes. */
    static Map<String, String> of(Collection<Table> tables, GeneratorOptions options) {
        Map<String, String> out = new TreeMap<>();
        Map<String, String> taken = new TreeMap<>();
        for (Table t : tables) {
            String k = Names.key(t.name());
            String configured = options.classNames().get(k);
            String name = configured != null ? configured : className(t.name());
            if (!JavaNames.isIdentifier(name)) {
                throw new ModelProblem("Table " + t.name() + " would become class " + name + ", which is not a legal Java name; "
                        + "configure <classNames><" + t.name() + ">SomeName</" + t.name() + "></classNames>");
            }
            if (RESERVED_CLASSES.contains(name)) {
                throw new ModelProblem("Table " + t.name() + " would become class " + name + ", a name the generated code "
                        + "uses itself; configure <classNames><" + t.name() + ">SomeName</" + t.name() + "></classNames>");
            }
            String other = taken.putIfAbsent(name.toLowerCase(Locale.ROOT), t.name());
            if (other != null) {
                throw new ModelProblem("Tables " + other + " and " + t.name() + " both become class " + name
                        + "; configure <classNames><" + t.name() + ">SomeName</" + t.name() + "></classNames>");
            }
            out.put(k, name);
        }
        return out;
    }

    /** {@code blog_categories} → {@code BlogCategory}: the last word made singular. */
    static String className(String table) {
        List<String> words = new ArrayList<>(JavaNames.words(table));
        if (words.isEmpty()) return "T_";
        words.set(words.size() - 1, Inflector.singular(words.get(words.size() - 1)));
        return JavaNames.pascal(words);
    }

    /** {@code BlogCategory} → {@code blogCategories}: the last word made plural. */
    static String collectionName(String className) {
        List<String> words = new ArrayList<>(JavaNames.words(className));
        words.set(words.size() - 1, Inflector.plural(words.get(words.size() - 1)));
        return JavaNames.camel(words);
    }

    /** No enum is named like a class or like another enum. */
    static void checkEnums(Map<String, String> classNames, Map<String, EnumModel> enums) {
        Map<String, String> taken = new TreeMap<>();
        classNames.forEach((table, name) -> taken.put(name.toLowerCase(Locale.ROOT), "the class of table " + table));
        for (EnumModel e : enums.values()) {
            String other = taken.putIfAbsent(e.className().toLowerCase(Locale.ROOT), "the enum of " + e.sqlName());
            if (other != null) {
                throw new ModelProblem("The enum of " + e.sqlName() + " and " + other + " are both named " + e.className()
                        + "; configure <classNames> for the table, e.g. <classNames><" + e.sqlName().replaceAll("\\..*", "")
                        + ">SomeName</" + e.sqlName().replaceAll("\\..*", "") + "></classNames>");
            }
        }
    }
}
