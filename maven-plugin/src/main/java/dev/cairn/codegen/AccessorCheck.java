package dev.cairn.codegen;

import dev.cairn.codegen.ModelPlan.EntityModel;
import dev.cairn.codegen.ModelPlan.ManyToMany;
import dev.cairn.codegen.ModelPlan.ManyToOne;
import dev.cairn.codegen.ModelPlan.OneToMany;
import dev.cairn.codegen.ModelPlan.Property;
import dev.cairn.schema.Names;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every accessor of an entity class has one owner, and none takes the name of a method every entity has; a clash
 * names what to configure.
 */
final class AccessorCheck {
    /** Methods of {@code Object} and of the runtime's {@code Entity}: no generated accessor may take these names. */
    static final Set<String> RESERVED_METHODS = Set.of("getClass", "hashCode", "equals", "toString", "notify", "notifyAll",
            "wait", "clone", "finalize", "isAttached", "entityType", "session", "attach");

    private AccessorCheck() {
    }

    /** Whether a field of this name would have a getter or setter every entity has already. */
    static boolean reserved(String field) {
        String cap = JavaNames.capitalize(field);
        return RESERVED_METHODS.contains("get" + cap) || RESERVED_METHODS.contains("set" + cap);
    }

    static void check(EntityModel e) {
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
}
