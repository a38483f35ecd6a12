package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.ManyToMany;
import dev.cairn.codegen.ModelPlan.ManyToOne;
import dev.cairn.codegen.ModelPlan.OneToMany;
import dev.cairn.codegen.ModelPlan.Property;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The relationships of the entity classes, both ways: a foreign key is a many-to-one on its table's class and a
 * one-to-many (one-to-one when its columns are unique) on the class of the table it references; a pure join table is
 * a many-to-many on the classes of both its tables. Names come from {@code <relationNames>}, else from the key's
 * columns and the classes.
 */
final class RelationPlanner {
    private final GeneratorOptions options;
    private final Map<String, String> classNames;
    private final Map<String, List<Property>> properties;
    private final Map<String, List<ManyToOne>> manyToOnes = new TreeMap<>();
    private final Map<String, List<OneToMany>> oneToManys = new TreeMap<>();
    private final Map<String, List<ManyToMany>> manyToManys = new TreeMap<>();

    /**
     * @param classNames table key → class name
     * @param properties table key → the properties of its class
     */
    RelationPlanner(GeneratorOptions options, Map<String, String> classNames, Map<String, List<Property>> properties) {
        this.options = options;
        this.classNames = classNames;
        this.properties = properties;
    }

    /** Relates the entity tables through their foreign keys and through the join tables; called once. */
    void plan(Map<String, Table> entityTables, Map<String, Table> joinTables) {
        for (Table t : entityTables.values()) {
            manyToOnes.put(Names.key(t.name()), new ArrayList<>());
            oneToManys.put(Names.key(t.name()), new ArrayList<>());
            manyToManys.put(Names.key(t.name()), new ArrayList<>());
        }
        for (Table child : entityTables.values()) {
            for (ForeignKey fk : child.foreignKeys()) {
                Table parent = entityTables.get(Names.key(fk.referencedTable()));
                if (parent == null) continue;
                relate(child, parent, fk);
            }
        }
        for (Table join : joinTables.values()) {
            ForeignKey a = join.foreignKeys().get(0), b = join.foreignKeys().get(1);
            Table ta = entityTables.get(Names.key(a.referencedTable())), tb = entityTables.get(Names.key(b.referencedTable()));
            String nameOnA = options.relationNames().get(Names.key(join.name()));
            String nameOnB = options.relationNames().get(Names.key(join.name()) + ".inverse");
            String key = Names.key(join.name());
            manyToManys.get(Names.key(ta.name())).add(manyToMany(join, a, b, tb, nameOnA, key));
            manyToManys.get(Names.key(tb.name())).add(manyToMany(join, b, a, ta, nameOnB, key + ".inverse"));
        }
    }

    List<ManyToOne> manyToOnes(String table) {
        return manyToOnes.get(table);
    }

    List<OneToMany> oneToManys(String table) {
        return oneToManys.get(table);
    }

    List<ManyToMany> manyToManys(String table) {
        return manyToManys.get(table);
    }

    /** A foreign-key column takes the Java type of the key column it references, so the two compare without casts. */
    static void alignForeignKeyTypes(Map<String, Table> tables, Map<String, List<Property>> properties) {
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
                        own.set(at, from.withType(to.type()));
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

    private void relate(Table child, Table parent, ForeignKey fk) {
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
        boolean byKey = parentProps.stream().filter(Property::key).toList().equals(targetProps);
        manyToOnes.get(Names.key(child.name())).add(new ManyToOne(name, fkProps, parentClass,
                targetProps.stream().map(Property::constant).toList(), targetProps.stream().map(Property::getter).toList(), fkText,
                byKey));

        boolean oneToOne = isUnique(child, fk.columns());
        long keysToParent = child.foreignKeys().stream().filter(f -> Names.same(f.referencedTable(), parent.name())).count();
        String inverse = options.relationNames().get(columnsKey + ".inverse");
        if (inverse == null) {
            String base = oneToOne ? JavaNames.decapitalize(childClass) : ClassNames.collectionName(childClass);
            inverse = keysToParent > 1 || child == parent ? base + "As" + JavaNames.capitalize(name) : base;
            // a tree: parent_id gives getParent() and getChildren()
            if (child == parent && name.equals("parent")) inverse = oneToOne ? "child" : "children";
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

    private ManyToMany manyToMany(Table join, ForeignKey own, ForeignKey other, Table target, String configured, String overrideKey) {
        String targetClass = classNames.get(Names.key(target.name()));
        String name = configured != null ? configured : ClassNames.collectionName(targetClass);
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

}
