package dev.cairn.dialect;

import dev.cairn.schema.SqlType;

/**
 * How column values travel over JDBC on an engine, and which of them the database supplies: what the generated entity
 * classes bind and read ({@code db:generate-models} picks each column's Java type and {@code ValueTypes} constant from
 * these answers). The answers are constant per engine.
 */
public interface JdbcValues {

    /**
     * Whether dates and times are stored as text the entity classes must write and parse themselves (the
     * {@code SQLITE_*} value types). SQLite: yes, it has no date or time type; a column holds the text that
     * {@code datetime()} and {@code CURRENT_TIMESTAMP} write. PostgreSQL, MySQL, MariaDB: no, their drivers bind and
     * read {@code java.time} values.
     */
    boolean keepsDatesAndTimesAsText();

    /**
     * Whether the driver binds and reads {@link java.util.UUID} as the column's own type. PostgreSQL: yes, its
     * {@code uuid} type. SQLite, MySQL, MariaDB: no, a UUID travels as its text.
     */
    boolean bindsUuidNatively();

    /**
     * Whether text for a column of a type Java has no value of (json, interval, an enum, any other type) must be bound
     * untyped, so that the server converts it to the column's type. PostgreSQL: yes, it refuses a {@code varchar}
     * parameter for a {@code jsonb}, {@code interval} or enum column. SQLite, MySQL, MariaDB: no, plain strings convert.
     */
    boolean bindsOtherTypesAsUntypedText();

    /**
     * How many bits the values of an integer type need, the sign bit included (an unsigned 32-bit type needs 33).
     * SQLite: always 64, for every integer is stored in up to 8 bytes whatever name its column declares. PostgreSQL:
     * 16 for {@code smallint}, 64 for {@code bigint}, else 32. MySQL, MariaDB: 8, 16, 24, 32, 64 for {@code tinyint}
     * to {@code bigint}, one more when unsigned, else 32.
     */
    int integerBits(SqlType type);

    /**
     * How many bits a floating-point type holds: 32 (a Java {@code float}) or 64 (a {@code double}). SQLite: always
     * 64, its one REAL storage class. PostgreSQL: 32 for {@code real} (and {@code float(p)} up to 24), else 64.
     * MySQL, MariaDB: 32 for {@code float} (and {@code float(p)} up to 24), else 64.
     */
    int floatBits(SqlType type);

    /**
     * Whether a primary key of this one column is the table's row id, which the database fills in when an insert
     * leaves it out, though the column declares no identity or auto-increment. SQLite: yes for a column declared
     * {@code INTEGER} (an alias of the rowid; {@code INT} is not). PostgreSQL, MySQL, MariaDB: no, they generate only
     * what the column declares.
     */
    boolean keyIsRowId(SqlType type);

    /**
     * Whether a column's type may name an enum type of the schema ({@code CREATE TYPE mood AS ENUM (…)}), whose labels
     * then give the column's Java enum. PostgreSQL: yes. SQLite, MySQL, MariaDB: no; MySQL and MariaDB declare the
     * labels on the column itself ({@code ENUM('a', 'b')}), SQLite has no enums.
     */
    boolean hasNamedEnumTypes();
}
