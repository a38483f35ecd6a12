package dev.cairn.sql;

import dev.cairn.dialect.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a migration file into statements, keeping the line and column of each statement's first token. One pass over
 * the characters; it knows quoting ({@code '…'}, {@code E'…'}, {@code "…"}, backticks, {@code [ … ]} on SQLite),
 * comments ({@code --}, {@code #} on MySQL, nested {@code /* *}{@code /} on PostgreSQL), dollar-quoted bodies,
 * {@code BEGIN … END} blocks of triggers and routines, and MySQL {@code DELIMITER} lines.
 */
public final class StatementSplitter {
    private final Dialect dialect;

    public StatementSplitter(Dialect dialect) {
        this.dialect = dialect;
    }

    public List<SqlStatement> split(String file, String text) {
        return new Pass(file, text).run();
    }

    private final class Pass {
        private final String file;
        private final String s;
        private final int n;
        private final List<SqlStatement> out = new ArrayList<>();
        private int i;
        private int line = 1;
        private int col = 1;
        private String delimiter = ";";

        private int start = -1;
        private int startLine;
        private int startCol;
        /** Words of the current statement seen so far at block depth 0, for deciding whether BEGIN opens a body. */
        private final List<String> heads = new ArrayList<>();
        private int blockDepth;

        Pass(String file, String text) {
            this.file = file;
            this.s = text;
            this.n = text.length();
        }

        List<SqlStatement> run() {
            while (i < n) {
                char c = s.charAt(i);
                if (start < 0 && atLineStart() && dialect.isMySqlFamily() && startsWithWord("DELIMITER")) {
                    readDelimiterLine();
                    continue;
                }
                if (c == '-' && peek(1) == '-') {
                    skipLineComment();
                } else if (c == '#' && dialect.isMySqlFamily()) {
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    if (dialect.isMySqlFamily() && peek(2) == '!') markStart();
                    skipBlockComment();
                } else if (Character.isWhitespace(c)) {
                    advance();
                } else if (blockDepth == 0 && s.startsWith(delimiter, i)) {
                    finish(i);
                    for (int k = 0; k < delimiter.length(); k++) advance();
                } else {
                    markStart();
                    if (c == '\'') {
                        skipQuoted('\'', backslashEscapes(), "string", "add the closing quote '");
                    } else if (c == '"') {
                        skipQuoted('"', dialect.isMySqlFamily(), "quoted identifier", "add the closing double quote");
                    } else if (c == '`' && dialect != Dialect.POSTGRESQL) {
                        skipQuoted('`', false, "quoted identifier", "add the closing backtick");
                    } else if (c == '[' && dialect == Dialect.SQLITE) {
                        skipQuoted(']', false, "bracketed identifier", "add the closing ]");
                    } else if (c == '$' && dialect == Dialect.POSTGRESQL && dollarTag() != null) {
                        skipDollarBody(dollarTag());
                    } else if ((c == 'E' || c == 'e') && peek(1) == '\'' && dialect == Dialect.POSTGRESQL && !identChar(prev())) {
                        advance();
                        skipQuoted('\'', true, "string", "add the closing quote '");
                    } else if (isIdentStart(c)) {
                        word();
                    } else {
                        advance();
                    }
                }
            }
            if (start >= 0) finish(n);
            return out;
        }

        private boolean backslashEscapes() {
            return dialect.isMySqlFamily();
        }

        private void word() {
            int b = i;
            while (i < n && identChar(s.charAt(i))) advance();
            String w = s.substring(b, i).toUpperCase(Locale.ROOT);
            if (blockDepth == 0 && heads.size() < 8) heads.add(w);
            switch (w) {
                case "BEGIN" -> {
                    if (blockDepth > 0 || opensBody()) blockDepth++;
                }
                case "CASE", "LOOP", "REPEAT", "WHILE", "IF" -> {
                    // "END IF", "END LOOP" … are handled at END; IF/LOOP/… only nest inside a body and after END they are suffixes.
                    if (blockDepth > 0 && !previousWordIsEnd(b) && !(w.equals("IF") && nextWordIs("EXISTS", "NOT"))) blockDepth++;
                }
                case "END" -> {
                    if (blockDepth > 0) blockDepth--;
                }
                default -> {
                }
            }
        }

        private boolean opensBody() {
            // BEGIN opens a body only inside CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT (not a bare BEGIN; statement).
            if (heads.size() < 2 || !heads.get(0).equals("CREATE")) return false;
            for (String h : heads) {
                if (h.equals("TRIGGER") || h.equals("PROCEDURE") || h.equals("FUNCTION") || h.equals("EVENT")) return true;
            }
            return false;
        }

        private boolean previousWordIsEnd(int wordStart) {
            int k = wordStart - 1;
            while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
            int e = k + 1;
            while (k >= 0 && identChar(s.charAt(k))) k--;
            return s.substring(k + 1, e).equalsIgnoreCase("END");
        }

        private boolean nextWordIs(String... words) {
            int k = i;
            while (k < n && Character.isWhitespace(s.charAt(k))) k++;
            int b = k;
            while (k < n && identChar(s.charAt(k))) k++;
            String next = s.substring(b, k);
            for (String w : words) if (next.equalsIgnoreCase(w)) return true;
            return false;
        }

        private void markStart() {
            if (start < 0) {
                start = i;
                startLine = line;
                startCol = col;
            }
        }

        private void finish(int end) {
            if (start >= 0) {
                String sql = s.substring(start, end).strip();
                if (!sql.isEmpty()) out.add(new SqlStatement(sql, new SourcePosition(file, startLine, startCol)));
            }
            start = -1;
            heads.clear();
            blockDepth = 0;
        }

        private void readDelimiterLine() {
            int b = i;
            while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') advance();
            String rest = s.substring(b + "DELIMITER".length(), i).strip();
            if (!rest.isEmpty()) delimiter = rest.split("\\s+")[0];
        }

        private void skipLineComment() {
            while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') advance();
        }

        private void skipBlockComment() {
            int openLine = line, openCol = col, openAt = i;
            advance();
            advance();
            int depth = 1;
            while (i < n) {
                if (s.charAt(i) == '*' && peek(1) == '/') {
                    advance();
                    advance();
                    if (--depth == 0) return;
                } else if (s.charAt(i) == '/' && peek(1) == '*' && dialect == Dialect.POSTGRESQL) {
                    advance();
                    advance();
                    depth++;
                } else {
                    advance();
                }
            }
            throw unterminated(openAt, openLine, openCol, "block comment", "add the closing */");
        }

        private void skipQuoted(char close, boolean backslash, String what, String hint) {
            int openLine = line, openCol = col, openAt = i;
            advance();
            while (i < n) {
                char c = s.charAt(i);
                if (backslash && c == '\\' && i + 1 < n) {
                    advance();
                    advance();
                } else if (c == close) {
                    advance();
                    if (i < n && s.charAt(i) == close && close != ']') {
                        advance();
                    } else {
                        return;
                    }
                } else {
                    advance();
                }
            }
            throw unterminated(openAt, openLine, openCol, what, hint);
        }

        private String dollarTag() {
            int k = i + 1;
            while (k < n && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) k++;
            if (k < n && s.charAt(k) == '$') {
                String tag = s.substring(i, k + 1);
                if (tag.length() > 2 && Character.isDigit(tag.charAt(1))) return null;
                return tag;
            }
            return null;
        }

        private void skipDollarBody(String tag) {
            int openLine = line, openCol = col, openAt = i;
            int close = s.indexOf(tag, i + tag.length());
            if (close < 0) throw unterminated(openAt, openLine, openCol, "dollar-quoted body " + tag, "add the closing " + tag);
            while (i < close + tag.length()) advance();
        }

        private SqlProblem unterminated(int at, int l, int c, String what, String hint) {
            int from = start >= 0 ? start : at;
            String quoted = s.substring(from, Math.min(n, from + 120));
            return new SqlProblem(new SourcePosition(file, l, c), quoted, "unterminated " + what + " (it runs to the end of the file)", hint);
        }

        private boolean atLineStart() {
            int k = i - 1;
            while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k--;
            return k < 0 || s.charAt(k) == '\n' || s.charAt(k) == '\r';
        }

        private boolean startsWithWord(String w) {
            return s.regionMatches(true, i, w, 0, w.length()) && (i + w.length() >= n || Character.isWhitespace(s.charAt(i + w.length())));
        }

        private char peek(int ahead) {
            return i + ahead < n ? s.charAt(i + ahead) : '\0';
        }

        private char prev() {
            return i > 0 ? s.charAt(i - 1) : '\0';
        }

        private void advance() {
            char c = s.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= n || s.charAt(i) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean identChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
