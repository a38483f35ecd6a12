package dev.cairn.lint;

import dev.cairn.schema.Names;

import java.util.HashSet;
import java.util.Set;

/**
 * Which PostgreSQL constraints were added {@code NOT VALID} and not validated since, across the migrations: a CHECK
 * only lets {@code SET NOT NULL} skip its scan of the table once it is validated.
 */
final class ConstraintValidation {
    private final Set<String> notValidated = new HashSet<>();

    void addedNotValid(String table, String constraint) {
        notValidated.add(key(table, constraint));
    }

    void validated(String table, String constraint) {
        notValidated.remove(key(table, constraint));
    }

    boolean isValidated(String table, String constraint) {
        return !notValidated.contains(key(table, constraint));
    }

    private static String key(String table, String constraint) {
        return Names.key(table) + "\u0000" + Names.key(constraint);
    }
}
