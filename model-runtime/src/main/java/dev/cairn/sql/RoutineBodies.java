package dev.cairn.sql;

/** The {@code BEGIN … END} bodies an engine's statements hold, as {@link SqlSyntax#routineBodies()} answers. */
public enum RoutineBodies {
    /**
     * A routine's body is a dollar-quoted string; only the SQL-standard {@code BEGIN ATOMIC … END} body is written
     * bare, and inside it only {@code CASE … END} nests (PostgreSQL 14 and later).
     */
    BEGIN_ATOMIC,
    /**
     * Only a trigger has a body: {@code CREATE TRIGGER … ON t … BEGIN … END}, whose {@code END} ends it only when a
     * {@code ;} or the end of the text follows (an {@code END} elsewhere is a column named {@code end}) (SQLite).
     */
    TRIGGER_BODIES,
    /**
     * Stored programs: a routine, trigger or event body is a compound statement whose {@code BEGIN … END} blocks nest,
     * as do {@code IF}, {@code CASE}, {@code LOOP}, {@code WHILE}, {@code REPEAT} and {@code FOR} blocks and a
     * handler's action; a trigger's body may also be a single such block (MySQL, MariaDB).
     */
    COMPOUND_STATEMENTS
}
