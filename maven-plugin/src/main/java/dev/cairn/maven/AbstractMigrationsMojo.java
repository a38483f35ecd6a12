package dev.cairn.maven;

import dev.cairn.dialect.Dialect;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal that reads the migrations shares: the database URL that tells the dialect, or the dialect itself. */
abstract class AbstractMigrationsMojo extends AbstractMigrationFolderMojo {

    /**
     * JDBC URL of the database (goals that do not connect only take the dialect from it). Default: a SQLite file named
     * after the project, in the project folder.
     */
    @Parameter(property = "db.url", defaultValue = "jdbc:sqlite:${project.basedir}/${project.artifactId}.db")
    protected String url;

    /** The SQL dialect (sqlite, postgresql, mysql, mariadb), when it should not be taken from {@code db.url}. */
    @Parameter(property = "db.dialect")
    private String dialect;

    protected Dialect dialect() throws MojoFailureException {
        try {
            return dialect == null || dialect.isBlank() ? Dialect.fromJdbcUrl(url) : Dialect.named(dialect);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
