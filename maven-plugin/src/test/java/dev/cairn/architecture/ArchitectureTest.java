package dev.cairn.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers of docs/ARCHITECTURE.md, checked on the compiled classes of both modules: each layer uses only the
 * layers below it, no two packages depend on each other (at any depth), the engine packages stand apart, and no code
 * outside the engine packages compares dialects instead of asking its engine. The fixtures under
 * {@code src/test/java/dev/cairn/*}{@code /ArchitectureFixture*} show that each rule catches what it was written for.
 */
class ArchitectureTest {
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("sql").definedBy("dev.cairn.sql..")
            .layer("schema").definedBy("dev.cairn.schema..")
            .layer("dialect").definedBy("dev.cairn.dialect..")
            .layer("replay").definedBy("dev.cairn.replay..")
            .layer("diff").definedBy("dev.cairn.diff..")
            .layer("migrate").definedBy("dev.cairn.migrate..")
            .layer("entity").definedBy("dev.cairn.entity..")
            .layer("lint").definedBy("dev.cairn.lint..")
            .layer("codegen").definedBy("dev.cairn.codegen..")
            .layer("maven").definedBy("dev.cairn.maven..")
            .whereLayer("maven").mayNotBeAccessedByAnyLayer()
            .whereLayer("codegen").mayOnlyBeAccessedByLayers("maven")
            .whereLayer("entity").mayOnlyBeAccessedByLayers("codegen", "maven")
            .whereLayer("lint").mayOnlyBeAccessedByLayers("maven")
            .whereLayer("migrate").mayOnlyBeAccessedByLayers("lint", "codegen", "maven")
            .whereLayer("diff").mayOnlyBeAccessedByLayers("migrate", "lint", "codegen", "maven")
            .whereLayer("replay").mayOnlyBeAccessedByLayers("diff", "migrate", "lint", "codegen", "maven")
            .whereLayer("dialect").mayOnlyBeAccessedByLayers("replay", "diff", "migrate", "entity", "lint", "codegen", "maven")
            .whereLayer("schema").mayOnlyBeAccessedByLayers("dialect", "replay", "diff", "migrate", "entity", "lint", "codegen", "maven")
            .whereLayer("sql").mayOnlyBeAccessedByLayers("schema", "dialect", "replay", "diff", "migrate", "entity", "lint", "codegen", "maven");

    static final ArchRule NO_CYCLES = slices().matching("dev.cairn.(**)").should().beFreeOfCycles();

    static final ArchRule NO_DIALECT_COMPARISONS = noClasses()
            .that().resideOutsideOfPackages("dev.cairn.dialect.sqlite..", "dev.cairn.dialect.postgres..", "dev.cairn.dialect.mysql..",
                    "dev.cairn.dialect.engines..")
            .and().doNotHaveFullyQualifiedName(Dialect.class.getName())
            .should().accessTargetWhere(dialectConstant())
            .because("code outside an engine's package asks its Engine a named question; Engines.of is the one switch over Dialect");

    private static final String[] ENGINES = {"sqlite", "postgres", "mysql"};

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cairn");
    }

    @Test
    void layersRunOneWay() {
        LAYERS.check(production);
    }

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(production);
    }

    @Test
    void noCodeOutsideTheEnginesComparesDialects() {
        NO_DIALECT_COMPARISONS.check(production);
    }

    @Test
    void enginesStandApart() {
        for (String engine : ENGINES) {
            noClasses().that().resideInAPackage("dev.cairn.dialect." + engine + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherEngines(engine))
                    .check(production);
        }
    }

    /** Each fixture adds one dependency the rules forbid (the cycles this architecture removed) and must be reported. */
    @ParameterizedTest
    @CsvSource({
            "dev.cairn.dialect.ArchitectureFixtureDialectUsesReplay, layers",
            "dev.cairn.dialect.ArchitectureFixtureDialectUsesReplay, cycles",
            "dev.cairn.diff.ArchitectureFixtureDiffUsesMigrate, layers",
            "dev.cairn.diff.ArchitectureFixtureDiffUsesMigrate, cycles",
            "dev.cairn.entity.ArchitectureFixtureEntityUsesMigrate, layers",
            "dev.cairn.migrate.ArchitectureFixtureMigrateUsesLint, layers",
            "dev.cairn.migrate.ArchitectureFixtureMigrateUsesLint, cycles",
            "dev.cairn.sql.ArchitectureFixtureSqlUsesDialect, layers",
            "dev.cairn.sql.ArchitectureFixtureSqlUsesDialect, cycles",
            "dev.cairn.migrate.ArchitectureFixtureComparesDialects, comparisons",
            "dev.cairn.dialect.ArchitectureFixtureComparesDialects, comparisons"})
    void eachRuleCatchesWhatItWasWrittenFor(String fixture, String rule) throws ClassNotFoundException {
        JavaClasses withFixture = new ClassFileImporter().importClasses(Stream.concat(production.stream().map(c -> c.reflect()),
                withSyntheticClasses(fixture)).toArray(Class<?>[]::new));
        ArchRule checked = switch (rule) {
            case "layers" -> LAYERS;
            case "cycles" -> NO_CYCLES;
            case "comparisons" -> NO_DIALECT_COMPARISONS;
            default -> throw new IllegalArgumentException(rule);
        };
        EvaluationResult result = checked.evaluate(withFixture);
        String simpleName = fixture.substring(fixture.lastIndexOf('.') + 1);
        assertTrue(result.hasViolation() && result.getFailureReport().toString().contains(simpleName),
                rule + " must report " + simpleName + ":\n" + result.getFailureReport());
    }

    /** The fixture and the classes javac made for it (a switch over an enum reads the constants in {@code Fixture$1}). */
    private static Stream<Class<?>> withSyntheticClasses(String fixture) throws ClassNotFoundException {
        Stream.Builder<Class<?>> classes = Stream.builder();
        classes.add(Class.forName(fixture));
        for (int k = 1; ; k++) {
            try {
                classes.add(Class.forName(fixture + "$" + k));
            } catch (ClassNotFoundException e) {
                return classes.build();
            }
        }
    }

    private static String[] otherEngines(String engine) {
        return Stream.of(ENGINES).filter(e -> !e.equals(engine)).map(e -> "dev.cairn.dialect." + e + "..").toArray(String[]::new);
    }

    /** Reading SQLITE, POSTGRESQL, MYSQL or MARIADB: a comparison, or a switch case (its switch map reads them). */
    private static DescribedPredicate<JavaAccess<?>> dialectConstant() {
        return DescribedPredicate.describe("a Dialect constant", access -> access.getTargetOwner().isEquivalentTo(Dialect.class)
                && Arrays.stream(Dialect.values()).anyMatch(d -> d.name().equals(access.getTarget().getName())));
    }
}
