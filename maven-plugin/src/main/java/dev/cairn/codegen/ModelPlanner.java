package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.EntityModel;
import dev.cairn.codegen.ModelPlan.EnumModel;
import dev.cairn.codegen.ModelPlan.Property;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Decides every name and type of the generated classes from the schema (DESIGN.md, "Generated models"): one class
 * per table except pure join tables, singular class names, camelCase fields, relationships both ways. A name that
 * still collides is a {@link ModelProblem} saying which override to configure. The parts are {@link ClassNames},
 * {@link PropertyPlanner} (on every core), {@link RelationPlanner} and {@link AccessorCheck}.
 */
public final class ModelPlanner {
    private final GeneratorOptions options;
    private final ModelJavadoc javadoc;
    private final PropertyPlanner propertyPlanner;

    public ModelPlanner(GeneratorOptions options, MigrationOrigins origins) {
        this.options = options;
        this.javadoc = new ModelJavadoc(origins);
        this.propertyPlanner = new PropertyPlanner(options, Engines.of(options.dialect()).values(), javadoc);
    }

    public ModelPlan plan(Schema schema, long version) {
        Map<String, Table> joinTables = new TreeMap<>();
        Map<String, Table> entityTables = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            if (isPureJoinTable(t, schema)) joinTables.put(Names.key(t.name()), t);
            else entityTables.put(Names.key(t.name()), t);
        }
        Map<String, String> classNames = ClassNames.of(entityTables.values(), options);
        // each table's columns on every core; an enum a column names is made the same whichever table asks first
        Map<String, EnumModel> enumsMet = new ConcurrentHashMap<>();
        List<Table> tables = List.copyOf(entityTables.values());
        List<List<Property>> columns = onEveryCore(tables,
                t -> propertyPlanner.of(t, schema, classNames.get(Names.key(t.name())), enumsMet));
        Map<String, List<Property>> properties = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) properties.put(Names.key(tables.get(i).name()), columns.get(i));
        Map<String, EnumModel> enums = new TreeMap<>(enumsMet);
        RelationPlanner.alignForeignKeyTypes(entityTables, properties);
        ClassNames.checkEnums(classNames, enums);
        RelationPlanner relations = new RelationPlanner(options, classNames, properties);
        relations.plan(entityTables, joinTables);

        List<EntityModel> entities = new ArrayList<>(onEveryCore(tables, t -> {
            String k = Names.key(t.name());
            EntityModel e = new EntityModel(t, classNames.get(k), properties.get(k), relations.manyToOnes(k),
                    relations.oneToManys(k), relations.manyToManys(k), javadoc.classDoc(t));
            AccessorCheck.check(e);
            return e;
        }));
        entities.sort(Comparator.comparing(EntityModel::className));
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
}
