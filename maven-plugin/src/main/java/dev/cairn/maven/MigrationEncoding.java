package dev.cairn.maven;

import org.apache.maven.plugin.MojoFailureException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** The encoding the migration files are read (and db:new/db:diff write them) in: {@code db.encoding}, which defaults to the project's source encoding, else UTF-8. */
final class MigrationEncoding {
    private MigrationEncoding() {
    }

    static Charset of(String name) throws MojoFailureException {
        if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("db.encoding (or project.build.sourceEncoding) " + name.trim()
                    + " is not an encoding this Java knows; use UTF-8, ISO-8859-1, windows-1252 or another name of java.nio.charset.Charset");
        }
    }
}
