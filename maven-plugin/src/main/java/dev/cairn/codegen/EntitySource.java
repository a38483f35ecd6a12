package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.cairn.codegen.ModelPlan.EntityModel;
import dev.cairn.codegen.ModelPlan.ManyToMany;
import dev.cairn.codegen.ModelPlan.ManyToOne;
import dev.cairn.codegen.ModelPlan.OneToMany;
import dev.cairn.codegen.ModelPlan.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes one entity class with JavaParser. Accessor style: JavaBeans {@code getX()}/{@code setX(…)} for every column
 * (booleans too), {@code getX()} for relations (plus {@code setX(…)} on a many-to-one and {@code addX}/{@code removeX}
 * on a many-to-many); public static typed column constants ({@code User.NICKNAME}) and {@code META}, the table's
 * metadata.
 */
final class EntitySource {
    private EntitySource() {
    }

    static String write(String packageName, EntityModel e) {
        CompilationUnit cu = new CompilationUnit(packageName);
        TreeSet<String> imports = new TreeSet<>(List.of("dev.cairn.entity.Column", "dev.cairn.entity.Entity",
                "dev.cairn.entity.EntityType", "dev.cairn.entity.ValueTypes", "java.util.List"));
        if (!e.key().isEmpty()) imports.add("java.util.Objects");
        if (!e.manyToManys().isEmpty()) imports.add("dev.cairn.entity.ManyToMany");
        for (Property p : e.properties()) imports.addAll(p.type().imports());
        imports.forEach(cu::addImport);

        String name = e.className();
        ClassOrInterfaceDeclaration c = cu.addClass(name, Keyword.PUBLIC);
        c.addExtendedType("Entity");
        c.setJavadocComment(SourceText.javadoc(e.doc()));

        for (Property p : e.properties()) {
            String factory = p.column().generatedExpression() != null ? "computed"
                    : p.generated() ? "generated" : p.defaulted() ? "defaulted" : "of";
            Expression column = new MethodCallExpr(new NameExpr("Column"), factory, NodeList.nodeList(
                    new StringLiteralExpr(SourceText.escaped(p.column().name())), Snippets.recurringExpression(p.type().valueType()),
                    new MethodReferenceExpr(new TypeExpr(Snippets.type(name)), null, p.getter()),
                    new MethodReferenceExpr(new TypeExpr(Snippets.type(name)), null, p.setter())));
            c.addFieldWithInitializer(Snippets.type("Column<" + name + ", " + p.type().name() + ">"), p.constant(), column,
                    Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL).setJavadocComment("Column {@code " + p.column().name() + "}.");
        }
        c.addFieldWithInitializer("Meta", "META", Snippets.expression("new Meta()"), Keyword.PUBLIC, Keyword.STATIC,
                Keyword.FINAL).setJavadocComment("The metadata of table {@code " + e.table().name() + "}.");

        for (Property p : e.properties()) c.addField(Snippets.type(p.fieldType()), p.field(), Keyword.PRIVATE);

        for (Property p : e.properties()) {
            MethodDeclaration get = c.addMethod(p.getter(), Keyword.PUBLIC);
            get.setType(Snippets.type(p.fieldType()));
            get.setBody(new BlockStmt().addStatement(new ReturnStmt(new NameExpr(p.field()))));
            get.setJavadocComment(SourceText.javadoc(p.doc()));
            MethodDeclaration set = c.addMethod(p.setter(), Keyword.PUBLIC);
            set.addParameter(Snippets.type(p.fieldType()), p.field());
            set.setBody(new BlockStmt().addStatement(new ExpressionStmt(new AssignExpr(
                    new FieldAccessExpr(new ThisExpr(), p.field()), new NameExpr(p.field()), AssignExpr.Operator.ASSIGN))));
        }

        for (ManyToOne r : e.manyToOnes()) manyToOne(c, r);
        for (OneToMany r : e.oneToManys()) oneToMany(c, r);
        for (ManyToMany r : e.manyToManys()) manyToMany(c, name, r);

        c.addMethod("entityType", Keyword.PUBLIC).addMarkerAnnotation("Override").setType("Meta")
                .setBody(block("return META;"));
        if (!e.key().isEmpty()) equalsAndHashCode(c, name, e.key());
        toStringMethod(c, e);

        ClassOrInterfaceDeclaration meta = new ClassOrInterfaceDeclaration();
        meta.setName("Meta").setModifiers(Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL);
        meta.addExtendedType("EntityType<" + name + ">");
        meta.setJavadocComment("Table {@code " + e.table().name() + "}: its name, typed columns, primary key, row mapper and "
                + "parameter binder.");
        ConstructorDeclaration ctor = meta.addConstructor(Keyword.PRIVATE);
        ctor.setBody(block("super(" + SourceText.literal(e.table().name()) + ", " + list(constants(e.properties())) + ", "
                + list(constants(e.key())) + ", " + name + "::new);"));
        c.addMember(meta);
        return cu.toString();
    }

