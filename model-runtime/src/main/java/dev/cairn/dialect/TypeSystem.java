package dev.cairn.dialect;

import dev.cairn.schema.SqlType;

/**
 * How one engine writes types. Replay reads what migrations declare and introspection what the engine reports through
 * {@link #parse}, so both sides meet in one canonical {@link SqlType}: what the engine itself reports, with the noise it
 * adds taken out (each engine's class says which forms it folds). Lengths of character, binary and bit types are
 * {@code length}; numeric precision/scale and fractional-seconds precision are {@code precision}/{@code scale}.
 */
public interface TypeSystem {

    /** The canonical type of a type as written ({@code VARCHAR(64)}, {@code int4}, {@code tinyint(1) unsigned}). */
    SqlType parse(String declared);

    /**
     * The type as this engine's DDL writes it: {@link SqlType#canonical()}, except where the engine puts a modifier
     * elsewhere (PostgreSQL: {@code timestamp(3) with time zone}).
     */
    String toSql(SqlType type);
}
