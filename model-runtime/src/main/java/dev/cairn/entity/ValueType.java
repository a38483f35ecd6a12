package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How one Java type travels through JDBC: read from a result column, bound as a statement parameter. Implementations
 * are plain code (see {@link ValueTypes}); no reflection.
 *
 * @param <T> the Java type; reads return null for SQL NULL
 */
public interface ValueType<T> {
    T read(ResultSet row, int index) throws SQLException;

    /** Binds {@code value}, which may be null. */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;
}
