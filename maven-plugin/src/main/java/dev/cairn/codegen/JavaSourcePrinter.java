package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.TraditionalJavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the compilation units the writers build, character for character as JavaParser's pretty printer with its
 * default configuration prints them ({@code cu.toString()}), for the node kinds the writers use; any other kind, or a
 * node part they never set (a type parameter, a {@code throws} clause, a comment other than Javadoc …), is a mistake in
 * a writer and throws. JavaParser's printer is general: at every node it looks for orphan comments, asks its
 * configuration for options, tracks the cursor's line and column and, for each variable, finds the declaration it
 * belongs to. In the cold JVM of a build that generality cost more than building the trees; this printer does only
 * what the generated classes need. {@code JavaSourcePrinterTest} holds it to JavaParser's own output.
 */
final class JavaSourcePrinter {
    /** What JavaParser's default configuration ends lines with. */
    private static final String EOL = System.lineSeparator();
    private static final String INDENT = "    ";
    /** JavaParser's default: more constants than this are put one per line. */
    private static final int ENUM_CONSTANTS_ON_ONE_LINE = 5;

    private final StringBuilder out = new StringBuilder(16_384);
    private final List<String> indents = new ArrayList<>(List.of(""));
    private int depth;
    private boolean indented;

    private JavaSourcePrinter() {
    }

    static String print(CompilationUnit cu) {
        JavaSourcePrinter p = new JavaSourcePrinter();
        p.compilationUnit(cu);
        return p.out.toString();
    }

    // --- the text, with JavaParser's SourcePrinter rules: a line's indent is written with its first text

    private void print(String text) {
        if (!indented) {
            out.append(indents.get(depth));
            indented = true;
        }
        out.append(text);
    }

    private void println(String text) {
        print(text);
        println();
    }

    private void println() {
        out.append(EOL);
        indented = false;
    }

    private void indent() {
        if (++depth == indents.size()) indents.add(indents.get(depth - 1) + INDENT);
    }

    private void unindent() {
        depth--;
    }

    // --- declarations

    private void compilationUnit(CompilationUnit cu) {
        noComment(cu);
        if (cu.getModule().isPresent()) throw unsupported(cu.getModule().get());
        cu.getPackageDeclaration().ifPresent(this::packageDeclaration);
        for (ImportDeclaration i : cu.getImports()) importDeclaration(i);
        if (cu.getImports().isNonEmpty()) println();
        NodeList<TypeDeclaration<?>> types = cu.getTypes();
        for (int i = 0; i < types.size(); i++) {
            typeDeclaration(types.get(i));
            println();
            if (i < types.size() - 1) println();
        }
    }

    private void packageDeclaration(PackageDeclaration p) {
        noComment(p);
        noAnnotations(p.getAnnotations(), p);
        print("package ");
        name(p.getName());
        println(";");
        println();
    }

    private void importDeclaration(ImportDeclaration i) {
        noComment(i);
        print("import ");
        if (i.isStatic()) print("static ");
        if (i.isModule()) print("module ");
        name(i.getName());
        if (i.isAsterisk()) print(".*");
        println(";");
    }

    private void typeDeclaration(TypeDeclaration<?> t) {
        if (t instanceof ClassOrInterfaceDeclaration c) classDeclaration(c);
        else if (t instanceof EnumDeclaration e) enumDeclaration(e);
        else throw unsupported(t);
    }

    private void classDeclaration(ClassOrInterfaceDeclaration c) {
        if (c.isCompact() || c.getTypeParameters().isNonEmpty()) throw unsupported(c);
        javadoc(c);
        memberAnnotations(c.getAnnotations());
        modifiers(c.getModifiers());
        print(c.isInterface() ? "interface " : "class ");
        print(c.getNameAsString());
        types(" extends ", c.getExtendedTypes());
        types(" implements ", c.getImplementedTypes());
        types(" permits ", c.getPermittedTypes());
        println(" {");
        indent();
        members(c.getMembers());
        unindent();
        print("}");
    }

