package dev.cairn.maven;

import org.apache.maven.execution.MavenSession;

import java.util.Locale;

/**
 * Whether nobody watches the build to confirm a step that loses data: Maven in batch mode ({@code mvn -B}, or
 * {@code interactiveMode=false} in settings.xml), or a CI job (the {@code CI} variable GitHub Actions, GitLab CI and
 * most others set).
 */
final class UnattendedBuild {
    private UnattendedBuild() {
    }

    static boolean is(MavenSession session) {
        return !session.getRequest().isInteractiveMode() || ci(System.getenv("CI"));
    }

    /** {@code CI} set to anything but empty, false or 0. */
    static boolean ci(String value) {
        if (value == null) return false;
        String v = value.trim().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.equals("false") && !v.equals("0");
    }
}
