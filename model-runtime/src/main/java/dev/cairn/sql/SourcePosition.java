package dev.cairn.sql;

/** Where something stands in a migration file: 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    /** The position {@code relativeLine}/{@code relativeColumn} (1-based) inside a statement that starts here. */
    public SourcePosition offsetBy(int relativeLine, int relativeColumn) {
        if (relativeLine <= 1) return new SourcePosition(file, line, column + Math.max(relativeColumn, 1) - 1);
        return new SourcePosition(file, line + relativeLine - 1, Math.max(relativeColumn, 1));
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
