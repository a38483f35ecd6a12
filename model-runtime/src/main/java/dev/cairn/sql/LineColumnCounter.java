package dev.cairn.sql;

/**
 * Turns character offsets of one text into 1-based line and column. Asked for offsets in increasing order it walks the
 * text once in total, which keeps the splitter's main loop free of line bookkeeping. {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line; a column is one code point (a tab is one column, a surrogate pair too); a byte order
 * mark at the very start takes no column.
 */
final class LineColumnCounter {
    private final String file;
    private final String text;
    private int index;
    private int line = 1;
    private int column = 1;

    LineColumnCounter(String file, String text) {
        this.file = file;
        this.text = text;
        skipByteOrderMark();
    }

    SourcePosition at(int offset) {
        if (offset < index) {
            index = 0;
            line = 1;
            column = 1;
            skipByteOrderMark();
        }
        String s = text;
        int l = line;
        int c = column;
        for (int k = index; k < offset; k++) {
            char ch = s.charAt(k);
            if (ch == '\n') {
                l++;
                c = 1;
            } else if (ch == '\r') {
                if (k + 1 >= s.length() || s.charAt(k + 1) != '\n') {
                    l++;
                    c = 1;
                }
            } else if (!Character.isLowSurrogate(ch)) {
                c++;
            }
        }
        index = Math.max(index, offset);
        line = l;
        column = c;
        return new SourcePosition(file, l, c);
    }

    private void skipByteOrderMark() {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') index = 1;
    }
}
