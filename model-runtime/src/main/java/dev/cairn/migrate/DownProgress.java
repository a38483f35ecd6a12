package dev.cairn.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a down run statement by statement got, as its history row's {@code note} says while the row is reverting:
 * {@code "3 of 5 statements of its down ran"}. Written in the same transaction as a data statement of the down (so a
 * data change is never counted without having run, nor run without being counted) and right after a DDL statement
 * (which commits by itself: there the live schema shows whether it ran). A recovering migrator resumes after the
 * statements counted, so a data statement of the down never runs twice.
 */
record DownProgress(int ran, int total) {
    private static final Pattern NOTE = Pattern.compile("(\\d+) of (\\d+) statements of its down ran");

    String note() {
        return ran + " of " + total + " statements of its down ran";
    }

    /** The statements counted as run by a reverting row's note; 0 when it has none (a row written by an older Cairn). */
    static int ranOf(String note) {
        if (note == null) return 0;
        Matcher m = NOTE.matcher(note);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
