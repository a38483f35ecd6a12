package dev.cairn.sql;

/**
 * One statement cut out of a migration file: its text (without the terminating delimiter, comments
 * inside it kept) and the position of its first character.
 */
public record SqlStatement(String sql, SourcePosition position) {

    /** The statement on one line, shortened for messages. */
    public String quoted() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 197) + "..." : oneLine;
    }
}
