package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
        if (!e.manyToOnes().isEmpty() || !e.oneToManys().isEmpty()) imports.add("dev.cairn.entity.Relation");
        if (e.manyToOnes().stream().anyMatch(r -> r.columns().size() > 1)
                || e.oneToManys().stream().anyMatch(r -> r.ownKey().size() > 1)
                || e.manyToManys().stream().anyMatch(r -> r.ownKey().size() > 1)) {
            imports.add("java.util.Arrays");
        }
        for (Property p : e.properties()) imports.addAll(p.type().imports());
        imports.add("org.jspecify.annotations.Nullable");
        imports.addAll(JavaAst.GENERATED_IMPORTS);
        if (!e.manyToOnes().isEmpty() || !e.oneToManys().isEmpty() || !e.manyToManys().isEmpty()) imports.add("java.beans.Transient");
        imports.forEach(i -> JavaAst.addImport(cu, i));

        String name = e.className();
        ClassOrInterfaceDeclaration c = cu.addClass(name, Keyword.PUBLIC);
        c.addExtendedType(JavaAst.classType("Entity"));
        c.setJavadocComment(SourceText.javadoc(e.doc()) + "\n<p>\nA column's getter returns null only where the column is "
                + "nullable ({@code @Nullable}), or on a new entity before its setter is called; relationship getters are "
                + "{@code @Transient} (a JSON library does not follow them) and load through the session.");
        JavaAst.markGenerated(cu, c);

        for (Property p : e.properties()) {
            String factory = p.computed() ? "computed" : p.version() ? "version" : p.generated() ? "generated"
                    : p.defaulted() ? "defaulted" : p.required() ? "required" : "of";
            List<Expression> args = new ArrayList<>(List.of(string(p.column().name()), p.type().valueType().expression(),
                    methodRef(name, p.getter()), methodRef(name, p.setter())));
            if (p.version()) args.add(new BooleanLiteralExpr(p.defaulted()));
            Expression column = call(new NameExpr("TypedColumn"), factory, args);
            c.addFieldWithInitializer(type("TypedColumn<" + name + ", " + p.type().name() + ">"), p.constant(), column,
                    Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL).setJavadocComment("Column {@code " + p.column().name() + "}.");
        }
        c.addFieldWithInitializer(type("Meta"), "META", new ObjectCreationExpr(null, JavaAst.classType("Meta"), new NodeList<>()),
                Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL).setJavadocComment("The metadata of table {@code " + e.table().name() + "}.");

        relationConstants(c, e);

        for (Property p : e.properties()) {
            // a new entity holds null in every boxed field until it is set or loaded
            com.github.javaparser.ast.body.FieldDeclaration f = c.addField(p.boxed() ? JavaAst.nullableType(p.fieldType())
                    : type(p.fieldType()), p.field(), Keyword.PRIVATE);
            if (p.boxed() && JavaAst.nullableOnDeclaration(p.fieldType())) f.addAnnotation(JavaAst.annotation("Nullable"));
            f.setJavadocComment("The value of column {@code " + p.column().name() + "}.");
        }

        for (Property p : e.properties()) {
            // jOOQ's rule: read nullable where the column is; written nullable where the database may fill it in too
            boolean readsNull = p.boxed() && p.column().nullable();
            boolean writesNull = p.boxed() && (p.column().nullable() || p.generated() || p.defaulted() || p.version());
            MethodDeclaration get = c.addMethod(p.getter(), Keyword.PUBLIC);
            get.setType(readsNull ? JavaAst.nullableType(p.fieldType()) : type(p.fieldType()));
            if (readsNull && JavaAst.nullableOnDeclaration(p.fieldType())) get.addAnnotation(JavaAst.annotation("Nullable"));
            get.setBody(block(returns(new NameExpr(p.field()))));
            get.setJavadocComment(SourceText.javadoc(p.doc()) + "\n\n@return " + (readsNull ? "its value, null for SQL NULL"
                    : "its value, null only on a new entity before it is set" + (p.generated() || p.defaulted() ? " or inserted" : "")));
            // a computed column's value comes from the database only: its setter is the row mapper's, private
            MethodDeclaration set = c.addMethod(p.setter(), p.computed() ? Keyword.PRIVATE : Keyword.PUBLIC);
            com.github.javaparser.ast.body.Parameter value = new com.github.javaparser.ast.body.Parameter(
                    writesNull ? JavaAst.nullableType(p.fieldType()) : type(p.fieldType()), p.field());
            if (writesNull && JavaAst.nullableOnDeclaration(p.fieldType())) value.addAnnotation(JavaAst.annotation("Nullable"));
            set.addParameter(value);
            String param = "\n\n@param " + p.field() + " the new value" + (!writesNull ? ""
                    : p.column().nullable() ? ", null for SQL NULL" : ", null to leave it to the database on insert");
            List<Statement> body = new ArrayList<>();
            if (p.key()) body.add(statement(call(null, "keyChange", new NameExpr(p.constant()), new NameExpr(p.field()))));
            body.add(assignField(p.field(), new NameExpr(p.field())));
            if (p.defaulted() && !p.generated() && !p.computed()) body.add(statement(call(null, "assigned", new NameExpr(p.constant()))));
            set.setBody(block(body));
            if (p.key()) {
                set.setJavadocComment("Sets {@code " + p.column().name() + "}, part of the primary key: fixed once the row exists "
                        + "(loaded or inserted), since an update finds the row by the key it was loaded with." + param);
            } else if (p.defaulted() && !p.generated() && !p.computed()) {
                set.setJavadocComment("Sets {@code " + p.column().name() + "}; once set (to null too), an insert writes it instead of "
                        + "leaving it to the column's default." + param);
            } else {
                set.setJavadocComment("Sets {@code " + p.column().name() + "}." + param);
            }
        }

        for (ManyToOne r : e.manyToOnes()) manyToOne(c, r);
        for (OneToMany r : e.oneToManys()) oneToMany(c, r);
        for (ManyToMany r : e.manyToManys()) manyToMany(c, name, r);

        c.addMethod("entityType", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("Meta"))
                .setBody(block(returns(new NameExpr("META"))))
                .setJavadocComment("The metadata of table {@code " + e.table().name() + "}.\n\n@return {@link #META}");
        if (!e.key().isEmpty()) equalsAndHashCode(c, name, e.key());
        toStringMethod(c, e);

        ClassOrInterfaceDeclaration meta = new ClassOrInterfaceDeclaration();
        meta.setName("Meta").setModifiers(Keyword.PUBLIC, Keyword.STATIC, Keyword.FINAL);
        meta.addExtendedType(JavaAst.classType("EntityType<" + name + ">"));
        meta.setJavadocComment("Table {@code " + e.table().name() + "}: its name, typed columns, primary key, row mapper and "
                + "parameter binder.");
        meta.addConstructor(Keyword.PRIVATE).setJavadocComment("The one instance, {@code " + name + ".META}.").setBody(block(new ExplicitConstructorInvocationStmt(false, null, NodeList.nodeList(
                string(e.table().name()), listOf(constants(e.properties())), listOf(constants(e.key())), methodRef(name, "new")))));
        c.addMember(meta);
        return cu;
    }

    /**
     * {@code public static final Relation<Post, User> USER = Relation.toOne("user", () -> User.META, () -> List.of(USER_ID),
     * () -> List.of(User.ID));} for each many-to-one and one-to-many, what {@code Query.with} loads for every row at once.
     */
    private static void relationConstants(ClassOrInterfaceDeclaration c, EntityModel e) {
        Set<String> taken = new HashSet<>(List.of("META"));
        for (Property p : e.properties()) taken.add(p.constant());
        String name = e.className();
        for (ManyToOne r : e.manyToOnes()) {
            Expression own = listOf(r.columns().stream().map(p -> new NameExpr(p.constant())).toList());
            Expression other = listOf(r.targetConstants().stream().map(k -> name(r.targetClass() + "." + k)).toList());
            relationConstant(c, taken, name, r.name(), r.targetClass(), false, own, other, "The relationship of {@code getX()}: the row "
                    + "that {@code " + r.foreignKeyText() + "} references; {@code select(" + name + ".META).with(…)} loads it for every "
                    + "row in one more statement.");
        }
        for (OneToMany r : e.oneToManys()) {
            Expression own = listOf(r.ownKey().stream().map(p -> new NameExpr(p.constant())).toList());
            Expression other = listOf(r.childConstants().stream().map(k -> name(r.childClass() + "." + k)).toList());
            relationConstant(c, taken, name, r.name(), r.childClass(), !r.oneToOne(), own, other, "The relationship of {@code getX()}: "
                    + "the rows whose {@code " + r.foreignKeyText() + "} references this one; {@code select(" + name
                    + ".META).with(…)} loads them for every row in one more statement.");
        }
    }

    private static void relationConstant(ClassOrInterfaceDeclaration c, Set<String> taken, String owner, String relation, String target,
                                         boolean many, Expression own, Expression other, String doc) {
        String constant = JavaNames.constant(JavaNames.words(relation));
        while (!taken.add(constant)) constant = constant + "_RELATION";
        Expression value = call(new NameExpr("Relation"), many ? "toMany" : "toOne", string(relation),
                JavaAst.supplier(name(target + ".META")), JavaAst.supplier(own), JavaAst.supplier(other));
        c.addFieldWithInitializer(type("Relation<" + owner + ", " + target + ">"), constant, value, Keyword.PUBLIC, Keyword.STATIC,
                Keyword.FINAL).setJavadocComment(doc.replace("getX()", "get" + JavaNames.capitalize(relation) + "()"));
    }

    private static void manyToOne(ClassOrInterfaceDeclaration c, ManyToOne r) {
        String cap = JavaNames.capitalize(r.name());
        List<Statement> body = new ArrayList<>();
        body.add(returnIfNull(r.columns(), new NullLiteralExpr()));
        Expression load;
        if (r.byKey()) {
            // found by key: a row the session holds already costs no query
            load = call(session(r.name()), "find", Stream.concat(Stream.of(name(r.targetClass() + ".META")),
                    r.columns().stream().map(p -> (Expression) new NameExpr(p.field()))).toList());
        } else {
            Expression query = select(r.name(), r.targetClass());
            for (int i = 0; i < r.columns().size(); i++) {
                query = where(query, r.targetClass(), r.targetConstants().get(i), r.columns().get(i).field());
            }
            load = call(query, "first");
        }
        body.add(returns(call(null, "cached", string(r.name()), keyValues(r.columns()),
                JavaAst.supplier(call(load, "orElse", new NullLiteralExpr())))));
        MethodDeclaration get = c.addMethod("get" + cap, Keyword.PUBLIC).setType(type(r.targetClass()));
        relationGetter(get, true);
        get.setBody(block(body));
        get.setJavadocComment("The row of {@code " + r.foreignKeyText().replaceAll(".*→ ", "").replaceAll(" \\(.*", "")
                + "} that {@code " + r.foreignKeyText() + "} references (null when it is null); loaded through the session that "
                + "loaded this entity, once: the session holds one instance per row.\n\n@return the row, or null");

        String param = JavaNames.decapitalize(r.targetClass());
        if (r.columns().stream().anyMatch(p -> p.field().equals(param))) return;
        MethodDeclaration set = c.addMethod("set" + cap, Keyword.PUBLIC);
        set.addParameter(new com.github.javaparser.ast.body.Parameter(type(r.targetClass()), param)
                .addAnnotation(JavaAst.annotation("Nullable")));
        List<Statement> assignments = new ArrayList<>();
        String where = c.getNameAsString() + ".set" + cap;
        for (int i = 0; i < r.columns().size(); i++) {
            Expression key = call(null, "keyOf", new NameExpr(param), call(new NameExpr(param), r.targetGetters().get(i)), string(where));
            Expression value = new ConditionalExpr(binary(new NameExpr(param), EQUALS, new NullLiteralExpr()), new NullLiteralExpr(), key);
            assignments.add(statement(call(null, r.columns().get(i).setter(), value)));
        }
        set.setBody(block(assignments));
        set.setJavadocComment("Points {@code " + r.foreignKeyText() + "} at {@code " + param + "} (null: at no row); {@code " + param
                + "} must be inserted already, so that it has its key.\n\n@param " + param + " the row to point at, or null"
                + "\n@throws IllegalArgumentException when {@code " + param + "} is not inserted yet");
    }

    private static void oneToMany(ClassOrInterfaceDeclaration c, OneToMany r) {
        Expression query = select(r.name(), r.childClass());
        for (int i = 0; i < r.ownKey().size(); i++) {
            query = where(query, r.childClass(), r.childConstants().get(i), r.ownKey().get(i).field());
        }
        Expression load = r.oneToOne() ? call(call(query, "first"), "orElse", new NullLiteralExpr()) : call(query, "list");
        List<Property> nullable = r.ownKey().stream().filter(Property::boxed).toList();
        if (!nullable.isEmpty()) {
            load = new ConditionalExpr(JavaAst.chain(OR, nullable.stream().map(p -> binary(new NameExpr(p.field()), EQUALS,
                    new NullLiteralExpr())).toList()), r.oneToOne() ? new NullLiteralExpr() : listOf(List.of()), load);
        }
        MethodDeclaration get = c.addMethod("get" + JavaNames.capitalize(r.name()), Keyword.PUBLIC)
                .setType(type(r.oneToOne() ? r.childClass() : "List<" + r.childClass() + ">"));
        relationGetter(get, r.oneToOne());
        get.setBody(block(returns(call(null, "cached", string(r.name()), keyValues(r.ownKey()), JavaAst.supplier(load)))));
        get.setJavadocComment((r.oneToOne() ? "The row, or null, whose unique {@code " : "The rows whose {@code ")
                + r.foreignKeyText() + "} references this one; loaded through the session that loaded this entity, and kept "
                + "until the session writes.\n\n@return " + (r.oneToOne() ? "the row, or null" : "the rows, none as an empty list"));
    }

    /**
     * A relationship getter: {@code @java.beans.Transient}, which Jackson and the JavaBeans introspector read as "not a
     * property", so serialising an entity never walks into the rows it leads to (nor runs their queries); a to-one
     * getter is {@code @Nullable}.
     */
    private static void relationGetter(MethodDeclaration get, boolean nullable) {
        get.addAnnotation(JavaAst.annotation("Transient"));
        if (nullable) get.addAnnotation(JavaAst.annotation("Nullable"));
    }

    /** The foreign-key values a cached relation was loaded for: the one field, or {@code List.of(a, b)}. */
    private static Expression keyValues(List<Property> columns) {
        if (columns.size() == 1) return new NameExpr(columns.get(0).field());
        return call(new NameExpr("Arrays"), "asList", columns.stream().map(p -> (Expression) new NameExpr(p.field())).toList());
    }

    private static void manyToMany(ClassOrInterfaceDeclaration c, String owner, ManyToMany r) {
        String relation = r.name() + "Relation";
        MethodDeclaration def = c.addMethod(relation, Keyword.PRIVATE, Keyword.STATIC)
                .setType(type("ManyToMany<" + owner + ", " + r.targetClass() + ">"));
        def.setJavadocComment("The link of {@code get" + JavaNames.capitalize(r.name()) + "()} through {@code " + r.joinTable()
                + "}.\n\n@return the join table's columns on each side");
        def.setBody(block(returns(new ObjectCreationExpr(null, JavaAst.diamond("ManyToMany"), NodeList.nodeList(
                string(r.joinTable()), listOf(strings(r.ownJoinColumns())), listOf(constants(r.ownKey())),
                listOf(strings(r.otherJoinColumns())), name(r.targetClass() + ".META"),
                listOf(r.targetKeyConstants().stream().map(k -> name(r.targetClass() + "." + k)).toList()))))));
        String cap = JavaNames.capitalize(r.name()), one = JavaNames.capitalize(r.singularName());
        MethodDeclaration getLinked = c.addMethod("get" + cap, Keyword.PUBLIC).setType(type("List<" + r.targetClass() + ">"));
        relationGetter(getLinked, false);
        getLinked.setBody(block(returns(call(null, "cached", string(r.name()), keyValues(r.ownKey()),
                        JavaAst.supplier(call(session(r.name()), "linked", call(null, relation), new ThisExpr()))))))
                .setJavadocComment("The rows linked to this one through join table {@code " + r.joinTable() + "}; loaded through the "
                        + "session that loaded this entity, and kept until the session writes.\n\n@return the rows, none as an empty list");
        String param = r.singularName();
        c.addMethod("add" + one, Keyword.PUBLIC).addParameter(type(r.targetClass()), param)
                .setBody(block(statement(call(session(r.name()), "link", call(null, relation), new ThisExpr(), new NameExpr(param)))))
                .setJavadocComment("Links {@code " + param + "} to this row: inserts a row of {@code " + r.joinTable() + "}.\n\n@param "
                        + param + " the row to link");
        c.addMethod("remove" + one, Keyword.PUBLIC).addParameter(type(r.targetClass()), param)
                .setBody(block(statement(call(session(r.name()), "unlink", call(null, relation), new ThisExpr(), new NameExpr(param)))))
                .setJavadocComment("Unlinks {@code " + param + "} from this row: deletes its row of {@code " + r.joinTable() + "}.\n\n@param "
                        + param + " the row to unlink");
    }

    private static void equalsAndHashCode(ClassOrInterfaceDeclaration c, String name, List<Property> key) {
        // this == other || other instanceof User that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id)
        List<Expression> same = new ArrayList<>();
        same.add(new InstanceOfExpr(new NameExpr("other"), JavaAst.classType(name),
                new TypePatternExpr(new NodeList<>(), JavaAst.classType(name), new SimpleName("that"))));
        same.add(call(null, "isPersisted"));
        same.add(call(new NameExpr("that"), "isPersisted"));
        List<Expression> fields = new ArrayList<>();
        for (Property p : key) {
            same.add(call(new NameExpr("Objects"), "equals", thisField(p.field()), new FieldAccessExpr(new NameExpr("that"), p.field())));
            fields.add(thisField(p.field()));
        }
        Expression equal = binary(binary(new ThisExpr(), EQUALS, new NameExpr("other")), OR, JavaAst.chain(AND, same));
        c.addMethod("equals", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("boolean"))
                .addParameter(new com.github.javaparser.ast.body.Parameter(type("Object"), "other").addAnnotation(JavaAst.annotation("Nullable")))
                .setBody(block(returns(equal)))
                .setJavadocComment("Equal when both are rows (loaded or inserted) with equal primary keys; an entity not inserted "
                        + "yet equals only itself.\n\n@param other the object to compare with\n@return whether it is the same row");
        // a key the database assigns changes on insert, so such a class hashes alike; a key the application gives does not
        boolean assigned = key.stream().anyMatch(Property::generated);
        Expression hash = assigned ? call(call(new NameExpr("META"), "table"), "hashCode") : call(new NameExpr("Objects"), "hash", fields);
        c.addMethod("hashCode", Keyword.PUBLIC).addAnnotation(JavaAst.annotation("Override")).setType(type("int"))
                .setBody(block(returns(hash)))
                .setJavadocComment((assigned ? "The same for every row of the table, so that it does not change when an insert assigns "
                        + "the key: an entity put in a hash set before its insert is found there after it."
                        : "From the primary key, which the application gives and which is fixed once the row exists.")
                        + "\n\n@return the hash code");
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
                .setBody(block(returns(JavaAst.chain(PLUS, parts))))
                .setJavadocComment("The class and its column values, for logs; no relationship is loaded.\n\n@return the text");
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
