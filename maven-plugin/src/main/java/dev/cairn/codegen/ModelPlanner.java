package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.EntityModel;
import dev.cairn.codegen.ModelPlan.EnumModel;
import dev.cairn.codegen.ModelPlan.ManyToMany;
import dev.cairn.codegen.ModelPlan.ManyToOne;
import dev.cairn.codegen.ModelPlan.OneToMany;
import dev.cairn.codegen.ModelPlan.Property;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Decides every name and type of the generated classes from the schema (DESIGN.md, "Generated models"): one class
 * per table except pure join tables, singular class names, camelCase fields, relationships both ways. A name that
 * still collides is a {@link ModelProblem} saying which override to configure.
 */
public final class ModelPlanner {
    /** Methods of {@code Object} and of the runtime's {@code Entity}: no generated accessor may take these names. */
    static final Set<String> RESERVED_METHODS = Set.of("getClass", "hashCode", "equals", "toString", "notify", "notifyAll",
            "wait", "clone", "finalize", "isAttached", "entityType", "session", "attach");

    /** Types the generated code names without qualification: a table class may not hide them. */
    static final Set<String> RESERVED_CLASSES = Set.of(ModelPlan.MODELS_CLASS, "Meta", "Entity", "EntityType", "Column",
            "ValueTypes", "ManyToMany", "List", "Objects", "Database", "DataSource", "Object", "String", "Long", "Integer",
            "Short", "Byte", "Double", "Float", "Boolean", "Override", "Class", "Enum", "Record", "System", "Math",
            "IllegalArgumentException", "UUID", "BigDecimal", "BigInteger", "LocalDate", "LocalTime", "LocalDateTime",
            "OffsetDateTime", "Instant", "Session", "Query", "Condition", "SuppressWarnings", "Deprecated");

    private final GeneratorOptions options;
    private final JdbcValues values;
    private final TypeMapper types;
    private final MigrationOrigins origins;

    public ModelPlanner(GeneratorOptions options, MigrationOrigins origins) {
        this.options = options;
        this.values = Engines.of(options.dialect()).values();
        this.types = new TypeMapper(options.dialect(), options.javaTypes());
        this.origins = origins;
    }

