package dev.cairn.maven;

import java.io.File;
import java.nio.file.Path;

/** Paths as messages show them: relative to the project folder. */
final class Paths {
    private Paths() {
    }

    /** The folder relative to the project, with a trailing slash ("" for the project folder itself). */
    static String relativePrefix(File basedir, File folder) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path dir = folder.toPath().toAbsolutePath().normalize();
        String rel = dir.startsWith(base) ? base.relativize(dir).toString() : dir.toString();
        return rel.isEmpty() ? "" : rel.replace(File.separatorChar, '/') + "/";
    }
}