    private static void manyToOne(ClassOrInterfaceDeclaration c, ManyToOne r) {
        String cap = JavaNames.capitalize(r.name());
        StringBuilder body = new StringBuilder("{");
        List<String> nullable = r.columns().stream().filter(Property::boxed).map(Property::field).toList();
        if (!nullable.isEmpty()) {
            body.append("if (").append(String.join(" == null || ", nullable)).append(" == null) { return null; }");
        }
        body.append("return session(").append(SourceText.literal(r.name())).append(").select(").append(r.targetClass()).append(".META)");
        for (int i = 0; i < r.columns().size(); i++) {
            body.append(".where(").append(r.targetClass()).append('.').append(r.targetConstants().get(i)).append(".eq(")
                    .append(r.columns().get(i).field()).append("))");
        }
        body.append(".first().orElse(null);}");
        MethodDeclaration get = c.addMethod("get" + cap, Keyword.PUBLIC).setType(r.targetClass());
        get.setBody(Snippets.block(body.toString()));
        get.setJavadocComment("The row of {@code " + r.foreignKeyText().replaceAll(".*→ ", "").replaceAll(" \\(.*", "")
                + "} that {@code " + r.foreignKeyText() + "} references; loads through the session that loaded this entity.");

        String param = JavaNames.decapitalize(r.targetClass());
        if (r.columns().stream().anyMatch(p -> p.field().equals(param))) return;
        MethodDeclaration set = c.addMethod("set" + cap, Keyword.PUBLIC);
        set.addParameter(r.targetClass(), param);
        StringBuilder s = new StringBuilder("{");
        boolean canBeNull = r.columns().stream().allMatch(Property::boxed);
        for (int i = 0; i < r.columns().size(); i++) {
            Property p = r.columns().get(i);
            String value = param + "." + r.targetGetters().get(i) + "()";
            s.append("this.").append(p.field()).append(" = ").append(canBeNull ? param + " == null ? null : " + value : value).append(';');
        }
        set.setBody(Snippets.block(s.append('}').toString()));
        set.setJavadocComment("Points {@code " + r.foreignKeyText() + "} at {@code " + param + "}" + (canBeNull ? " (null: at no row)." : "."));
    }

    private static void oneToMany(ClassOrInterfaceDeclaration c, OneToMany r) {
        StringBuilder body = new StringBuilder("{");
        List<String> nullable = r.ownKey().stream().filter(Property::boxed).map(Property::field).toList();
        if (!nullable.isEmpty()) {
            body.append("if (").append(String.join(" == null || ", nullable)).append(" == null) { return ")
                    .append(r.oneToOne() ? "null" : "List.of()").append("; }");
        }
        body.append("return session(").append(SourceText.literal(r.name())).append(").select(").append(r.childClass()).append(".META)");
        for (int i = 0; i < r.ownKey().size(); i++) {
            body.append(".where(").append(r.childClass()).append('.').append(r.childConstants().get(i)).append(".eq(")
                    .append(r.ownKey().get(i).field()).append("))");
        }
        body.append(r.oneToOne() ? ".first().orElse(null);}" : ".list();}");
        MethodDeclaration get = c.addMethod("get" + JavaNames.capitalize(r.name()), Keyword.PUBLIC)
                .setType(r.oneToOne() ? r.childClass() : "List<" + r.childClass() + ">");
        get.setBody(Snippets.block(body.toString()));
        get.setJavadocComment((r.oneToOne() ? "The row, or null, whose unique {@code " : "The rows whose {@code ")
                + r.foreignKeyText() + "} references this one; loads through the session that loaded this entity.");
    }