    public ModelPlan plan(Schema schema, long version) {
        Map<String, Table> joinTables = new TreeMap<>();
        Map<String, Table> entityTables = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            if (isPureJoinTable(t, schema)) joinTables.put(Names.key(t.name()), t);
            else entityTables.put(Names.key(t.name()), t);
        }
        Map<String, String> classNames = classNames(entityTables.values());
        // each table's columns on every core; an enum a column names is made the same whichever table asks first
        Map<String, EnumModel> enumsMet = new ConcurrentHashMap<>();
        List<Table> tables = List.copyOf(entityTables.values());
        List<List<Property>> columns = onEveryCore(tables, t -> properties(t, schema, classNames.get(Names.key(t.name())), enumsMet));
        Map<String, List<Property>> properties = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) properties.put(Names.key(tables.get(i).name()), columns.get(i));
        Map<String, EnumModel> enums = new TreeMap<>(enumsMet);
        alignForeignKeyTypes(entityTables, properties);
        checkTypeNames(classNames, enums);

        Map<String, List<ManyToOne>> manyToOnes = new TreeMap<>();
        Map<String, List<OneToMany>> oneToManys = new TreeMap<>();
        Map<String, List<ManyToMany>> manyToManys = new TreeMap<>();
        for (Table t : entityTables.values()) {
            manyToOnes.put(Names.key(t.name()), new ArrayList<>());
            oneToManys.put(Names.key(t.name()), new ArrayList<>());
            manyToManys.put(Names.key(t.name()), new ArrayList<>());
        }
        for (Table child : entityTables.values()) {
            for (ForeignKey fk : child.foreignKeys()) {
                Table parent = entityTables.get(Names.key(fk.referencedTable()));
                if (parent == null) continue;
                relate(child, parent, fk, classNames, properties, manyToOnes, oneToManys);
            }
        }
        for (Table join : joinTables.values()) {
            ForeignKey a = join.foreignKeys().get(0), b = join.foreignKeys().get(1);
            Table ta = entityTables.get(Names.key(a.referencedTable())), tb = entityTables.get(Names.key(b.referencedTable()));
            String nameOnA = options.relationNames().get(Names.key(join.name()));
            String nameOnB = options.relationNames().get(Names.key(join.name()) + ".inverse");
            String key = Names.key(join.name());
            manyToManys.get(Names.key(ta.name())).add(manyToMany(join, a, b, tb, nameOnA, key, classNames, properties));
            manyToManys.get(Names.key(tb.name())).add(manyToMany(join, b, a, ta, nameOnB, key + ".inverse", classNames, properties));
        }

        List<EntityModel> entities = new ArrayList<>(onEveryCore(tables, t -> {
            String k = Names.key(t.name());
            EntityModel e = new EntityModel(t, classNames.get(k), properties.get(k), manyToOnes.get(k), oneToManys.get(k),
                    manyToManys.get(k), classDoc(t));
            checkMembers(e);
            return e;
        }));
        entities.sort(java.util.Comparator.comparing(EntityModel::className));
        return new ModelPlan(options.packageName(), version, entities, List.copyOf(enums.values()));
    }

    /**
     * {@code work} applied to each item, on every core, results in the items' order. A {@link ModelProblem} is the one
     * of the first item in that order that has one, as a loop would report it, whichever thread met it first.
     */
    private static <T, R> List<R> onEveryCore(List<T> items, Function<T, R> work) {
        List<Object> results = items.parallelStream().map(item -> {
            try {
                return (Object) work.apply(item);
            } catch (ModelProblem p) {
                return p;
            }
        }).toList();
        List<R> out = new ArrayList<>(results.size());
        for (Object r : results) {
            if (r instanceof ModelProblem p) throw p;
            @SuppressWarnings("unchecked") R result = (R) r;
            out.add(result);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ tables

    /**
     * A pure join table has exactly two foreign keys to two other tables, and every column belongs to one of them:
     * nothing of its own to show, so it becomes a many-to-many accessor on both sides.
     */
    static boolean isPureJoinTable(Table t, Schema schema) {
        if (t.foreignKeys().size() != 2) return false;
        ForeignKey a = t.foreignKeys().get(0), b = t.foreignKeys().get(1);
        if (Names.same(a.referencedTable(), b.referencedTable())) return false;
        if (Names.same(a.referencedTable(), t.name()) || Names.same(b.referencedTable(), t.name())) return false;
        Set<String> fkColumns = new HashSet<>();
        for (String c : a.columns()) fkColumns.add(Names.key(c));
        for (String c : b.columns()) if (!fkColumns.add(Names.key(c))) return false;
        if (fkColumns.size() != t.columns().size()) return false;
        for (ForeignKey fk : List.of(a, b)) {
            Optional<Table> target = schema.table(fk.referencedTable());
            if (target.isEmpty() || target.get().foreignKeys().size() == 2 && isJoinShaped(target.get())) return false;
        }
        return true;
    }

    private static boolean isJoinShaped(Table t) {
        Set<String> fkColumns = new HashSet<>();
        for (ForeignKey fk : t.foreignKeys()) for (String c : fk.columns()) fkColumns.add(Names.key(c));
        return fkColumns.size() == t.columns().size();
    }

    private Map<String, String> classNames(java.util.Collection<Table> tables) {
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
    public static String className(String table) {
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

    private void checkTypeNames(Map<String, String> classNames, Map<String, EnumModel> enums) {
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

    // ------------------------------------------------------------------------------------------------ columns

    private List<Property> properties(Table t, Schema schema, String className, Map<String, EnumModel> enums) {
        List<Property> out = new ArrayList<>();
        Map<String, String> fields = new TreeMap<>();
        Map<String, String> constants = new TreeMap<>();
        Set<String> key = new HashSet<>();
        if (t.primaryKey() != null) for (String c : t.primaryKey().columns()) key.add(Names.key(c));
        for (Column c : t.columns()) {
            String overrideKey = Names.key(t.name()) + "." + Names.key(c.name());
            String configured = options.fieldNames().get(overrideKey);
            String field;
            if (configured != null) {
                field = configured;
                if (!JavaNames.isIdentifier(field) || reservedAccessor(field)) {
                    throw new ModelProblem("fieldNames " + overrideKey + " = " + field + " is not usable as a field name (a Java keyword, "
                            + "not an identifier, or its accessors clash with " + RESERVED_METHODS + "); configure another one");
                }
            } else {
                field = JavaNames.camel(JavaNames.words(c.name()));
                if (JavaNames.isKeyword(field) || reservedAccessor(field)) field = field + "Value";
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
            JavaType type = javaType(t, c, schema, className, field, enums);
            boolean boxed = c.nullable() && !isKey || generated || defaulted;
            out.add(new Property(c, field, constant, type, boxed, isKey, generated, defaulted, columnDoc(t, c)));
        }
        return out;
    }

    private static boolean reservedAccessor(String field) {
        String cap = JavaNames.capitalize(field);
        return RESERVED_METHODS.contains("get" + cap) || RESERVED_METHODS.contains("set" + cap);
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

    /** A single-column foreign key takes the Java type of the key it references, so the two compare without casts. */
    private static void alignForeignKeyTypes(Map<String, Table> tables, Map<String, List<Property>> properties) {
        for (Table t : tables.values()) {
            List<Property> own = properties.get(Names.key(t.name()));
            for (ForeignKey fk : t.foreignKeys()) {
                List<Property> target = properties.get(Names.key(fk.referencedTable()));
                if (target == null) continue;
                for (int i = 0; i < fk.columns().size(); i++) {
                    int at = indexOf(own, fk.columns().get(i));
                    Property to = find(target, fk.referencedColumns().get(i));
                    if (at < 0 || to == null) continue;
                    Property from = own.get(at);
                    // taking an equal type changes nothing, so types are not compared first (a record's equals is slow to link)
                    if (from.type() != to.type() && (from.type().isNumeric() && to.type().isNumeric()
                            || from.type().name().equals(to.type().name()))) {
                        own.set(at, new Property(from.column(), from.field(), from.constant(), to.type(), from.boxed(),
                                from.key(), from.generated(), from.defaulted(), from.doc()));
                    }
                }
            }
        }
    }

    private static Property find(List<Property> properties, String column) {
        int at = indexOf(properties, column);
        return at < 0 ? null : properties.get(at);
    }

    private static int indexOf(List<Property> properties, String column) {
        for (int i = 0; i < properties.size(); i++) if (Names.same(properties.get(i).column().name(), column)) return i;
        return -1;
    }

    // ------------------------------------------------------------------------------------------------ relations

    private void relate(Table child, Table parent, ForeignKey fk, Map<String, String> classNames, Map<String, List<Property>> properties,
                        Map<String, List<ManyToOne>> manyToOnes, Map<String, List<OneToMany>> oneToManys) {
        String childClass = classNames.get(Names.key(child.name()));
        String parentClass = classNames.get(Names.key(parent.name()));
        List<Property> childProps = properties.get(Names.key(child.name()));
        List<Property> parentProps = properties.get(Names.key(parent.name()));
        String columnsKey = Names.key(child.name()) + "." + String.join("+", fk.columns().stream().map(Names::key).toList());
        String fkText = child.name() + " (" + String.join(", ", fk.columns()) + ") → " + parent.name() + " ("
                + String.join(", ", fk.referencedColumns()) + ")";

        List<Property> fkProps = fk.columns().stream().map(c -> find(childProps, c)).toList();
        List<Property> targetProps = fk.referencedColumns().stream().map(c -> find(parentProps, c)).toList();
        if (fkProps.contains(null) || targetProps.contains(null)) return;

        String name = options.relationNames().get(columnsKey);
        if (name == null) name = manyToOneName(fk, parentClass);
        requireIdentifier(name, "The relation of " + fkText, "<relationNames><" + columnsKey + ">someName</" + columnsKey + "></relationNames>");
        manyToOnes.get(Names.key(child.name())).add(new ManyToOne(name, fkProps, parentClass,
                targetProps.stream().map(Property::constant).toList(), targetProps.stream().map(Property::getter).toList(), fkText));

        boolean oneToOne = isUnique(child, fk.columns());
        long keysToParent = child.foreignKeys().stream().filter(f -> Names.same(f.referencedTable(), parent.name())).count();
        String inverse = options.relationNames().get(columnsKey + ".inverse");
        if (inverse == null) {
            String base = oneToOne ? JavaNames.decapitalize(childClass) : collectionName(childClass);
            inverse = keysToParent > 1 || child == parent ? base + "As" + JavaNames.capitalize(name) : base;
        }
        requireIdentifier(inverse, "The inverse relation of " + fkText,
                "<relationNames><" + columnsKey + ".inverse>someName</" + columnsKey + ".inverse></relationNames>");
        oneToManys.get(Names.key(parent.name())).add(new OneToMany(inverse, childClass, fkProps.stream().map(Property::constant).toList(),
                targetProps, oneToOne, fkText));
    }

    /** {@code sender_id} → {@code sender}; a column without an id suffix, or several columns: the referenced class. */
    private static String manyToOneName(ForeignKey fk, String parentClass) {
        if (fk.columns().size() == 1) {
            List<String> words = JavaNames.words(fk.columns().get(0));
            if (words.size() > 1 && List.of("id", "fk", "key", "ref").contains(words.get(words.size() - 1))) {
                String name = JavaNames.camel(words.subList(0, words.size() - 1));
                return JavaNames.isKeyword(name) ? name + "Value" : name;
            }
        }
        return JavaNames.decapitalize(parentClass);
    }

    private static boolean isUnique(Table t, List<String> columns) {
        Set<String> wanted = new HashSet<>();
        for (String c : columns) wanted.add(Names.key(c));
        if (t.primaryKey() != null && sameSet(t.primaryKey().columns(), wanted)) return true;
        for (UniqueConstraint u : t.uniqueConstraints()) if (sameSet(u.columns(), wanted)) return true;
        for (Index i : t.indexes()) if (i.unique() && i.where() == null && i.keys().size() == i.columnNames().size()
                && sameSet(i.columnNames(), wanted)) return true;
        return false;
    }

    private static boolean sameSet(List<String> columns, Set<String> wanted) {
        Set<String> s = new HashSet<>();
        for (String c : columns) s.add(Names.key(c));
        return s.equals(wanted);
    }

    private ManyToMany manyToMany(Table join, ForeignKey own, ForeignKey other, Table target, String configured, String overrideKey,
                                  Map<String, String> classNames, Map<String, List<Property>> properties) {
        String targetClass = classNames.get(Names.key(target.name()));
        String name = configured != null ? configured : collectionName(targetClass);
        requireIdentifier(name, "The many-to-many relation through " + join.name(),
                "<relationNames><" + overrideKey + ">someName</" + overrideKey + "></relationNames>");
        List<String> words = new ArrayList<>(JavaNames.words(name));
        words.set(words.size() - 1, Inflector.singular(words.get(words.size() - 1)));
        String singular = JavaNames.camel(words);
        if (singular.equals(name)) singular = name + "Item";
        List<Property> ownProps = properties.get(Names.key(own.referencedTable()));
        List<Property> ownKey = own.referencedColumns().stream().map(c -> find(ownProps, c)).toList();
        List<Property> targetProps = properties.get(Names.key(target.name()));
        List<String> targetKey = other.referencedColumns().stream().map(c -> find(targetProps, c).constant()).toList();
        return new ManyToMany(name, singular, join.name(), own.columns(), ownKey, other.columns(), targetClass, targetKey);
    }

    private static void requireIdentifier(String name, String what, String configure) {
        if (!JavaNames.isIdentifier(name)) {
            throw new ModelProblem(what + " would be named " + name + ", which is not a legal Java name; configure " + configure);
        }
    }

    /** Every accessor of the class has one owner; a clash names what to configure. */
    private void checkMembers(EntityModel e) {
        Map<String, String> methods = new TreeMap<>();
        String table = e.table().name();
        for (Property p : e.properties()) {
            String how = "<fieldNames><" + table + "." + p.column().name() + ">someName</" + table + "." + p.column().name() + "></fieldNames>";
            claim(methods, p.getter(), "column " + table + "." + p.column().name(), how, e);
            claim(methods, p.setter(), "column " + table + "." + p.column().name(), how, e);
        }
        for (ManyToOne r : e.manyToOnes()) {
            String key = Names.key(table) + "." + String.join("+", r.columns().stream().map(p -> Names.key(p.column().name())).toList());
            String how = "<relationNames><" + key + ">someName</" + key + "></relationNames>";
            String cap = JavaNames.capitalize(r.name());
            claim(methods, "get" + cap, "the relation " + r.foreignKeyText(), how, e);
            claim(methods, "set" + cap, "the relation " + r.foreignKeyText(), how, e);
        }
        for (OneToMany r : e.oneToManys()) {
            String how = "<relationNames><…child table.fk column….inverse>someName</…></relationNames> for " + r.foreignKeyText();
            claim(methods, "get" + JavaNames.capitalize(r.name()), "the inverse of " + r.foreignKeyText(), how, e);
        }
        for (ManyToMany r : e.manyToManys()) {
            String how = "<relationNames><" + r.joinTable() + ">someName</" + r.joinTable() + "> (or <" + r.joinTable()
                    + ".inverse> for the other side)</relationNames>";
            claim(methods, "get" + JavaNames.capitalize(r.name()), "the many-to-many through " + r.joinTable(), how, e);
            claim(methods, "add" + JavaNames.capitalize(r.singularName()), "the many-to-many through " + r.joinTable(), how, e);
            claim(methods, "remove" + JavaNames.capitalize(r.singularName()), "the many-to-many through " + r.joinTable(), how, e);
        }
    }

    private static void claim(Map<String, String> methods, String method, String owner, String how, EntityModel e) {
        if (RESERVED_METHODS.contains(method)) {
            throw new ModelProblem(e.className() + "." + method + "() for " + owner + " would clash with a method every entity has; configure " + how);
        }
        String other = methods.putIfAbsent(method, owner);
        if (other != null) {
            throw new ModelProblem(e.className() + "." + method + "() would be generated for both " + other + " and " + owner
                    + "; configure " + how);
        }
    }

    // ------------------------------------------------------------------------------------------------ Javadoc

    private List<String> classDoc(Table t) {
        List<String> doc = new ArrayList<>();
        if (t.comment() != null && !t.comment().isBlank()) doc.add(JavadocText.escape(t.comment()));
        String origin = origins.table(t).map(m -> ", created by " + MigrationOrigins.describe(m)).orElse("");
        doc.add("Table {@code " + t.name() + "}" + origin + ".");
        return doc;
    }

    private List<String> columnDoc(Table t, Column c) {
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
