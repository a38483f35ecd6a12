package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Factories for the JavaParser nodes the writers build, so that generation parses no Java text: JavaParser's
 * parser is the costliest thing to run in a cold JVM, and its String-taking conveniences ({@code setType(String)},
 * {@code addImport(String)}, {@code addMarkerAnnotation(String)} …) parse too, so the writers do not use them.
 * Every call returns new nodes, which the caller may attach anywhere.
 */
final class JavaAst {
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    private JavaAst() {
    }

    /**
     * A type as the generated code spells it: a simple or qualified name with type arguments ({@code List<Post>},
     * {@code Column<User, String>}, {@code EntityType<?>}), a primitive, or an array of either ({@code byte[]}).
     */
    static Type type(String text) {
        if (isPlainName(text)) { // most are (String, Long, User): no reading
            return PRIMITIVES.contains(text) ? new PrimitiveType(PrimitiveType.Primitive.valueOf(text.toUpperCase(Locale.ROOT)))
                    : new ClassOrInterfaceType(null, text);
        }
        TypeReader r = new TypeReader(text);
        Type t = r.type();
        if (r.at != text.length()) throw r.unexpected();
        return t;
    }

    private static boolean isPlainName(String text) {
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) return false;
        for (int i = 1; i < text.length(); i++) if (!Character.isJavaIdentifierPart(text.charAt(i))) return false;
        return true;
    }

    /** {@code type} for a class or interface type, e.g. {@code EntityType<User>}. */
    static ClassOrInterfaceType classType(String text) {
        if (type(text) instanceof ClassOrInterfaceType c) return c;
        throw new IllegalArgumentException("Not a class or interface type: " + text);
    }

    /** {@code new ManyToMany<>(…)}'s type: the class with the diamond. */
    static ClassOrInterfaceType diamond(String className) {
        return new ClassOrInterfaceType(null, new SimpleName(className), new NodeList<>());
    }

    /** A simple name ({@code id}) or a qualified one ({@code java.util.Arrays}, {@code User.META}) as an expression. */
    static Expression name(String text) {
        int dot = text.lastIndexOf('.');
        return dot < 0 ? new NameExpr(text) : new FieldAccessExpr(name(text.substring(0, dot)), text.substring(dot + 1));
    }

    /** {@code scope.method(args)}; a null scope gives an unqualified call such as {@code session("posts")}. */
    static MethodCallExpr call(Expression scope, String method, Expression... args) {
        return new MethodCallExpr(scope, method, NodeList.nodeList(args));
    }

    /** {@code call} with a list of arguments. */
    static MethodCallExpr call(Expression scope, String method, List<? extends Expression> args) {
        return new MethodCallExpr(scope, method, nodes(args));
    }

    /** {@code List.of(items)}. */
    static MethodCallExpr listOf(List<? extends Expression> items) {
        return call(new NameExpr("List"), "of", items);
    }

    /** The literal of a string, escaped. */
    static StringLiteralExpr string(String value) {
        return new StringLiteralExpr(SourceText.escaped(value));
    }

    /** {@code Type::method}, e.g. {@code User::getId}, {@code User::new}, {@code Integer[]::new}. */
    static MethodReferenceExpr methodRef(String type, String method) {
        return new MethodReferenceExpr(new TypeExpr(type(type)), null, method);
    }

    /** {@code () -> body}. */
    static LambdaExpr supplier(Expression body) {
        return new LambdaExpr(new NodeList<>(), body);
    }

    /** {@code left op right}, no parentheses added. */
    static BinaryExpr binary(Expression left, BinaryExpr.Operator op, Expression right) {
        return new BinaryExpr(left, right, op);
    }

    /** The operands joined by {@code op} from the left, as {@code a || b || c} reads. */
    static Expression chain(BinaryExpr.Operator op, List<? extends Expression> operands) {
        Expression e = operands.get(0);
        for (int i = 1; i < operands.size(); i++) e = binary(e, op, operands.get(i));
        return e;
    }

    /** {@code return value;} */
    static ReturnStmt returns(Expression value) {
        return new ReturnStmt(value);
    }

    /** {@code expression;} */
    static ExpressionStmt statement(Expression expression) {
        return new ExpressionStmt(expression);
    }

    /** A block of statements. */
    static BlockStmt block(Statement... statements) {
        return new BlockStmt(NodeList.nodeList(statements));
    }

    /** {@code block} with a list of statements. */
    static BlockStmt block(List<? extends Statement> statements) {
        return new BlockStmt(nodes(statements));
    }

    private static <T extends Node> NodeList<T> nodes(List<? extends T> items) {
        NodeList<T> list = new NodeList<>();
        list.addAll(items);
        return list;
    }

    /** The imports {@link #markGenerated} needs. */
    static final List<String> GENERATED_IMPORTS = List.of("javax.annotation.processing.Generated", "org.jspecify.annotations.NullMarked");

    /** What the header comment of every generated file says. */
    static final String GENERATED_HEADER = " Generated by Cairn (db:generate-models) from the migrations: do not edit, the next run "
            + "overwrites it; change the migrations or the plugin's configuration instead.";

    /**
     * Marks a generated file and its class: the header comment, {@code @Generated("dev.cairn:db-maven-plugin")} (its
     * retention is the source, so the class needs nothing more at run time) and JSpecify's {@code @NullMarked}: every
     * type the class names is non-null unless marked {@code @Nullable}. The caller imports {@link #GENERATED_IMPORTS}
     * among its others, so that they stay sorted.
     */
    static void markGenerated(CompilationUnit cu, com.github.javaparser.ast.body.TypeDeclaration<?> type) {
        cu.setComment(new com.github.javaparser.ast.comments.LineComment(GENERATED_HEADER));
        type.addAnnotation(new com.github.javaparser.ast.expr.SingleMemberAnnotationExpr(new Name("Generated"),
                string("dev.cairn:db-maven-plugin")));
        type.addAnnotation(annotation("NullMarked"));
    }

    /**
     * The type of a declaration that may hold null, marked with JSpecify's {@code @Nullable} where the annotation goes
     * on the type itself: an array's brackets ({@code byte @Nullable []}). For any other type the caller marks the
     * declaration ({@link #nullableOnDeclaration}), which Java applies to its type ({@code @Nullable Long}).
     */
    static Type nullableType(String text) {
        Type t = type(text);
        if (t instanceof ArrayType a) a.addAnnotation(annotation("Nullable"));
        return t;
    }

    /** Whether {@code @Nullable} goes on the declaration of a {@link #nullableType} of this text (not an array). */
    static boolean nullableOnDeclaration(String text) {
        return !text.endsWith("[]");
    }

    /** {@code @Override} and the like. */
    static MarkerAnnotationExpr annotation(String name) {
        return new MarkerAnnotationExpr(new Name(name));
    }

    /**
     * Adds {@code import name;}, skipping what {@link CompilationUnit#addImport(String)} skips (an unqualified name,
     * {@code java.lang}, this package, one already there) without the parse that method does for each import.
     */
    static void addImport(CompilationUnit cu, String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return;
        String pkg = name.substring(0, dot);
        if (pkg.equals("java.lang") || cu.getPackageDeclaration().map(p -> p.getNameAsString().equals(pkg)).orElse(false)) return;
        if (cu.getImports().stream().anyMatch(i -> !i.isStatic() && !i.isAsterisk() && i.getNameAsString().equals(name))) return;
        cu.getImports().add(new ImportDeclaration(name, false, false));
    }

    /** Reads a type name: the tiny part of the Java grammar that {@link #type} needs. */
    private static final class TypeReader {
        private final String text;
        private int at;

        TypeReader(String text) {
            this.text = text;
        }

        Type type() {
            Type t;
            if (take('?')) {
                t = new WildcardType();
            } else {
                String id = identifier();
                if (PRIMITIVES.contains(id)) {
                    t = new PrimitiveType(PrimitiveType.Primitive.valueOf(id.toUpperCase(Locale.ROOT)));
                } else {
                    ClassOrInterfaceType c = classPart(null, id);
                    while (take('.')) c = classPart(c, identifier());
                    t = c;
                }
            }
            while (take('[')) {
                if (!take(']')) throw unexpected();
                t = new ArrayType(t);
            }
            return t;
        }

        private ClassOrInterfaceType classPart(ClassOrInterfaceType scope, String id) {
            ClassOrInterfaceType c = new ClassOrInterfaceType(scope, id);
            if (take('<')) {
                NodeList<Type> args = new NodeList<>();
                do {
                    args.add(type());
                } while (take(','));
                if (!take('>')) throw unexpected();
                c.setTypeArguments(args);
            }
            return c;
        }

        private String identifier() {
            skipSpaces();
            int start = at;
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) at++;
            if (at == start || !Character.isJavaIdentifierStart(text.charAt(start))) throw unexpected();
            return text.substring(start, at);
        }

        private boolean take(char c) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                skipSpaces();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') at++;
        }

        IllegalArgumentException unexpected() {
            return new IllegalArgumentException("Not a type name at " + at + ": " + text);
        }
    }
}
