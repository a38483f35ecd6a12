package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.TypeParameter;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.ReplayedMigration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JavaSourcePrinter} prints what JavaParser's own printer prints ({@code Node.toString()}, default
 * configuration), for every class generated from the fixture schemas of each dialect and for the layouts the
 * fixtures may not reach; a node it does not know is refused, not printed wrong.
 */
class JavaSourcePrinterTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql"})
    void printsEveryGeneratedClassOfTheFixturesAsJavaParserDoes(String dialectName) {
        Dialect dialect = Dialect.named(dialectName);
        List<ReplayedMigration> replayed = MigrationReplay.of(dialect, Fixtures.migrations(dialect));
        ReplayedMigration last = replayed.get(replayed.size() - 1);
        ModelPlan plan = new ModelPlanner(GeneratorOptions.defaults(Fixtures.PACKAGE, dialect), MigrationOrigins.of(replayed))
                .plan(last.after(), last.version());
        List<CompilationUnit> units = new ArrayList<>();
        for (ModelPlan.EntityModel e : plan.entities()) units.add(EntitySource.unit(plan.packageName(), e));
        for (ModelPlan.EnumModel e : plan.enums()) units.add(EnumSource.unit(plan.packageName(), e));
        units.add(ModelsSource.unit(plan));
        assertTrue(units.size() > 3, "the fixture gives classes");
        for (CompilationUnit cu : units) assertEquals(cu.toString(), JavaSourcePrinter.print(cu));
    }

    @Test
    void javadocIsLaidOutAsJavaParserLaysItOut() {
        for (String doc : List.of("One line.", "First.\n<p>\nSecond.", "\n\nLeading blank lines.\n\n\nA run of blank lines.\n\n",
                " * starred\n *   indented\n*", "  already spaced\n  both", "mixed\n  spaced", "crlf\r\nand cr\rand\u2028separator  \t",
                "", "\n")) {
            CompilationUnit cu = new CompilationUnit("p");
            cu.addClass("C", Keyword.PUBLIC).setJavadocComment(doc).addField(JavaAst.type("int"), "x", Keyword.PRIVATE)
                    .setJavadocComment(doc);
            assertEquals(cu.toString(), JavaSourcePrinter.print(cu), doc);
        }
    }

    @Test
    void enumConstantsGoOnOneLineUpToFiveAndOnePerLineBeyond() {
        for (int count : new int[]{0, 1, 5, 6}) {
            for (boolean members : new boolean[]{false, true}) {
                CompilationUnit cu = new CompilationUnit("p");
                EnumDeclaration e = cu.addEnum("Mood", Keyword.PUBLIC);
                for (int i = 0; i < count; i++) {
                    EnumConstantDeclaration c = new EnumConstantDeclaration("M" + i);
                    if (i % 2 == 0) c.addArgument(JavaAst.string("m" + i));
                    e.addEntry(c);
                }
                if (members) e.addField(JavaAst.type("String"), "label", Keyword.PRIVATE, Keyword.FINAL);
                assertEquals(cu.toString(), JavaSourcePrinter.print(cu), count + " constants, members " + members);
            }
        }
    }

    @Test
    void ifStatementsWithAndWithoutBlocksAndElseBranches() {
        CompilationUnit cu = new CompilationUnit("p");
        ClassOrInterfaceDeclaration c = cu.addClass("C");
        NameExpr a = new NameExpr("a");
        IfStmt blockElseIf = new IfStmt(a, JavaAst.block(new ReturnStmt(a)),
                new IfStmt(new NameExpr("b"), JavaAst.block(), JavaAst.block(new ReturnStmt())));
        IfStmt bare = new IfStmt(a, new ReturnStmt(a), new ReturnStmt(new NameExpr("b")));
        c.addMethod("m", Keyword.PUBLIC).setType(JavaAst.type("int[][]")).setBody(JavaAst.block(blockElseIf, bare));
        c.addConstructor(Keyword.PROTECTED).addParameter(JavaAst.type("java.util.Map<String, ?>"), "m");
        c.addMethod("abstractOne").removeBody();
        assertEquals(cu.toString(), JavaSourcePrinter.print(cu));
    }

    @Test
    void refusesNodesNoGeneratedClassHasRatherThanPrintingThemWrong() {
        CompilationUnit lambda = new CompilationUnit("p");
        lambda.addClass("C").addMethod("m").setBody(JavaAst.block(new ReturnStmt(new LambdaExpr())));
        assertThrows(IllegalStateException.class, () -> JavaSourcePrinter.print(lambda));

        CompilationUnit generic = new CompilationUnit("p");
        MethodDeclaration m = generic.addClass("C").addMethod("m");
        m.setTypeParameters(NodeList.nodeList(new TypeParameter("T")));
        assertThrows(IllegalStateException.class, () -> JavaSourcePrinter.print(generic));

        CompilationUnit lineComment = new CompilationUnit("p");
        lineComment.addClass("C").addField(JavaAst.type("int"), "x").setComment(new LineComment("not Javadoc"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JavaSourcePrinter.print(lineComment));
        assertTrue(e.getMessage().contains("LineComment"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
