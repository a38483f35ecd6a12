package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.cairn.codegen.ModelPlan.EntityModel;
import dev.cairn.codegen.ModelPlan.ManyToMany;
import dev.cairn.codegen.ModelPlan.ManyToOne;
import dev.cairn.codegen.ModelPlan.OneToMany;
import dev.cairn.codegen.ModelPlan.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static com.github.javaparser.ast.expr.BinaryExpr.Operator.AND;
import static com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS;
import static com.github.javaparser.ast.expr.BinaryExpr.Operator.NOT_EQUALS;
import static com.github.javaparser.ast.expr.BinaryExpr.Operator.OR;
import static com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS;
import static dev.cairn.codegen.JavaAst.binary;
import static dev.cairn.codegen.JavaAst.block;
import static dev.cairn.codegen.JavaAst.call;
import static dev.cairn.codegen.JavaAst.listOf;
import static dev.cairn.codegen.JavaAst.methodRef;
import static dev.cairn.codegen.JavaAst.name;
import static dev.cairn.codegen.JavaAst.returns;
import static dev.cairn.codegen.JavaAst.statement;
import static dev.cairn.codegen.JavaAst.string;
import static dev.cairn.codegen.JavaAst.type;

/**
 * Writes one entity class with JavaParser, building every node (see {@link JavaAst}). Accessor style: JavaBeans
 * {@code getX()}/{@code setX(…)} for every column (booleans too), {@code getX()} for relations (plus
 * {@code setX(…)} on a many-to-one and {@code addX}/{@code removeX} on a many-to-many); public static typed column
 * constants ({@code User.NICKNAME}) and {@code META}, the table's metadata.
 */
final class EntitySource {
    private EntitySource() {
    }

    static String write(String packageName, EntityModel e) {
        return JavaSourcePrinter.print(unit(packageName, e));
    }

    /** The class as JavaParser nodes. */
    static CompilationUnit unit(String packageName, EntityModel e) {
        CompilationUnit cu = new CompilationUnit(packageName);
        TreeSet<String> imports = new TreeSet<>(List.of("dev.cairn.entity.TypedColumn", "dev.cairn.entity.Entity",
                "dev.cairn.entity.EntityType", "dev.cairn.entity.ValueTypes", "java.util.List"));
        if (!e.key().isEmpty()) imports.add("java.util.Objects");
        if (!e.manyToManys().isEmpty()) imports.add("dev.cairn.entity.ManyToMany");
        for (Property p : e.properties()) imports.addAll(p.type().imports());
        imports.forEach(i -> JavaAst.addImport(cu, i));

        String name = e.className();
        ClassOrInterfaceDeclaration c = cu.addClass(name, Keyword.PUBLIC);
        c.addExtendedType(JavaAst.classType("Entity"));
        c.setJavadocComment(SourceText.javadoc(e.doc()));

        for (Property p : e.properties()) {
            String factory = p.column().generatedExpression() != null ? "computed"
                    : p.generated() ? "generated" : p.defaulted() ? "defaulted" : "of";
            Expression column = call(new NameExpr("TypedColumn"), factory, string(p.column().name()), p.type().valueType().expression(),
                    methodRef(name, p.getter()), methodRef(name, p.setter()));
            c.addFieldWithInitializer(type("TypedColumn<" + name + ", " + p.type().name() + ">"), p.constant(), column,
                    Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL).setJavadocComment("Column {@code " + p.column().name() + "}.");
        }
        c.addFieldWithInitializer(type("Meta"), "META", new ObjectCreationExpr(null, JavaAst.classType("Meta"), new NodeList<>()),
                Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL).setJavadocComment("The metadata of table {@code " + e.table().name() + "}.");

        for (Property p : e.properties()) c.addField(type(p.fieldType()), p.field(), Keyword.PRIVATE);

        for (Property p : e.properties()) {
            MethodDeclaration get = c.addMethod(p.getter(), Keyword.PUBLIC);
            get.setType(type(p.fieldType()));
            get.setBody(block(returns(new NameExpr(p.field()))));
            get.setJavadocComment(SourceText.javadoc(p.doc()));
            MethodDeclaration set = c.addMethod(p.setter(), Keyword.PUBLIC);
            set.addParameter(type(p.fieldType()), p.field());
            set.setBody(block(assignField(p.field(), new NameExpr(p.field()))));
        }

        for (ManyToOne r : e.manyToOnes()) manyToOne(c, r);
        for (OneToMany r : e.oneToManys()) oneToMany(c, r);
        for (ManyToMany r : e.manyToManys()) manyToMany(c, name, r);

        c.addMethod("entityType", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("Meta"))
                .setBody(block(returns(new NameExpr("META"))));
        if (!e.key().isEmpty()) equalsAndHashCode(c, name, e.key());
        toStringMethod(c, e);

        ClassOrInterfaceDeclaration meta = new ClassOrInterfaceDeclaration();
        meta.setName("Meta").setModifiers(Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL);
        meta.addExtendedType(JavaAst.classType("EntityType<" + name + ">"));
        meta.setJavadocComment("Table {@code " + e.table().name() + "}: its name, typed columns, primary key, row mapper and "
                + "parameter binder.");
        meta.addConstructor(Keyword.PRIVATE).setBody(block(new ExplicitConstructorInvocationStmt(false, null, NodeList.nodeList(
                string(e.table().name()), listOf(constants(e.properties())), listOf(constants(e.key())), methodRef(name, "new")))));
        c.addMember(meta);
        return cu;
    }

