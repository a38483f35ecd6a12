package dev.cairn.migrate;

/**
 * Whether a line of a migration file starts outside every string, quoted name and block comment, so that a
 * {@code -- migrate:down} line inside a multi-line string literal or comment is text, not the section marker. The
 * engine is not known when files are read, so both readings of a backslash in a string are followed (MySQL's escape,
 * the standard's plain character) and a line is at top level when either reading says so: a marker is then missed only
 * when every reading puts it inside a literal. Dollar-quoted bodies ({@code $$ … $$}, {@code $tag$ … $tag$}) count as
 * literals too.
 */
final class SectionScan {
    private final Reading standard = new Reading(false);
    private final Reading backslash = new Reading(true);

    boolean atTopLevel() {
        return standard.open == 0 || backslash.open == 0;
    }

    /** Reads one line (without its line break). */
    void line(String line) {
        standard.read(line);
        backslash.read(line);
    }

    private static final class Reading {
        private final boolean backslashEscapes;
        /** 0 outside; otherwise the quote character, or '*' in a block comment, or '$' in a dollar-quoted body. */
        private char open;
        private String dollarTag;

        Reading(boolean backslashEscapes) {
            this.backslashEscapes = backslashEscapes;
        }

        void read(String s) {
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (open == 0) {
                    if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') return; // a line comment ends with the line
                    if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                        open = '*';
                        i += 2;
                        continue;
                    }
                    if (c == '\'' || c == '"' || c == '`') {
                        open = c;
                    } else if (c == '$') {
                        int end = s.indexOf('$', i + 1);
                        String tag = end < 0 ? null : s.substring(i, end + 1);
                        if (tag != null && tag.substring(1, tag.length() - 1).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_')) {
                            open = '$';
                            dollarTag = tag;
                            i = end + 1;
                            continue;
                        }
                    }
                    i++;
                } else if (open == '*') {
                    if (c == '*' && i + 1 < n && s.charAt(i + 1) == '/') {
                        open = 0;
                        i += 2;
                    } else {
                        i++;
                    }
                } else if (open == '$') {
                    int end = s.indexOf(dollarTag, i);
                    if (end < 0) return;
                    open = 0;
                    i = end + dollarTag.length();
                } else {
                    if (c == '\\' && backslashEscapes && open == '\'') {
                        i += 2;
                    } else if (c == open) {
                        if (i + 1 < n && s.charAt(i + 1) == open) i += 2; // a doubled quote
                        else {
                            open = 0;
                            i++;
                        }
                    } else {
                        i++;
                    }
                }
            }
        }
    }
}
