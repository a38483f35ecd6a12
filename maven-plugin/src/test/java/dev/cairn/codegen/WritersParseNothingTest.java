package dev.cairn.codegen;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.ReplayedMigration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The writers build their JavaParser nodes and parse no Java text: a parse costs far more than the nodes it gives,
 * above all in a cold JVM. JavaParser's conveniences that take a String ({@code setType(String)},
 * {@code addParameter(String, String)}, {@code addImport(String)}, {@code addMarkerAnnotation(String)} …) parse it
 * with {@link StaticJavaParser}, whose parses this test counts.
 */
class WritersParseNothingTest {
    @Test
    void writingEveryKindOfClassParsesNothing() {
        List<String> parsed = new ArrayList<>();
        ParserConfiguration counting = new ParserConfiguration();
        counting.getProcessors().add(() -> new Processor() {
            @Override
            public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
                parsed.add(result.getResult().map(Node::toString).orElse("?"));
            }
        });
        ParserConfiguration before = StaticJavaParser.getParserConfiguration();
        StaticJavaParser.setConfiguration(counting); // per thread: the writers run on this one here
        try {
            for (Dialect dialect : List.of(Dialect.SQLITE, Dialect.POSTGRESQL)) {
                ModelPlan plan = plan(dialect);
                for (ModelPlan.EntityModel e : plan.entities()) EntitySource.write(plan.packageName(), e);
                for (ModelPlan.EnumModel e : plan.enums()) EnumSource.write(plan.packageName(), e);
                ModelsSource.write(plan);
            }
        } finally {
            StaticJavaParser.setConfiguration(before);
        }
        assertEquals(List.of(), parsed);
    }

    private static ModelPlan plan(Dialect dialect) {
        List<ReplayedMigration> replayed = MigrationReplay.of(dialect, Fixtures.migrations(dialect));
        ReplayedMigration last = replayed.get(replayed.size() - 1);
        return new ModelPlanner(GeneratorOptions.defaults(Fixtures.PACKAGE, dialect), MigrationOrigins.of(replayed))
                .plan(last.after(), last.version());
    }
}
