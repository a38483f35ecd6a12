package dev.cairn.maven;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** What every goal that reads the migrations shares: where they are, and the database URL that tells the dialect. */
abstract class AbstractMigrationsMojo extends AbstractMojo {

    /** The project folder; migration paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /**
     * JDBC URL of the database (goals that do not connect only take the dialect from it). Default: a SQLite file named
     * after the project, in the project folder.
     */
    @Parameter(property = "db.url", defaultValue = "jdbc:sqlite:${project.basedir}/${project.artifactId}.db")
    protected String url;

    /** The SQL dialect (sqlite, postgresql, mysql, mariadb), when it should not be taken from {@code db.url}. */
    @Parameter(property = "db.dialect")
    private String dialect;

    /** The folder that holds the migration files, named {@code <version>_<description>.sql}. */
    @Parameter(property = "db.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File migrations;

    protected Dialect dialect() {
        return dialect == null || dialect.isBlank() ? Dialect.fromJdbcUrl(url) : Dialect.named(dialect);
    }

    /** The migration files, in version order (a naming mistake is a MigrationFileProblem). */
    protected List<MigrationFile> loadMigrations() {
        return MigrationDirectory.load(migrations.toPath(), Paths.relativePrefix(basedir, migrations));
    }
}
