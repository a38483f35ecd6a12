package dev.cairn.maven;

import dev.cairn.codegen.GeneratedSources;
import dev.cairn.codegen.GeneratorOptions;
import dev.cairn.codegen.ModelGeneration;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.DevDatabase;
import dev.cairn.sql.CairnProblem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Generates entity classes from the schema the migrations describe (the head, or {@code -Ddb.modelVersion=N}): one class
 * per table with typed column constants, accessors and relationship accessors, plus {@code Models} with the schema
 * version. Reads no database. Files are rewritten only when their text changes, and a run whose inputs are unchanged
 * finishes at once. Default phase: generate-sources.
 */
@Mojo(name = "generate-models", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, configurator = "cairn-masking")
public class GenerateModelsMojo extends AbstractMigrationsMojo {

    /** The version whose schema to model; the newest migration when not given. */
    @Parameter(property = "db.modelVersion")
    private Long modelVersion;

    /** Deprecated name of {@code db.modelVersion} (read with a warning), not read in a build that runs db:baseline too. */
    @Parameter(property = "db.version")
    private Long version;

    /** Where the sources go; added as a compile source root. */
    @Parameter(property = "db.modelsDirectory", defaultValue = "${project.build.directory}/generated-sources/cairn")
    private File outputDirectory;

    /** The package of the generated classes. */
    @Parameter(property = "db.modelsPackage", defaultValue = "${project.groupId}.model")
    private String packageName;

    /** Table → class name, e.g. {@code <classNames><users>Member</users></classNames>}. */
    @Parameter
    private Map<String, String> classNames;

    /** {@code table.column} → field name, e.g. {@code <fieldNames><users.nickname>handle</users.nickname></fieldNames>}. */
    @Parameter
    private Map<String, String> fieldNames;

    /**
     * Relation names: {@code table.fk_column} names the many-to-one ({@code <messages.sender_id>from</messages.sender_id>}),
     * {@code table.fk_column.inverse} the other side's collection, {@code join_table} and {@code join_table.inverse} the
     * two sides of a many-to-many.
     */
    @Parameter
    private Map<String, String> relationNames;

    /** {@code table.column} or an SQL type name → Java type, e.g. {@code <jsonb>String</jsonb>}. */
    @Parameter
    private Map<String, String> javaTypes;

    /**
     * Table → its optimistic-locking version column, e.g. {@code <versionColumns><orders>revision</orders></versionColumns>},
     * or {@code none}; without an entry a {@code NOT NULL} integer column named {@code version} is one.
     */
    @Parameter
    private Map<String, String> versionColumns;

    /** Skip this goal only ({@code db.skip} skips every goal). */
    @Parameter(property = "db.skipModels", defaultValue = "false")
    private boolean skipModels;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        if (skipModels) {
            getLog().info("Skipping Cairn db:generate-models (db.skipModels=true)");
            return;
        }
        announceDefaultDialect();
        Long version = VersionProperties.model("db:generate-models", modelVersion, this.version, session.getGoals(), getLog()::warn);
        Path out = outputDirectory.toPath();
        project.addCompileSourceRoot(out.toString());
        try {
            Dialect d = dialect();
            GeneratorOptions options = new GeneratorOptions(packageName.replace('-', '_'), d, classNames, fieldNames, relationNames, javaTypes,
                    versionColumns);
            long start = System.nanoTime();
            ModelGeneration.Result result = new ModelGeneration(options, plugin.getVersion(), DevDatabase.at(devUrl, null, null))
                    .run(migrations.toPath(), Paths.relativePrefix(basedir, migrations), encoding(), version, out);
            String took = String.format(Locale.ROOT, " (%.2f s)", (System.nanoTime() - start) / 1e9);
            if (result.upToDate()) {
                getLog().info("Entity classes are up to date in " + out + took);
                return;
            }
            GeneratedSources.Outcome outcome = result.outcome();
            getLog().info("Entity classes in " + out + ": " + outcome.written().size() + " written, " + outcome.unchanged().size()
                    + " unchanged, " + outcome.deleted().size() + " deleted" + took);
        } catch (CairnProblem e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the entity classes to " + out + ": " + e.getMessage(), e);
        }
    }
}
