package dev.cairn.schema;

/** What kind of value a column holds, independent of how the dialect spells its type. */
public enum TypeFamily {
    INTEGER, DECIMAL, FLOAT, BOOLEAN, CHAR, VARCHAR, TEXT, BINARY, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
    INTERVAL, UUID, JSON, ENUM, OTHER
}
