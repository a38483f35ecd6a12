package dev.cairn.lint;

import java.util.Locale;

/** How bad a lint finding is, in rising order; {@code db.lint.failOn} fails the build at this level or above. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code info}, {@code warning} (or {@code warn}), {@code error}, in any case. */
    public static Severity named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "info" -> INFO;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default -> throw new IllegalArgumentException("unknown lint severity '" + name + "'; use info, warning or error");
        };
    }
}
