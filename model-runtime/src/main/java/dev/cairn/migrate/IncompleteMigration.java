package dev.cairn.migrate;

/**
 * A history row of a migration that started but did not complete: {@code running} (its migrator, named by
 * {@code owner}, still works or died; once its lock is gone the next upgrade finds out how far it got and undoes that),
 * {@code reverting} (its down's migrator died; the next upgrade or downgrade finishes the down) or {@code partial} ({@code note}
 * says what ran and how to recover by hand).
 */
public record IncompleteMigration(long version, String fileName, String state, String note, String owner) {

    public boolean isPartial() {
        return HistoryTable.PARTIAL.equals(state);
    }

    /** A down its migrator did not finish (MySQL/MariaDB): the next upgrade or downgrade finishes it. */
    public boolean isReverting() {
        return HistoryTable.REVERTING.equals(state);
    }

    /** The line status and validate show. */
    public String problem() {
        if (isPartial()) return "version " + version + " (" + fileName + ") is partially applied: " + note;
        if (isReverting()) return "version " + version + " (" + fileName + ") was being reverted when its migrator stopped; the next db:downgrade "
                + "finishes its down, the next db:upgrade finishes it and applies the migration again (or, if that is impossible, either says how to recover)";
        return "version " + version + " (" + fileName + ") was being applied when its migrator stopped; the next db:upgrade undoes "
                + "what it did and runs it again (or, if that is impossible, says how to recover)";
    }
}
