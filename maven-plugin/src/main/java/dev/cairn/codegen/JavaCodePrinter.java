package dev.cairn.codegen;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
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

/**
 * Prints the code inside the generated classes (statements, expressions, names and types) into an
 * {@link IndentedText}, as JavaParser's default printer prints them; {@link JavaSourcePrinter} prints the declarations
 * around it. Any node kind or part the writers never build throws.
 */
final class JavaCodePrinter {
    private final IndentedText out;

    JavaCodePrinter(IndentedText out) {
        this.out = out;
    }

    // --- statements

    void block(BlockStmt b) {
        noComment(b);
        out.println("{");
        out.indent();
        for (Statement s : b.getStatements()) {
            statement(s);
            out.println();
        }
        out.unindent();
        out.print("}");
    }

    private void statement(Statement s) {
        noComment(s);
        if (s instanceof ReturnStmt r) {
            out.print("return");
            if (r.getExpression().isPresent()) {
                out.print(" ");
                expression(r.getExpression().get());
            }
            out.print(";");
        } else if (s instanceof ExpressionStmt e) {
            expression(e.getExpression());
            out.print(";");
        } else if (s instanceof IfStmt i) {
            ifStatement(i);
        } else if (s instanceof BlockStmt b) {
            block(b);
        } else if (s instanceof ForEachStmt f) {
            out.print("for (");
            expression(f.getVariable());
            out.print(" : ");
            expression(f.getIterable());
            out.print(") ");
            statement(f.getBody());
        } else if (s instanceof ThrowStmt t) {
            out.print("throw ");
            expression(t.getExpression());
            out.print(";");
        } else if (s instanceof ExplicitConstructorInvocationStmt c) {
            if (c.getTypeArguments().isPresent()) throw unsupported(c);
            if (c.getExpression().isPresent()) {
                expression(c.getExpression().get());
                out.print(".");
            }
            out.print(c.isThis() ? "this" : "super");
            arguments(c.getArguments());
            out.print(";");
        } else {
            throw unsupported(s);
        }
    }

    private void ifStatement(IfStmt i) {
        out.print("if (");
        expression(i.getCondition());
        boolean thenBlock = i.getThenStmt() instanceof BlockStmt;
        if (thenBlock) {
            out.print(") ");
        } else {
            out.println(")");
            out.indent();
        }
        statement(i.getThenStmt());
        if (!thenBlock) out.unindent();
        if (i.getElseStmt().isPresent()) {
            Statement otherwise = i.getElseStmt().get();
            if (thenBlock) out.print(" ");
            else out.println();
            boolean sameLine = otherwise instanceof IfStmt || otherwise instanceof BlockStmt;
            if (sameLine) {
                out.print("else ");
            } else {
                out.println("else");
                out.indent();
            }
            statement(otherwise);
            if (!sameLine) out.unindent();
        }
    }

    // --- expressions, in the order of how often the writers use them

    void expression(Expression e) {
        noComment(e);
        if (e instanceof NameExpr n) {
            out.print(n.getNameAsString());
        } else if (e instanceof MethodCallExpr m) {
            if (m.getScope().isPresent()) {
                expression(m.getScope().get());
                out.print(".");
            }
            typeArguments(m.getTypeArguments().orElse(null));
            out.print(m.getNameAsString());
            arguments(m.getArguments());
        } else if (e instanceof FieldAccessExpr f) {
            expression(f.getScope());
            out.print(".");
            out.print(f.getNameAsString());
        } else if (e instanceof StringLiteralExpr s) {
            out.print("\"");
            out.print(s.getValue());
            out.print("\"");
        } else if (e instanceof MethodReferenceExpr r) {
            expression(r.getScope());
            out.print("::");
            typeArguments(r.getTypeArguments().orElse(null));
            out.print(r.getIdentifier());
        } else if (e instanceof TypeExpr t) {
            type(t.getType());
        } else if (e instanceof BinaryExpr b) {
            expression(b.getLeft());
            out.print(" ");
            out.print(b.getOperator().asString());
            out.print(" ");
            expression(b.getRight());
        } else if (e instanceof NullLiteralExpr) {
            out.print("null");
        } else if (e instanceof ThisExpr t) {
            if (t.getTypeName().isPresent()) throw unsupported(t);
            out.print("this");
        } else if (e instanceof AssignExpr a) {
            expression(a.getTarget());
            out.print(" ");
            out.print(a.getOperator().asString());
            out.print(" ");
            expression(a.getValue());
        } else if (e instanceof ConditionalExpr c) {
            expression(c.getCondition());
            out.print(" ? ");
            expression(c.getThenExpr());
            out.print(" : ");
            expression(c.getElseExpr());
        } else if (e instanceof ObjectCreationExpr o) {
            if (o.getScope().isPresent() || o.getAnonymousClassBody().isPresent() || o.getTypeArguments().isPresent()) {
                throw unsupported(o);
            }
            out.print("new ");
            type(o.getType());
            arguments(o.getArguments());
        } else if (e instanceof EnclosedExpr x) {
            out.print("(");
            expression(x.getInner());
            out.print(")");
        } else if (e instanceof InstanceOfExpr i) {
            expression(i.getExpression());
            out.print(" instanceof ");
            if (i.getPattern().isPresent()) {
                if (!(i.getPattern().get() instanceof TypePatternExpr p)) throw unsupported(i.getPattern().get());
                noComment(p);
                modifiers(p.getModifiers());
                type(p.getType());
                out.print(" ");
                out.print(p.getNameAsString());
            } else {
                type(i.getType());
            }
        } else if (e instanceof LambdaExpr l) {
            // () -> expression: the one form generated code uses
            if (!l.getParameters().isEmpty() || l.getExpressionBody().isEmpty()) throw unsupported(l);
            out.print("() -> ");
            expression(l.getExpressionBody().get());
        } else if (e instanceof BooleanLiteralExpr b) {
            out.print(String.valueOf(b.getValue()));
        } else if (e instanceof LongLiteralExpr l) {
            out.print(l.getValue());
        } else if (e instanceof VariableDeclarationExpr v) {
            if (v.getVariables().size() != 1) throw unsupported(v);
            noAnnotations(v.getAnnotations(), v);
            modifiers(v.getModifiers());
            type(v.getVariable(0).getType());
            out.print(" ");
            variable(v.getVariable(0));
        } else {
            throw unsupported(e);
        }
    }

