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

    /** The file position of the character at {@code offset} in {@link #sql()}. */
    public SourcePosition positionAt(int offset) {
        int line = 1, column = 1;
        for (int k = 0; k < offset && k < sql.length(); k++) {
            char c = sql.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= sql.length() || sql.charAt(k + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return position.offsetBy(line, column);
    }
}
