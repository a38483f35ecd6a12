package dev.cairn.entity;

import java.time.Duration;

/**
 * Told of every statement a session runs, after it ran: its SQL text (values are always {@code ?} placeholders, so
 * the text holds none), how many values were bound, and how long the database took. Register one with
 * {@link Database#addStatementListener}; it is called on the session's thread and must be quick.
 */
@FunctionalInterface
public interface StatementListener {
    void executed(String sql, int parameters, Duration took);
}