    private static void manyToOne(ClassOrInterfaceDeclaration c, ManyToOne r) {
        String cap = JavaNames.capitalize(r.name());
        List<Statement> body = new ArrayList<>();
        List<Property> nullable = r.columns().stream().filter(Property::boxed).toList();
        if (!nullable.isEmpty()) body.add(returnIfNull(nullable, new NullLiteralExpr()));
        Expression query = select(r.name(), r.targetClass());
        for (int i = 0; i < r.columns().size(); i++) {
            query = where(query, r.targetClass(), r.targetConstants().get(i), r.columns().get(i).field());
        }
        body.add(returns(call(call(query, "first"), "orElse", new NullLiteralExpr())));
        MethodDeclaration get = c.addMethod("get" + cap, Keyword.PUBLIC).setType(type(r.targetClass()));
        get.setBody(block(body));
        get.setJavadocComment("The row of {@code " + r.foreignKeyText().replaceAll(".*→ ", "").replaceAll(" \\(.*", "")
                + "} that {@code " + r.foreignKeyText() + "} references; loads through the session that loaded this entity.");

        String param = JavaNames.decapitalize(r.targetClass());
        if (r.columns().stream().anyMatch(p -> p.field().equals(param))) return;
        MethodDeclaration set = c.addMethod("set" + cap, Keyword.PUBLIC);
        set.addParameter(type(r.targetClass()), param);
        List<Statement> assignments = new ArrayList<>();
        boolean canBeNull = r.columns().stream().allMatch(Property::boxed);
        for (int i = 0; i < r.columns().size(); i++) {
            Expression value = call(new NameExpr(param), r.targetGetters().get(i));
            if (canBeNull) {
                value = new ConditionalExpr(binary(new NameExpr(param), EQUALS, new NullLiteralExpr()), new NullLiteralExpr(), value);
            }
            assignments.add(assignField(r.columns().get(i).field(), value));
        }
        set.setBody(block(assignments));
        set.setJavadocComment("Points {@code " + r.foreignKeyText() + "} at {@code " + param + "}" + (canBeNull ? " (null: at no row)." : "."));
    }

    private static void oneToMany(ClassOrInterfaceDeclaration c, OneToMany r) {
        List<Statement> body = new ArrayList<>();
        List<Property> nullable = r.ownKey().stream().filter(Property::boxed).toList();
        if (!nullable.isEmpty()) body.add(returnIfNull(nullable, r.oneToOne() ? new NullLiteralExpr() : listOf(List.of())));
        Expression query = select(r.name(), r.childClass());
        for (int i = 0; i < r.ownKey().size(); i++) {
            query = where(query, r.childClass(), r.childConstants().get(i), r.ownKey().get(i).field());
        }
        body.add(returns(r.oneToOne() ? call(call(query, "first"), "orElse", new NullLiteralExpr()) : call(query, "list")));
        MethodDeclaration get = c.addMethod("get" + JavaNames.capitalize(r.name()), Keyword.PUBLIC)
                .setType(type(r.oneToOne() ? r.childClass() : "List<" + r.childClass() + ">"));
        get.setBody(block(body));
        get.setJavadocComment((r.oneToOne() ? "The row, or null, whose unique {@code " : "The rows whose {@code ")
                + r.foreignKeyText() + "} references this one; loads through the session that loaded this entity.");
    }

    private static void manyToMany(ClassOrInterfaceDeclaration c, String owner, ManyToMany r) {
        String relation = r.name() + "Relation";
        MethodDeclaration def = c.addMethod(relation, Keyword.PRIVATE, Keyword.STATIC)
                .setType(type("ManyToMany<" + owner + ", " + r.targetClass() + ">"));
        def.setBody(block(returns(new ObjectCreationExpr(null, JavaAst.diamond("ManyToMany"), NodeList.nodeList(
                string(r.joinTable()), listOf(strings(r.ownJoinColumns())), listOf(constants(r.ownKey())),
                listOf(strings(r.otherJoinColumns())), name(r.targetClass() + ".META"),
                listOf(r.targetKeyConstants().stream().map(k -> name(r.targetClass() + "." + k)).toList()))))));
        String cap = JavaNames.capitalize(r.name()), one = JavaNames.capitalize(r.singularName());
        c.addMethod("get" + cap, Keyword.PUBLIC).setType(type("List<" + r.targetClass() + ">"))
                .setBody(block(returns(call(session(r.name()), "linked", call(null, relation), new ThisExpr()))))
                .setJavadocComment("The rows linked to this one through join table {@code " + r.joinTable() + "}.");
        String param = r.singularName();
        c.addMethod("add" + one, Keyword.PUBLIC).addParameter(type(r.targetClass()), param)
                .setBody(block(statement(call(session(r.name()), "link", call(null, relation), new ThisExpr(), new NameExpr(param)))))
                .setJavadocComment("Links {@code " + param + "} to this row: inserts a row of {@code " + r.joinTable() + "}.");
        c.addMethod("remove" + one, Keyword.PUBLIC).addParameter(type(r.targetClass()), param)
                .setBody(block(statement(call(session(r.name()), "unlink", call(null, relation), new ThisExpr(), new NameExpr(param)))))
                .setJavadocComment("Unlinks {@code " + param + "} from this row: deletes its row of {@code " + r.joinTable() + "}.");
    }