    /** A variable's name and initializer, as a field or a local variable declares it. */
    void variable(VariableDeclarator v) {
        noComment(v);
        out.print(v.getNameAsString());
        if (v.getInitializer().isPresent()) {
            out.print(" = ");
            expression(v.getInitializer().get());
        }
    }

    void arguments(NodeList<Expression> arguments) {
        out.print("(");
        for (int i = 0; i < arguments.size(); i++) {
            expression(arguments.get(i));
            if (i < arguments.size() - 1) out.print(", ");
        }
        out.print(")");
    }

    // --- modifiers, names and types

    void modifiers(NodeList<Modifier> modifiers) {
        for (Modifier m : modifiers) {
            out.print(m.getKeyword().asString());
            out.print(" ");
        }
    }

    void name(Name n) {
        if (n.getQualifier().isPresent()) {
            name(n.getQualifier().get());
            out.print(".");
        }
        out.print(n.getIdentifier());
    }

    void types(String keyword, NodeList<ClassOrInterfaceType> types) {
        if (types.isEmpty()) return;
        out.print(keyword);
        for (int i = 0; i < types.size(); i++) {
            type(types.get(i));
            if (i < types.size() - 1) out.print(", ");
        }
    }

    void type(Type t) {
        noComment(t);
        if (!(t instanceof ArrayType)) noAnnotations(t.getAnnotations(), t);
        if (t instanceof ClassOrInterfaceType c) {
            if (c.getScope().isPresent()) {
                type(c.getScope().get());
                out.print(".");
            }
            out.print(c.getNameAsString());
            if (c.isUsingDiamondOperator()) out.print("<>");
            else typeArguments(c.getTypeArguments().orElse(null));
        } else if (t instanceof PrimitiveType p) {
            out.print(p.getType().asString());
        } else if (t instanceof ArrayType a) {
            // byte @Nullable []: an array level's annotations before its brackets
            type(a.getComponentType());
            if (a.getAnnotations().isNonEmpty()) {
                out.print(" ");
                for (AnnotationExpr ann : a.getAnnotations()) {
                    if (!(ann instanceof MarkerAnnotationExpr)) throw unsupported(ann);
                    out.print("@");
                    name(ann.getName());
                    out.print(" ");
                }
            }
            out.print("[]");
        } else if (t instanceof VoidType) {
            out.print("void");
        } else if (t instanceof WildcardType w) {
            out.print("?");
            if (w.getExtendedType().isPresent()) {
                out.print(" extends ");
                type(w.getExtendedType().get());
            }
            if (w.getSuperType().isPresent()) {
                out.print(" super ");
                type(w.getSuperType().get());
            }
        } else {
            throw unsupported(t);
        }
    }

    private void typeArguments(NodeList<Type> arguments) {
        if (arguments == null || arguments.isEmpty()) return;
        out.print("<");
        for (int i = 0; i < arguments.size(); i++) {
            type(arguments.get(i));
            if (i < arguments.size() - 1) out.print(", ");
        }
        out.print(">");
    }

    // --- what the writers never build (JavaSourcePrinter checks the declarations with these too)

    static void noComment(Node n) {
        if (n.getComment().isPresent()) throw unsupported(n.getComment().get());
    }

    static void noAnnotations(NodeList<AnnotationExpr> annotations, Node owner) {
        if (annotations.isNonEmpty()) throw unsupported(owner);
    }

    static IllegalStateException unsupported(Node n) {
        return new IllegalStateException("JavaSourcePrinter does not print this " + n.getClass().getSimpleName()
                + " (a generated class has no such part; print it with JavaParser's printer, or teach this one): " + n);
    }
}
