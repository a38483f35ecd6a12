package dev.cairn.dialect;

import java.util.regex.Pattern;

/** Whether an SQL expression names an identifier: a whole-word match, bare or in quotes, case-insensitive. */
public final class SqlWords {
    private SqlWords() {
    }

    public static boolean mentions(String sql, String name) {
        if (sql == null) return false;
        return Pattern.compile("(?i)(?<![A-Za-z0-9_$])[\"`\\[]?" + Pattern.quote(name) + "[\"`\\]]?(?![A-Za-z0-9_$])").matcher(sql).find();
    }
}
