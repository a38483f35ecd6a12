package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import dev.cairn.codegen.ModelPlan.EnumModel;

/** Writes a Java enum for an SQL enum: one constant a label, in label order, with {@code label()} and {@code fromLabel}. */
final class EnumSource {
    private EnumSource() {
    }

    static String write(String packageName, EnumModel e) {
        CompilationUnit cu = new CompilationUnit(packageName);
        EnumDeclaration d = cu.addEnum(e.className(), Keyword.PUBLIC);
        String doc = "The labels of " + (e.databaseType() ? "enum type {@code " : "the ENUM column {@code ")
                + e.sqlName().replaceFirst("^type ", "") + "}.";
        d.setJavadocComment(e.comment() == null || e.comment().isBlank() ? doc : JavadocText.escape(e.comment()) + "\n<p>\n" + doc);
        for (int i = 0; i < e.labels().size(); i++) {
            EnumConstantDeclaration c = new EnumConstantDeclaration(e.constants().get(i));
            c.addArgument(Snippets.expression(SourceText.literal(e.labels().get(i))));
            d.addEntry(c);
        }
        d.addField("String", "label", Keyword.PRIVATE, Keyword.FINAL);
        d.addConstructor().addParameter("String", "label").setBody(Snippets.block("{this.label = label;}"));
        d.addMethod("label", Keyword.PUBLIC).setType("String").setBody(Snippets.block("{return label;}"))
                .setJavadocComment("The label as the database spells it.");
        d.addMethod("fromLabel", Keyword.PUBLIC, Keyword.STATIC).setType(e.className()).addParameter("String", "label")
                .setBody(Snippets.block("{for (" + e.className() + " value : values()) { if (value.label.equals(label)) { return value; } }"
                        + "throw new IllegalArgumentException(\"No " + e.className() + " has the label \" + label);}"))
                .setJavadocComment("The constant of a label read from the database.");
        return cu.toString();
    }

}
