package dev.cairn.entity;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The value types generated code uses. Dates come in two kinds: the JDBC 4.2 ones ({@code setObject} with
 * {@code java.time} values) for PostgreSQL and MySQL/MariaDB, and text ones for SQLite, which has no date type and
 * whose driver would otherwise store milliseconds; the text keeps the database readable by other tools.
 */
public final class ValueTypes {
    private ValueTypes() {
    }

    public static final ValueType<Long> LONG = new ValueType<>() {
        public Long read(ResultSet r, int i) throws SQLException {
            long v = r.getLong(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Long v) throws SQLException {
            if (v == null) p.setNull(i, Types.BIGINT);
            else p.setLong(i, v);
        }
    };

    public static final ValueType<Integer> INTEGER = new ValueType<>() {
        public Integer read(ResultSet r, int i) throws SQLException {
            int v = r.getInt(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Integer v) throws SQLException {
            if (v == null) p.setNull(i, Types.INTEGER);
            else p.setInt(i, v);
        }
    };

    public static final ValueType<Short> SHORT = new ValueType<>() {
        public Short read(ResultSet r, int i) throws SQLException {
            short v = r.getShort(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Short v) throws SQLException {
            if (v == null) p.setNull(i, Types.SMALLINT);
            else p.setShort(i, v);
        }
    };

    public static final ValueType<Double> DOUBLE = new ValueType<>() {
        public Double read(ResultSet r, int i) throws SQLException {
            double v = r.getDouble(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Double v) throws SQLException {
            if (v == null) p.setNull(i, Types.DOUBLE);
            else p.setDouble(i, v);
        }
    };

    public static final ValueType<Float> FLOAT = new ValueType<>() {
        public Float read(ResultSet r, int i) throws SQLException {
            float v = r.getFloat(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Float v) throws SQLException {
            if (v == null) p.setNull(i, Types.REAL);
            else p.setFloat(i, v);
        }
    };

    public static final ValueType<Boolean> BOOLEAN = new ValueType<>() {
        public Boolean read(ResultSet r, int i) throws SQLException {
            boolean v = r.getBoolean(i);
            return r.wasNull() ? null : v;
        }

        public void bind(PreparedStatement p, int i, Boolean v) throws SQLException {
            if (v == null) p.setNull(i, Types.BOOLEAN);
            else p.setBoolean(i, v);
        }
    };

    public static final ValueType<String> STRING = new ValueType<>() {
        public String read(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }

        public void bind(PreparedStatement p, int i, String v) throws SQLException {
            if (v == null) p.setNull(i, Types.VARCHAR);
            else p.setString(i, v);
        }
    };

    /** Text the server converts to the column's type (PostgreSQL json, jsonb, interval, …): bound untyped. */
    public static final ValueType<String> UNTYPED_TEXT = new ValueType<>() {
        public String read(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }

        public void bind(PreparedStatement p, int i, String v) throws SQLException {
            if (v == null) p.setNull(i, Types.OTHER);
            else p.setObject(i, v, Types.OTHER);
        }
    };

    public static final ValueType<BigDecimal> BIG_DECIMAL = new ValueType<>() {
        public BigDecimal read(ResultSet r, int i) throws SQLException {
            return r.getBigDecimal(i);
        }

        public void bind(PreparedStatement p, int i, BigDecimal v) throws SQLException {
            if (v == null) p.setNull(i, Types.NUMERIC);
            else p.setBigDecimal(i, v);
        }
    };

    /** MySQL {@code BIGINT UNSIGNED}, whose top values do not fit a long. */
    public static final ValueType<java.math.BigInteger> BIG_INTEGER = new ValueType<>() {
        public java.math.BigInteger read(ResultSet r, int i) throws SQLException {
            BigDecimal v = r.getBigDecimal(i);
            return v == null ? null : v.toBigIntegerExact();
        }

        public void bind(PreparedStatement p, int i, java.math.BigInteger v) throws SQLException {
            if (v == null) p.setNull(i, Types.NUMERIC);
            else p.setBigDecimal(i, new BigDecimal(v));
        }
    };

    public static final ValueType<byte[]> BYTES = new ValueType<>() {
        public byte[] read(ResultSet r, int i) throws SQLException {
            return r.getBytes(i);
        }

        public void bind(PreparedStatement p, int i, byte[] v) throws SQLException {
            if (v == null) p.setNull(i, Types.BINARY);
            else p.setBytes(i, v);
        }
    };

    public static final ValueType<UUID> UUID_VALUE = object(UUID.class, Types.OTHER);
    public static final ValueType<LocalDate> LOCAL_DATE = object(LocalDate.class, Types.DATE);
    public static final ValueType<LocalTime> LOCAL_TIME = object(LocalTime.class, Types.TIME);
    public static final ValueType<LocalDateTime> LOCAL_DATE_TIME = object(LocalDateTime.class, Types.TIMESTAMP);
    public static final ValueType<OffsetDateTime> OFFSET_DATE_TIME = object(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE);

    /** UUID held as its text (MySQL/MariaDB and SQLite have no uuid type of their own). */
    public static final ValueType<UUID> UUID_TEXT = text(UUID::toString, UUID::fromString);

    private static final DateTimeFormatter DATE_TIME_TEXT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter(Locale.ROOT);

    /** SQLite DATE: {@code 2026-11-25}. */
    public static final ValueType<LocalDate> SQLITE_DATE = text(LocalDate::toString, LocalDate::parse);
    /** SQLite TIME: {@code 09:30:00}. */
    public static final ValueType<LocalTime> SQLITE_TIME = text(LocalTime::toString, LocalTime::parse);
    /** SQLite DATETIME/TIMESTAMP: {@code 2026-11-25 09:30:00}, the form of SQLite's own {@code datetime()}. */
    public static final ValueType<LocalDateTime> SQLITE_DATE_TIME = text(DATE_TIME_TEXT::format,
            s -> DateTimeText.parse(s, text -> LocalDateTime.parse(text.replace('T', ' '), DATE_TIME_TEXT)));
    /** SQLite timestamp with an offset: ISO-8601 text, e.g. {@code 2026-11-25T09:30:00Z}. */
    public static final ValueType<OffsetDateTime> SQLITE_OFFSET_DATE_TIME = text(OffsetDateTime::toString, OffsetDateTime::parse);
    /** SQLite instant: ISO-8601 text in UTC, e.g. {@code 2026-11-25T09:30:00Z}. */
    public static final ValueType<Instant> SQLITE_INSTANT = text(Instant::toString, Instant::parse);
    /** An instant held as a UTC timestamp. */
    public static final ValueType<Instant> INSTANT = new ValueType<>() {
        public Instant read(ResultSet r, int i) throws SQLException {
            OffsetDateTime t = r.getObject(i, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }

        public void bind(PreparedStatement p, int i, Instant v) throws SQLException {
            if (v == null) p.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            else p.setObject(i, v.atOffset(ZoneOffset.UTC));
        }
    };

    /** A value held as text, converted by the two functions given. */
    public static <T> ValueType<T> text(Function<T, String> format, Function<String, T> parse) {
        return new ValueType<>() {
            public T read(ResultSet r, int i) throws SQLException {
                String s = r.getString(i);
                return s == null ? null : parse.apply(s);
            }

            public void bind(PreparedStatement p, int i, T v) throws SQLException {
                if (v == null) p.setNull(i, Types.VARCHAR);
                else p.setString(i, format.apply(v));
            }
        };
    }

    /**
     * A Java enum held by its SQL label. With {@code databaseType} true the column has an enum type of its own
     * (PostgreSQL {@code CREATE TYPE … AS ENUM}) and the label is bound untyped, so the server converts it.
     */
    public static <E extends Enum<E>> ValueType<E> enumLabel(Function<E, String> label, Function<String, E> fromLabel,
                                                             boolean databaseType) {
        return new ValueType<>() {
            public E read(ResultSet r, int i) throws SQLException {
                String s = r.getString(i);
                return s == null ? null : fromLabel.apply(s);
            }

            public void bind(PreparedStatement p, int i, E v) throws SQLException {
                int sqlType = databaseType ? Types.OTHER : Types.VARCHAR;
                if (v == null) p.setNull(i, sqlType);
                else if (databaseType) p.setObject(i, label.apply(v), Types.OTHER);
                else p.setString(i, label.apply(v));
            }
        };
    }

    /** A PostgreSQL array of {@code elementType} (e.g. {@code text}, {@code int4}) as a Java array. */
    public static <T> ValueType<T[]> array(String elementType, IntFunction<T[]> newArray) {
        return new ValueType<>() {
            public T[] read(ResultSet r, int i) throws SQLException {
                Array a = r.getArray(i);
                if (a == null) return null;
                Object[] raw = (Object[]) a.getArray();
                T[] out = newArray.apply(raw.length);
                System.arraycopy(raw, 0, out, 0, raw.length);
                return out;
            }

            public void bind(PreparedStatement p, int i, T[] v) throws SQLException {
                if (v == null) p.setNull(i, Types.ARRAY);
                else p.setArray(i, p.getConnection().createArrayOf(elementType, v));
            }
        };
    }

    private static <T> ValueType<T> object(Class<T> type, int sqlType) {
        return new ValueType<>() {
            public T read(ResultSet r, int i) throws SQLException {
                return r.getObject(i, type);
            }

            public void bind(PreparedStatement p, int i, T v) throws SQLException {
                if (v == null) p.setNull(i, sqlType);
                else p.setObject(i, v);
            }
        };
    }
}
