package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL row-level security policy of a table ({@code CREATE POLICY name ON table …}). It filters rows only while
 * the table has {@link Table#ROW_LEVEL_SECURITY}.
 *
 * @param permissive PERMISSIVE (the default: a row passes when any permissive policy lets it) or, false, RESTRICTIVE
 *                   (a row must pass every restrictive policy too)
 * @param command    the command it applies to: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles      the roles it applies to, as the catalog names them, in order; {@code public} for every role
 * @param using      the canonical condition rows must meet to be seen (USING), or null
 * @param withCheck  the canonical condition rows written must meet (WITH CHECK), or null
 */
public record Policy(String name, boolean permissive, String command, List<String> roles, String using, String withCheck) {
    /** The pseudo-role every role belongs to. */
    public static final String PUBLIC = "public";

    public Policy {
        Objects.requireNonNull(name, "name");
        command = command == null ? "ALL" : command;
        roles = roles == null || roles.isEmpty() ? List.of(PUBLIC) : List.copyOf(roles);
    }

    public Policy withName(String newName) {
        return new Policy(newName, permissive, command, roles, using, withCheck);
    }

    public Policy withRoles(List<String> newRoles) {
        return new Policy(name, permissive, command, newRoles, using, withCheck);
    }

    public Policy withUsing(String newUsing) {
        return new Policy(name, permissive, command, roles, newUsing, withCheck);
    }

    public Policy withCheck(String newWithCheck) {
        return new Policy(name, permissive, command, roles, using, newWithCheck);
    }
}
