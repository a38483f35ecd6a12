package dev.cairn.maven;

import dev.cairn.dialect.Dialect;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Optional;

/** What every goal that reads the migrations shares: the database URL that tells the dialect, or the dialect itself. */
abstract class AbstractMigrationsMojo extends AbstractMigrationFolderMojo {

    /**
     * JDBC URL of the database (goals that do not connect only take the dialect from it). Default: a SQLite file named
     * after the project, in the project folder.
     */
    @Parameter(property = "db.url", defaultValue = DefaultDatabase.URL)
    protected String url;

    /**
     * The SQL dialect (sqlite, postgresql, mysql, mariadb), when it should not be taken from {@code db.url}. A Hibernate
     * dialect class name ({@code org.hibernate.dialect.PostgreSQLDialect}, {@code MySQL8Dialect}, {@code MariaDBDialect},
     * {@code SQLiteDialect}, …) is read as its engine; any other value is ignored with a warning.
     */
    @Parameter(property = "db.dialect")
    private String dialect;

    /**
     * A scratch database Cairn may create and drop, for migrations that run DDL built at run time ({@code EXECUTE} of a
     * prepared statement, a {@code DO} block, a {@code CALL}): Cairn applies the migrations there and reads the schema
     * after such a file back. A new or empty SQLite file (or {@code jdbc:sqlite::memory:}), or a PostgreSQL, MySQL or
     * MariaDB server where Cairn creates a schema or database {@code cairn_dev_…} and drops it when done. Goals that
     * connect log in with {@code db.user}/{@code db.password}; {@code db:schema} and {@code db:generate-models} with what
     * the URL holds. Without it such a migration fails the build, naming the statement.
     */
    @Parameter(property = "db.devUrl")
    protected String devUrl;

    /** True when {@code db.url} was not set and is the default SQLite file. */
    protected boolean defaultUrl() {
        return url.equals(DefaultDatabase.url(basedir, project.getArtifactId()));
    }

    /** For a goal that only reads the migrations: says once a build that, with nothing set, they are read as SQLite. */
    protected void announceDefaultDialect() {
        if (chosenDialect().isEmpty() && defaultUrl() && OncePerBuild.first(session, "default-dialect")) {
            getLog().info(DefaultDatabase.readingAsSqlite());
        }
    }

    protected Dialect dialect() throws MojoFailureException {
        try {
            Optional<Dialect> chosen = chosenDialect();
            return chosen.isPresent() ? chosen.get() : Dialect.fromJdbcUrl(url);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The dialect {@code db.dialect} names, if it names one; what it made of another value is said once a build. */
    private Optional<Dialect> chosenDialect() {
        String key = "dialect:" + dialect;
        return DialectSetting.read(dialect, m -> {
            if (OncePerBuild.first(session, key)) getLog().info(m);
        }, m -> {
            if (OncePerBuild.first(session, key)) getLog().warn(m);
        });
    }
}
