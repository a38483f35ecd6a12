package dev.cairn.schema;

/**
 * When a key or foreign key is checked: at the end of each statement ({@link #NOT_DEFERRABLE}, the default), or, for a
 * {@code DEFERRABLE} one, by default at once ({@link #INITIALLY_IMMEDIATE}) or at commit ({@link #INITIALLY_DEFERRED}),
 * which {@code SET CONSTRAINTS} can change per transaction. PostgreSQL keeps it on primary keys, unique constraints and
 * foreign keys.
 */
public enum Deferral {
    NOT_DEFERRABLE(""),
    INITIALLY_IMMEDIATE("DEFERRABLE"),
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    /** The clause as DDL writes it, empty for {@link #NOT_DEFERRABLE}. */
    public String sql() {
        return sql;
    }

    /** The clause with a leading space, or nothing: for appending to a constraint's DDL. */
    public String suffix() {
        return sql.isEmpty() ? "" : " " + sql;
    }

    /** From PostgreSQL's {@code pg_constraint.condeferrable} and {@code condeferred}. */
    public static Deferral of(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? NOT_DEFERRABLE : initiallyDeferred ? INITIALLY_DEFERRED : INITIALLY_IMMEDIATE;
    }
}
