package dev.cairn.migrate;

import dev.cairn.schema.Routine;
import dev.cairn.schema.SchemaChange;

/**
 * When, within the inverse of one statement, an inverse change runs: what depends on tables (triggers, views) is
 * dropped before the tables change and created after them, types and sequences a table may use are created before
 * and dropped after. One statement can change a table and what depends on it at once (a table renamed with its
 * triggers rewritten, a table dropped with its triggers), and the reverse of its changes' order need not be one the
 * engine accepts: {@code ALTER TABLE t RENAME TO u} undone as the trigger re-created {@code ON t} before the table is
 * {@code t} again.
 */
enum UndoPhase {
    DROP_DEPENDENTS, CREATE_USED, TABLES, DROP_USED, CREATE_DEPENDENTS;

    static UndoPhase of(SchemaChange inverse) {
        if (inverse instanceof SchemaChange.ViewDropped) return DROP_DEPENDENTS;
        if (inverse instanceof SchemaChange.RoutineDropped r) return dependsOnTables(r.routine()) ? DROP_DEPENDENTS : DROP_USED;
        if (inverse instanceof SchemaChange.EnumTypeCreated || inverse instanceof SchemaChange.SequenceCreated) return CREATE_USED;
        if (inverse instanceof SchemaChange.RoutineCreated r) return dependsOnTables(r.routine()) ? CREATE_DEPENDENTS : CREATE_USED;
        if (inverse instanceof SchemaChange.EnumTypeDropped || inverse instanceof SchemaChange.SequenceDropped) return DROP_USED;
        if (inverse instanceof SchemaChange.ViewCreated || inverse instanceof SchemaChange.ViewReplaced) return CREATE_DEPENDENTS;
        if (inverse instanceof SchemaChange.RoutineReplaced r) return dependsOnTables(r.after()) ? CREATE_DEPENDENTS : TABLES;
        return TABLES;
    }

    /** Triggers are on a table; functions, procedures and extensions are what tables and triggers may use. */
    private static boolean dependsOnTables(Routine r) {
        return r.isTrigger();
    }
}
