package dev.cairn.migrate;

/**
 * How much of an upgrade one transaction holds on SQLite and PostgreSQL (MySQL and MariaDB commit every DDL statement
 * themselves, so there each migration is compensated on failure instead).
 */
public enum TransactionScope {
    /**
     * The default: every pending migration of the run in one transaction, so a failing migration leaves the database
     * as the run found it. A migration that must commit on its own ({@code -- cairn:no-transaction}, a SQLite table
     * rebuild) commits the migrations before it first; one that adds labels to a PostgreSQL enum type commits after
     * it, since PostgreSQL lets no statement of the same transaction use a new label.
     */
    RUN,
    /** A transaction per migration: a failing migration leaves the ones before it applied. */
    MIGRATION;

    /** {@code run} or {@code migration}, in any case. */
    public static TransactionScope named(String name) {
        for (TransactionScope s : values()) if (s.name().equalsIgnoreCase(name.strip())) return s;
        throw new MigrationProblem("Unknown transaction scope '" + name + "'; use run (one transaction for the upgrade) or "
                + "migration (one per migration)");
    }
}