    private void enumDeclaration(EnumDeclaration e) {
        javadoc(e);
        memberAnnotations(e.getAnnotations());
        modifiers(e.getModifiers());
        print("enum ");
        print(e.getNameAsString());
        types(" implements ", e.getImplementedTypes());
        println(" {");
        indent();
        NodeList<EnumConstantDeclaration> entries = e.getEntries();
        if (entries.isNonEmpty()) {
            boolean onePerLine = entries.size() > ENUM_CONSTANTS_ON_ONE_LINE;
            println();
            for (int i = 0; i < entries.size(); i++) {
                enumConstant(entries.get(i));
                if (i < entries.size() - 1) {
                    if (onePerLine) println(",");
                    else print(", ");
                }
            }
        }
        if (e.getMembers().isNonEmpty()) {
            println(";");
            members(e.getMembers());
        } else if (entries.isNonEmpty()) {
            println();
        }
        unindent();
        print("}");
    }

    private void enumConstant(EnumConstantDeclaration c) {
        // a comment on a constant would also put every constant on its own line
        if (c.getClassBody().isNonEmpty() || c.getComment().isPresent()) throw unsupported(c);
        memberAnnotations(c.getAnnotations());
        print(c.getNameAsString());
        if (c.getArguments().isNonEmpty()) arguments(c.getArguments());
    }

    private void members(NodeList<BodyDeclaration<?>> members) {
        for (BodyDeclaration<?> m : members) {
            println();
            member(m);
            println();
        }
    }

    private void member(BodyDeclaration<?> m) {
        if (m instanceof MethodDeclaration d) method(d);
        else if (m instanceof FieldDeclaration f) field(f);
        else if (m instanceof ConstructorDeclaration c) constructor(c);
        else if (m instanceof TypeDeclaration<?> t) typeDeclaration(t);
        else throw unsupported(m);
    }

    private void field(FieldDeclaration f) {
        if (f.getVariables().size() != 1) throw unsupported(f); // JavaParser prints several with a common type
        javadoc(f);
        memberAnnotations(f.getAnnotations());
        modifiers(f.getModifiers());
        VariableDeclarator v = f.getVariable(0);
        type(v.getType());
        print(" ");
        variable(v);
        print(";");
    }

    private void variable(VariableDeclarator v) {
        noComment(v);
        print(v.getNameAsString());
        if (v.getInitializer().isPresent()) {
            print(" = ");
            expression(v.getInitializer().get());
        }
    }

    private void method(MethodDeclaration m) {
        callableHead(m, m.getType());
        if (m.getBody().isPresent()) {
            print(" ");
            block(m.getBody().get());
        } else {
            print(";");
        }
    }

    private void constructor(ConstructorDeclaration c) {
        callableHead(c, null);
        print(" ");
        block(c.getBody());
    }

    /** Javadoc, annotations, modifiers, the return type (none for a constructor), the name and the parameters. */
    private void callableHead(CallableDeclaration<?> d, Type returnType) {
        if (d.getTypeParameters().isNonEmpty() || d.getReceiverParameter().isPresent() || d.getThrownExceptions().isNonEmpty()) {
            throw unsupported(d);
        }
        javadoc(d);
        memberAnnotations(d.getAnnotations());
        modifiers(d.getModifiers());
        if (returnType != null) {
            type(returnType);
            print(" ");
        }
        print(d.getNameAsString());
        parameters(d.getParameters());
    }

