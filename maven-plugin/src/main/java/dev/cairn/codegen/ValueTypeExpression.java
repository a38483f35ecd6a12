package dev.cairn.codegen;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;

/**
 * How generated code names the {@code ValueType} that moves a column's Java type through JDBC: a constant of
 * {@code ValueTypes}, an array, or the labels of a generated enum. {@link #expression} builds it as JavaParser nodes.
 */
public sealed interface ValueTypeExpression {
    /** New nodes each call, so the caller may attach them anywhere. */
    Expression expression();

    /** {@code ValueTypes.LONG}. */
    record Constant(String name) implements ValueTypeExpression {
        @Override
        public Expression expression() {
            return new FieldAccessExpr(new NameExpr("ValueTypes"), name);
        }
    }

    /** {@code ValueTypes.array("int4", Integer[]::new)}: the SQL element type, and the Java element type. */
    record ArrayOf(String sqlElement, String javaElement) implements ValueTypeExpression {
        @Override
        public Expression expression() {
            return JavaAst.call(new NameExpr("ValueTypes"), "array", JavaAst.string(sqlElement), JavaAst.methodRef(javaElement + "[]", "new"));
        }
    }

    /** {@code ValueTypes.enumLabel(Mood::label, Mood::fromLabel, true)}. */
    record EnumLabels(String enumClass, boolean databaseType) implements ValueTypeExpression {
        @Override
        public Expression expression() {
            return JavaAst.call(new NameExpr("ValueTypes"), "enumLabel", JavaAst.methodRef(enumClass, "label"),
                    JavaAst.methodRef(enumClass, "fromLabel"), new BooleanLiteralExpr(databaseType));
        }
    }
}
