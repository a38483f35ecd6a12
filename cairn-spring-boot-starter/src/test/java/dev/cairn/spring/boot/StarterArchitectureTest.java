package dev.cairn.spring.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The starter's place in docs/ARCHITECTURE.md's layers: it reaches the runtime through {@code migrate}, {@code entity}
 * and the {@code dialect} contract only (never an engine's package, the model, replay or diff), and no runtime class
 * refers to Spring.
 */
class StarterArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn");

    @Test
    void theStarterUsesTheRuntimesPublicApiOnly() {
        assertFalse(PRODUCTION.stream().noneMatch(c -> c.getPackageName().equals("dev.cairn.spring.boot")), "the starter's classes were imported");
        noClasses().that().resideInAPackage("dev.cairn.spring..").should().dependOnClassesThat().resideInAnyPackage("dev.cairn.sql..",
                "dev.cairn.schema..", "dev.cairn.replay..", "dev.cairn.diff..", "dev.cairn.dialect.sqlite..", "dev.cairn.dialect.postgres..",
                "dev.cairn.dialect.mysql..", "dev.cairn.dialect.engines..", "dev.cairn.dialect.expression..", "dev.cairn.codegen..",
                "dev.cairn.maven..").check(PRODUCTION);
    }

    @Test
    void theRuntimeKnowsNothingOfSpring() {
        noClasses().that().resideOutsideOfPackage("dev.cairn.spring..").should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(PRODUCTION);
    }
}