    private void parameters(NodeList<Parameter> parameters) {
        print("(");
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.isVarArgs() || p.getType().isUnknownType()) throw unsupported(p);
            noComment(p);
            noAnnotations(p.getAnnotations(), p);
            modifiers(p.getModifiers());
            type(p.getType());
            print(" ");
            print(p.getNameAsString());
            if (i < parameters.size() - 1) print(", ");
        }
        print(")");
    }

    private void modifiers(NodeList<Modifier> modifiers) {
        for (Modifier m : modifiers) {
            print(m.getKeyword().asString());
            print(" ");
        }
    }

    /** Each on a line of its own, as JavaParser puts a declaration's annotations. */
    private void memberAnnotations(NodeList<AnnotationExpr> annotations) {
        for (AnnotationExpr a : annotations) {
            if (!(a instanceof MarkerAnnotationExpr)) throw unsupported(a);
            noComment(a);
            print("@");
            name(a.getName());
            println();
        }
    }

    /**
     * A declaration's Javadoc, laid out as JavaParser lays out a Javadoc comment: its lines stripped of a leading
     * {@code *} and of trailing blanks, leading blank lines dropped, runs of blank lines kept as one {@code  *} line, and
     * one space after {@code  *} unless every line starts with one already.
     */
    private void javadoc(Node declaration) {
        Comment comment = declaration.getComment().orElse(null);
        if (comment == null) return;
        if (!(comment instanceof TraditionalJavadocComment)) throw unsupported(comment);
        println("/**");
        List<String> lines = new ArrayList<>();
        boolean anyWithoutSpace = false;
        for (String line : lines(comment.getContent())) {
            String trimmed = line.trim();
            if (trimmed.startsWith("*")) line = trimmed.substring(1);
            line = trimTrailing(line);
            lines.add(line);
            if (!line.isEmpty() && !line.startsWith(" ")) anyWithoutSpace = true;
        }
        boolean leading = true, blankBefore = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!leading) blankBefore = true;
                continue;
            }
            leading = false;
            if (blankBefore) {
                println(" *");
                blankBefore = false;
            }
            print(" *");
            if (anyWithoutSpace) print(" ");
            println(line);
        }
        println(" */");
    }

    /** The lines as {@code text.split("\\R")} gives them, but for empty ones at the end, which print nothing anyway. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) end--;
        return lines.subList(0, end);
    }

    private static String trimTrailing(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) <= ' ') end--;
        return line.substring(0, end);
    }

    // --- statements

    private void block(BlockStmt b) {
        noComment(b);
        println("{");
        indent();
        for (Statement s : b.getStatements()) {
            statement(s);
            println();
        }
        unindent();
        print("}");
    }

    private void statement(Statement s) {
        noComment(s);
        if (s instanceof ReturnStmt r) {
            print("return");
            if (r.getExpression().isPresent()) {
                print(" ");
                expression(r.getExpression().get());
            }
            print(";");
        } else if (s instanceof ExpressionStmt e) {
            expression(e.getExpression());
            print(";");
        } else if (s instanceof IfStmt i) {
            ifStatement(i);
        } else if (s instanceof BlockStmt b) {
            block(b);
        } else if (s instanceof ForEachStmt f) {
            print("for (");
            expression(f.getVariable());
            print(" : ");
            expression(f.getIterable());
            print(") ");
            statement(f.getBody());
        } else if (s instanceof ThrowStmt t) {
            print("throw ");
            expression(t.getExpression());
            print(";");
        } else if (s instanceof ExplicitConstructorInvocationStmt c) {
            if (c.getTypeArguments().isPresent()) throw unsupported(c);
            if (c.getExpression().isPresent()) {
                expression(c.getExpression().get());
                print(".");
            }
            print(c.isThis() ? "this" : "super");
            arguments(c.getArguments());
            print(";");
        } else {
            throw unsupported(s);
        }
    }

    private void ifStatement(IfStmt i) {
        print("if (");
        expression(i.getCondition());
        boolean thenBlock = i.getThenStmt() instanceof BlockStmt;
        if (thenBlock) {
            print(") ");
        } else {
            println(")");
            indent();
        }
        statement(i.getThenStmt());
        if (!thenBlock) unindent();
        if (i.getElseStmt().isPresent()) {
            Statement otherwise = i.getElseStmt().get();
            if (thenBlock) print(" ");
            else println();
            boolean sameLine = otherwise instanceof IfStmt || otherwise instanceof BlockStmt;
            if (sameLine) {
                print("else ");
            } else {
                println("else");
                indent();
            }
            statement(otherwise);
            if (!sameLine) unindent();
        }
    }

    // --- expressions, in the order of how often the writers use them

    private void expression(Expression e) {
        noComment(e);
        if (e instanceof NameExpr n) {
            print(n.getNameAsString());
        } else if (e instanceof MethodCallExpr m) {
            if (m.getScope().isPresent()) {
                expression(m.getScope().get());
                print(".");
            }
            typeArguments(m.getTypeArguments().orElse(null));
            print(m.getNameAsString());
            arguments(m.getArguments());
        } else if (e instanceof FieldAccessExpr f) {
            expression(f.getScope());
            print(".");
            print(f.getNameAsString());
        } else if (e instanceof StringLiteralExpr s) {
            print("\"");
            print(s.getValue());
            print("\"");
        } else if (e instanceof MethodReferenceExpr r) {
            expression(r.getScope());
            print("::");
            typeArguments(r.getTypeArguments().orElse(null));
            print(r.getIdentifier());
        } else if (e instanceof TypeExpr t) {
            type(t.getType());
        } else if (e instanceof BinaryExpr b) {
            expression(b.getLeft());
            print(" ");
            print(b.getOperator().asString());
            print(" ");
            expression(b.getRight());
        } else if (e instanceof NullLiteralExpr) {
            print("null");
        } else if (e instanceof ThisExpr t) {
            if (t.getTypeName().isPresent()) throw unsupported(t);
            print("this");
        } else if (e instanceof AssignExpr a) {
            expression(a.getTarget());
            print(" ");
            print(a.getOperator().asString());
            print(" ");
            expression(a.getValue());
        } else if (e instanceof ConditionalExpr c) {
            expression(c.getCondition());
            print(" ? ");
            expression(c.getThenExpr());
            print(" : ");
            expression(c.getElseExpr());
        } else if (e instanceof ObjectCreationExpr o) {
            if (o.getScope().isPresent() || o.getAnonymousClassBody().isPresent() || o.getTypeArguments().isPresent()) {
                throw unsupported(o);
            }
            print("new ");
            type(o.getType());
            arguments(o.getArguments());
        } else if (e instanceof EnclosedExpr x) {
            print("(");
            expression(x.getInner());
            print(")");
        } else if (e instanceof InstanceOfExpr i) {
            expression(i.getExpression());
            print(" instanceof ");
            if (i.getPattern().isPresent()) {
                if (!(i.getPattern().get() instanceof TypePatternExpr p)) throw unsupported(i.getPattern().get());
                noComment(p);
                modifiers(p.getModifiers());
                type(p.getType());
                print(" ");
                print(p.getNameAsString());
            } else {
                type(i.getType());
            }
        } else if (e instanceof BooleanLiteralExpr b) {
            print(String.valueOf(b.getValue()));
        } else if (e instanceof LongLiteralExpr l) {
            print(l.getValue());
        } else if (e instanceof VariableDeclarationExpr v) {
            if (v.getVariables().size() != 1) throw unsupported(v);
            noAnnotations(v.getAnnotations(), v);
            modifiers(v.getModifiers());
            type(v.getVariable(0).getType());
            print(" ");
            variable(v.getVariable(0));
        } else {
            throw unsupported(e);
        }
    }

    private void arguments(NodeList<Expression> arguments) {
        print("(");
        for (int i = 0; i < arguments.size(); i++) {
            expression(arguments.get(i));
            if (i < arguments.size() - 1) print(", ");
        }
        print(")");
    }

    // --- names and types

    private void name(Name n) {
        if (n.getQualifier().isPresent()) {
            name(n.getQualifier().get());
            print(".");
        }
        print(n.getIdentifier());
    }

    private void types(String keyword, NodeList<ClassOrInterfaceType> types) {
        if (types.isEmpty()) return;
        print(keyword);
        for (int i = 0; i < types.size(); i++) {
            type(types.get(i));
            if (i < types.size() - 1) print(", ");
        }
    }

    private void type(Type t) {
        noComment(t);
        noAnnotations(t.getAnnotations(), t);
        if (t instanceof ClassOrInterfaceType c) {
            if (c.getScope().isPresent()) {
                type(c.getScope().get());
                print(".");
            }
            print(c.getNameAsString());
            if (c.isUsingDiamondOperator()) print("<>");
            else typeArguments(c.getTypeArguments().orElse(null));
        } else if (t instanceof PrimitiveType p) {
            print(p.getType().asString());
        } else if (t instanceof ArrayType a) {
            type(a.getComponentType());
            print("[]");
        } else if (t instanceof VoidType) {
            print("void");
        } else if (t instanceof WildcardType w) {
            print("?");
            if (w.getExtendedType().isPresent()) {
                print(" extends ");
                type(w.getExtendedType().get());
            }
            if (w.getSuperType().isPresent()) {
                print(" super ");
                type(w.getSuperType().get());
            }
        } else {
            throw unsupported(t);
        }
    }

    private void typeArguments(NodeList<Type> arguments) {
        if (arguments == null || arguments.isEmpty()) return;
        print("<");
        for (int i = 0; i < arguments.size(); i++) {
            type(arguments.get(i));
            if (i < arguments.size() - 1) print(", ");
        }
        print(">");
    }

    // --- what the writers never build

    private static void noComment(Node n) {
        if (n.getComment().isPresent()) throw unsupported(n.getComment().get());
    }

    private static void noAnnotations(NodeList<AnnotationExpr> annotations, Node owner) {
        if (annotations.isNonEmpty()) throw unsupported(owner);
    }

    private static IllegalStateException unsupported(Node n) {
        return new IllegalStateException("JavaSourcePrinter does not print this " + n.getClass().getSimpleName()
                + " (a generated class has no such part; print it with JavaParser's printer, or teach this one): " + n);
    }
}
