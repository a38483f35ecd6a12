package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
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
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.comments.TraditionalJavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.List;

import static dev.cairn.codegen.JavaCodePrinter.noAnnotations;
import static dev.cairn.codegen.JavaCodePrinter.noComment;
import static dev.cairn.codegen.JavaCodePrinter.unsupported;

/**
 * Prints the compilation units the writers build, character for character as JavaParser's pretty printer with its
 * default configuration prints them ({@code cu.toString()}), for the node kinds the writers use; any other kind, or a
 * node part they never set (a type parameter, a {@code throws} clause, a comment other than Javadoc …), is a mistake in
 * a writer and throws. JavaParser's printer is general: at every node it looks for orphan comments, asks its
 * configuration for options, tracks the cursor's line and column and, for each variable, finds the declaration it
 * belongs to. In the cold JVM of a build that generality cost more than building the trees; this printer does only
 * what the generated classes need. It prints the declarations and their Javadoc; {@link JavaCodePrinter} prints the
 * code inside them. {@code JavaSourcePrinterTest} holds the two to JavaParser's own output.
 */
final class JavaSourcePrinter {
    /** JavaParser's default: more constants than this are put one per line. */
    private static final int ENUM_CONSTANTS_ON_ONE_LINE = 5;

    private final IndentedText out = new IndentedText();
    private final JavaCodePrinter code = new JavaCodePrinter(out);

    private JavaSourcePrinter() {
    }

    static String print(CompilationUnit cu) {
        JavaSourcePrinter p = new JavaSourcePrinter();
        p.compilationUnit(cu);
        return p.out.toString();
    }

    // --- declarations

    private void compilationUnit(CompilationUnit cu) {
        Comment header = cu.getComment().orElse(null);
        if (header != null) {
            // the file's header: one line comment, as JavaParser prints it
            if (!(header instanceof LineComment)) throw unsupported(header);
            out.print("//");
            out.println(header.getContent());
        }
        if (cu.getModule().isPresent()) throw unsupported(cu.getModule().get());
        if (cu.getPackageDeclaration().isPresent()) packageDeclaration(cu.getPackageDeclaration().get());
        for (ImportDeclaration i : cu.getImports()) importDeclaration(i);
        if (cu.getImports().isNonEmpty()) out.println();
        NodeList<TypeDeclaration<?>> types = cu.getTypes();
        for (int i = 0; i < types.size(); i++) {
            typeDeclaration(types.get(i));
            out.println();
            if (i < types.size() - 1) out.println();
        }
    }

    private void packageDeclaration(PackageDeclaration p) {
        noComment(p);
        noAnnotations(p.getAnnotations(), p);
        out.print("package ");
        code.name(p.getName());
        out.println(";");
        out.println();
    }

    private void importDeclaration(ImportDeclaration i) {
        noComment(i);
        out.print("import ");
        if (i.isStatic()) out.print("static ");
        if (i.isModule()) out.print("module ");
        code.name(i.getName());
        if (i.isAsterisk()) out.print(".*");
        out.println(";");
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
        code.modifiers(c.getModifiers());
        out.print(c.isInterface() ? "interface " : "class ");
        out.print(c.getNameAsString());
        code.types(" extends ", c.getExtendedTypes());
        code.types(" implements ", c.getImplementedTypes());
        code.types(" permits ", c.getPermittedTypes());
        out.println(" {");
        out.indent();
        members(c.getMembers());
        out.unindent();
        out.print("}");
    }

    private void enumDeclaration(EnumDeclaration e) {
        javadoc(e);
        memberAnnotations(e.getAnnotations());
        code.modifiers(e.getModifiers());
        out.print("enum ");
        out.print(e.getNameAsString());
        code.types(" implements ", e.getImplementedTypes());
        out.println(" {");
        out.indent();
        NodeList<EnumConstantDeclaration> entries = e.getEntries();
        if (entries.isNonEmpty()) {
            boolean onePerLine = entries.size() > ENUM_CONSTANTS_ON_ONE_LINE || entries.stream().anyMatch(c -> c.getComment().isPresent());
            out.println();
            for (int i = 0; i < entries.size(); i++) {
                enumConstant(entries.get(i));
                if (i < entries.size() - 1) {
                    if (onePerLine) out.println(",");
                    else out.print(", ");
                }
            }
        }
        if (e.getMembers().isNonEmpty()) {
            out.println(";");
            members(e.getMembers());
        } else if (entries.isNonEmpty()) {
            out.println();
        }
        out.unindent();
        out.print("}");
    }

    private void enumConstant(EnumConstantDeclaration c) {
        if (c.getClassBody().isNonEmpty()) throw unsupported(c);
        javadoc(c);
        memberAnnotations(c.getAnnotations());
        out.print(c.getNameAsString());
        if (c.getArguments().isNonEmpty()) code.arguments(c.getArguments());
    }

    private void members(NodeList<BodyDeclaration<?>> members) {
        for (BodyDeclaration<?> m : members) {
            out.println();
            member(m);
            out.println();
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
        code.modifiers(f.getModifiers());
        VariableDeclarator v = f.getVariable(0);
        code.type(v.getType());
        out.print(" ");
        code.variable(v);
        out.print(";");
    }

    private void method(MethodDeclaration m) {
        callableHead(m, m.getType());
        if (m.getBody().isPresent()) {
            out.print(" ");
            code.block(m.getBody().get());
        } else {
            out.print(";");
        }
    }

    private void constructor(ConstructorDeclaration c) {
        callableHead(c, null);
        out.print(" ");
        code.block(c.getBody());
    }

    /** Javadoc, annotations, modifiers, the return type (none for a constructor), the name and the parameters. */
    private void callableHead(CallableDeclaration<?> d, Type returnType) {
        if (d.getTypeParameters().isNonEmpty() || d.getReceiverParameter().isPresent() || d.getThrownExceptions().isNonEmpty()) {
            throw unsupported(d);
        }
        javadoc(d);
        memberAnnotations(d.getAnnotations());
        code.modifiers(d.getModifiers());
        if (returnType != null) {
            code.type(returnType);
            out.print(" ");
        }
        out.print(d.getNameAsString());
        parameters(d.getParameters());
    }

    private void parameters(NodeList<Parameter> parameters) {
        out.print("(");
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.isVarArgs() || p.getType().isUnknownType()) throw unsupported(p);
            noComment(p);
            for (AnnotationExpr a : p.getAnnotations()) {
                if (!(a instanceof MarkerAnnotationExpr)) throw unsupported(a);
                noComment(a);
                out.print("@");
                code.name(a.getName());
                out.print(" ");
            }
            code.modifiers(p.getModifiers());
            code.type(p.getType());
            out.print(" ");
            out.print(p.getNameAsString());
            if (i < parameters.size() - 1) out.print(", ");
        }
        out.print(")");
    }

    /** Each on a line of its own, as JavaParser puts a declaration's annotations. */
    private void memberAnnotations(NodeList<AnnotationExpr> annotations) {
        for (AnnotationExpr a : annotations) {
            if (!(a instanceof MarkerAnnotationExpr) && !(a instanceof SingleMemberAnnotationExpr)) throw unsupported(a);
            noComment(a);
            out.print("@");
            code.name(a.getName());
            if (a instanceof SingleMemberAnnotationExpr single) {
                out.print("(");
                code.expression(single.getMemberValue());
                out.print(")");
            }
            out.println();
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
        out.println("/**");
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
                out.println(" *");
                blankBefore = false;
            }
            out.print(" *");
            if (anyWithoutSpace) out.print(" ");
            out.println(line);
        }
        out.println(" */");
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
}
