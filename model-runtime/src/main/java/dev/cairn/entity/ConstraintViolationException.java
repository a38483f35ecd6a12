package dev.cairn.entity;

/**
 * The database refused a statement because it broke a constraint: which kind, and the SQLState and vendor code of the
 * driver's {@link java.sql.SQLException} (the cause), so that a caller can tell "that nickname is taken" from a failure.
 */
public class ConstraintViolationException extends EntityException {
    /** The kinds of constraint. */
    public enum Kind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK }

    private final Kind kind;
    private final String sqlState;
    private final int vendorCode;

    public ConstraintViolationException(String message, Kind kind, java.sql.SQLException cause) {
        super(message, cause);
        this.kind = kind;
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    public Kind kind() {
        return kind;
    }

    /** The SQLState the driver reported (e.g. {@code 23505}); may be null. */
    public String sqlState() {
        return sqlState;
    }

    /** The engine's own error code (e.g. MariaDB 1062, SQLite 19). */
    public int vendorCode() {
        return vendorCode;
    }
}