    private static void manyToMany(ClassOrInterfaceDeclaration c, String owner, ManyToMany r) {
        String relation = r.name() + "Relation";
        String type = "ManyToMany<" + owner + ", " + r.targetClass() + ">";
        MethodDeclaration def = c.addMethod(relation, Keyword.PRIVATE, Keyword.STATIC).setType(type);
        def.setBody(block("return new ManyToMany<>(" + SourceText.literal(r.joinTable()) + ", " + list(quoted(r.ownJoinColumns())) + ", "
                + list(constants(r.ownKey())) + ", " + list(quoted(r.otherJoinColumns())) + ", " + r.targetClass() + ".META, "
                + list(r.targetKeyConstants().stream().map(k -> r.targetClass() + "." + k).toList()) + ");"));
        String cap = JavaNames.capitalize(r.name()), one = JavaNames.capitalize(r.singularName());
        String session = "session(" + SourceText.literal(r.name()) + ")";
        c.addMethod("get" + cap, Keyword.PUBLIC).setType("List<" + r.targetClass() + ">")
                .setBody(block("return " + session + ".linked(" + relation + "(), this);"))
                .setJavadocComment("The rows linked to this one through join table {@code " + r.joinTable() + "}.");
        String param = r.singularName();
        c.addMethod("add" + one, Keyword.PUBLIC).addParameter(r.targetClass(), param)
                .setBody(block(session + ".link(" + relation + "(), this, " + param + ");"))
                .setJavadocComment("Links {@code " + param + "} to this row: inserts a row of {@code " + r.joinTable() + "}.");
        c.addMethod("remove" + one, Keyword.PUBLIC).addParameter(r.targetClass(), param)
                .setBody(block(session + ".unlink(" + relation + "(), this, " + param + ");"))
                .setJavadocComment("Unlinks {@code " + param + "} from this row: deletes its row of {@code " + r.joinTable() + "}.");
    }

    private static void equalsAndHashCode(ClassOrInterfaceDeclaration c, String name, List<Property> key) {
        StringBuilder eq = new StringBuilder("this == other || other instanceof " + name + " that");
        List<String> fields = new ArrayList<>();
        for (Property p : key) {
            if (p.boxed()) eq.append(" && this.").append(p.field()).append(" != null");
            eq.append(" && Objects.equals(this.").append(p.field()).append(", that.").append(p.field()).append(')');
            fields.add("this." + p.field());
        }
        c.addMethod("equals", Keyword.PUBLIC).addMarkerAnnotation("Override").setType("boolean").addParameter("Object", "other")
                .setBody(block("return " + eq + ";"))
                .setJavadocComment("Equal when the primary keys are equal; an entity whose key is not assigned yet equals only itself.");
        c.addMethod("hashCode", Keyword.PUBLIC).addMarkerAnnotation("Override").setType("int")
                .setBody(block("return Objects.hash(" + String.join(", ", fields) + ");"));
    }

    private static void toStringMethod(ClassOrInterfaceDeclaration c, EntityModel e) {
        StringBuilder b = new StringBuilder("return " + SourceText.literal(e.className() + "{"));
        for (int i = 0; i < e.properties().size(); i++) {
            Property p = e.properties().get(i);
            b.append(" + ").append(SourceText.literal((i == 0 ? "" : ", ") + p.field() + "=")).append(" + ");
            if (p.fieldType().equals("byte[]")) {
                b.append("(").append(p.field()).append(" == null ? \"null\" : ").append(p.field()).append(".length + \" bytes\")");
            } else if (p.fieldType().endsWith("[]")) {
                b.append("java.util.Arrays.toString(").append(p.field()).append(')');
            } else {
                b.append(p.field());
            }
        }
        b.append(" + \"}\";");
        c.addMethod("toString", Keyword.PUBLIC).addMarkerAnnotation("Override").setType("String").setBody(block(b.toString()));
    }

    private static BlockStmt block(String statements) {
        return Snippets.block("{" + statements + "}");
    }

    private static List<String> constants(List<Property> properties) {
        return properties.stream().map(Property::constant).toList();
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(SourceText::literal).toList();
    }

    private static String list(List<String> items) {
        return "List.of(" + String.join(", ", items) + ")";
    }
}