    private static void equalsAndHashCode(ClassOrInterfaceDeclaration c, String name, List<Property> key) {
        // this == other || other instanceof User that && this.id != null && Objects.equals(this.id, that.id)
        List<Expression> same = new ArrayList<>();
        same.add(new InstanceOfExpr(new NameExpr("other"), JavaAst.classType(name),
                new TypePatternExpr(new NodeList<>(), JavaAst.classType(name), new SimpleName("that"))));
        List<FieldAccessExpr> fields = new ArrayList<>();
        for (Property p : key) {
            if (p.boxed()) same.add(binary(thisField(p.field()), NOT_EQUALS, new NullLiteralExpr()));
            same.add(call(new NameExpr("Objects"), "equals", thisField(p.field()), new FieldAccessExpr(new NameExpr("that"), p.field())));
            fields.add(thisField(p.field()));
        }
        Expression equal = binary(binary(new ThisExpr(), EQUALS, new NameExpr("other")), OR, JavaAst.chain(AND, same));
        c.addMethod("equals", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("boolean"))
                .addParameter(type("Object"), "other")
                .setBody(block(returns(equal)))
                .setJavadocComment("Equal when the primary keys are equal; an entity whose key is not assigned yet equals only itself.");
        c.addMethod("hashCode", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("int"))
                .setBody(block(returns(call(new NameExpr("Objects"), "hash", fields))));
    }

    private static void toStringMethod(ClassOrInterfaceDeclaration c, EntityModel e) {
        // "User{" + "id=" + id + ", nickname=" + nickname + … + "}"
        List<Expression> parts = new ArrayList<>();
        parts.add(string(e.className() + "{"));
        for (int i = 0; i < e.properties().size(); i++) {
            Property p = e.properties().get(i);
            parts.add(string((i == 0 ? "" : ", ") + p.field() + "="));
            NameExpr field = new NameExpr(p.field());
            if (p.fieldType().equals("byte[]")) {
                parts.add(new EnclosedExpr(new ConditionalExpr(binary(field, EQUALS, new NullLiteralExpr()), string("null"),
                        binary(new FieldAccessExpr(new NameExpr(p.field()), "length"), PLUS, string(" bytes")))));
            } else if (p.fieldType().endsWith("[]")) {
                parts.add(call(name("java.util.Arrays"), "toString", field));
            } else {
                parts.add(field);
            }
        }
        parts.add(string("}"));
        c.addMethod("toString", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("String"))
                .setBody(block(returns(JavaAst.chain(PLUS, parts))));
    }

    /** {@code if (a == null || b == null) { return value; }} */
    private static IfStmt returnIfNull(List<Property> nullable, Expression value) {
        List<BinaryExpr> tests = nullable.stream().map(p -> binary(new NameExpr(p.field()), EQUALS, new NullLiteralExpr())).toList();
        return new IfStmt(JavaAst.chain(OR, tests), block(returns(value)), null);
    }

    /** {@code session("posts")} */
    private static MethodCallExpr session(String relation) {
        return call(null, "session", string(relation));
    }

    /** {@code session("posts").select(Post.META)} */
    private static Expression select(String relation, String target) {
        return call(session(relation), "select", name(target + ".META"));
    }

    /** {@code query.where(Post.USER_ID.eq(id))} */
    private static Expression where(Expression query, String target, String constant, String field) {
        return call(query, "where", call(name(target + "." + constant), "eq", new NameExpr(field)));
    }

    /** {@code this.field = value;} */
    private static Statement assignField(String field, Expression value) {
        return statement(new AssignExpr(thisField(field), value, AssignExpr.Operator.ASSIGN));
    }

    private static FieldAccessExpr thisField(String field) {
        return new FieldAccessExpr(new ThisExpr(), field);
    }

    private static List<NameExpr> constants(List<Property> properties) {
        return properties.stream().map(p -> new NameExpr(p.constant())).toList();
    }

    private static List<StringLiteralExpr> strings(List<String> values) {
        return values.stream().map(JavaAst::string).toList();
    }
}
