package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.cairn.codegen.ModelPlan.EnumModel;

import static dev.cairn.codegen.JavaAst.block;
import static dev.cairn.codegen.JavaAst.call;
import static dev.cairn.codegen.JavaAst.returns;
import static dev.cairn.codegen.JavaAst.type;

/** Writes a Java enum for an SQL enum: one constant a label, in label order, with {@code label()} and {@code fromLabel}. */
final class EnumSource {
    private EnumSource() {
    }

    static String write(String packageName, EnumModel e) {
        return JavaSourcePrinter.print(unit(packageName, e));
    }

    /** The enum as JavaParser nodes. */
    static CompilationUnit unit(String packageName, EnumModel e) {
        CompilationUnit cu = new CompilationUnit(packageName);
        for (String i : JavaAst.GENERATED_IMPORTS) JavaAst.addImport(cu, i);
        EnumDeclaration d = cu.addEnum(e.className(), Keyword.PUBLIC);
        String doc = "The labels of " + (e.databaseType() ? "enum type {@code " : "the ENUM column {@code ")
                + e.sqlName().replaceFirst("^type ", "") + "}.";
        d.setJavadocComment(e.comment() == null || e.comment().isBlank() ? doc : JavadocText.escape(e.comment()) + "\n<p>\n" + doc);
        JavaAst.markGenerated(cu, d);
        for (int i = 0; i < e.labels().size(); i++) {
            EnumConstantDeclaration c = new EnumConstantDeclaration(e.constants().get(i));
            c.addArgument(JavaAst.string(e.labels().get(i)));
            c.setJavadocComment("The label {@code " + JavadocText.escape(e.labels().get(i)) + "}.");
            d.addEntry(c);
        }
        d.addField(type("String"), "label", Keyword.PRIVATE, Keyword.FINAL).setJavadocComment("The label as the database spells it.");
        d.addConstructor().addParameter(type("String"), "label").setJavadocComment("A constant of a label.\n\n@param label the label")
                .setBody(block(JavaAst.statement(new AssignExpr(
                new FieldAccessExpr(new ThisExpr(), "label"), new NameExpr("label"), AssignExpr.Operator.ASSIGN))));
        d.addMethod("label", Keyword.PUBLIC).setType(type("String")).setBody(block(returns(new NameExpr("label"))))
                .setJavadocComment("The label as the database spells it.\n\n@return the label");
        // for (Mood value : values()) { if (value.label.equals(label)) { return value; } }
        // throw new IllegalArgumentException("No Mood has the label " + label);
        ForEachStmt search = new ForEachStmt(new VariableDeclarationExpr(type(e.className()), "value"), call(null, "values"),
                block(new IfStmt(call(JavaAst.name("value.label"), "equals", new NameExpr("label")), block(returns(new NameExpr("value"))),
                        null)));
        ThrowStmt none = new ThrowStmt(new ObjectCreationExpr(null, JavaAst.classType("IllegalArgumentException"), NodeList.nodeList(
                JavaAst.binary(JavaAst.string("No " + e.className() + " has the label "), BinaryExpr.Operator.PLUS, new NameExpr("label")))));
        d.addMethod("fromLabel", Keyword.PUBLIC, Keyword.STATIC).setType(type(e.className())).addParameter(type("String"), "label")
                .setBody(block(search, none))
                .setJavadocComment("The constant of a label read from the database.\n\n@param label the label\n@return its constant"
                        + "\n@throws IllegalArgumentException when no constant has that label");
        return cu;
    }
}
