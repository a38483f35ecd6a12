package dev.cairn.maven;

import org.apache.maven.execution.MavenSession;

/**
 * Says a thing once per Maven build, however many Cairn goals run in it: the mark lives in the build's repository
 * session data, which every goal execution of the build shares (and a new build starts empty).
 */
final class OncePerBuild {
    private static final String KEY_PREFIX = "dev.cairn.maven.once:";

    private OncePerBuild() {
    }

    /** True the first time {@code key} is asked for in this build, false afterwards. */
    static boolean first(MavenSession session, String key) {
        return session.getRepositorySession().getData().set(KEY_PREFIX + key, null, Boolean.TRUE);
    }
}
