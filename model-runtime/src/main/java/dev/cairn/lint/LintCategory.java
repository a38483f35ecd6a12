package dev.cairn.lint;

import java.util.Locale;

/** The rule sets a project can switch on or off as a whole ({@code db.lint.ruleSets}). */
public enum LintCategory {
    /** Statements that hold a lock blocking reads or writes of an existing table for as long as the table is big. */
    LOCKING,
    /** Statements that throw rows or values away. */
    DATA_LOSS,
    /** Changes the application version still running (built against the schema before) breaks on. */
    COMPATIBILITY,
    /** Schemas and migrations that work, but are not what they should be. */
    HYGIENE,
    /** The suppression comments themselves. */
    SUPPRESSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LintCategory named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (LintCategory c : values()) {
            if (c.id().equals(n)) return c;
        }
        throw new IllegalArgumentException("unknown lint rule set '" + name + "'; use locking, data-loss, compatibility, hygiene or suppression");
    }
}
