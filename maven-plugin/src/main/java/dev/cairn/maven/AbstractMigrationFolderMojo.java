package dev.cairn.maven;

import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.NewMigration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * What every goal shares: the folder of migration files. A user's mistake the runtime finds is a
 * {@link dev.cairn.sql.CairnProblem}; the goals report it as a build failure with its message alone (no cause: Maven
 * would print the parser's internals after it).
 */
abstract class AbstractMigrationFolderMojo extends AbstractMojo {

    /** The project folder; migration paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** The folder that holds the migration files, named {@code <version>_<description>.sql}. */
    @Parameter(property = "db.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File migrations;

    /** The migration files, in version order (a naming mistake is a MigrationFileProblem). */
    protected List<MigrationFile> loadMigrations() {
        return MigrationDirectory.load(migrations.toPath(), Paths.relativePrefix(basedir, migrations));
    }

    /** The {@code db.versionStyle} of a new migration: {@code sequence} or {@code timestamp}. */
    protected static NewMigration.Style versionStyle(String name) throws MojoFailureException {
        try {
            return NewMigration.Style.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("db.versionStyle must be sequence or timestamp, not " + name);
        }
    }
}
