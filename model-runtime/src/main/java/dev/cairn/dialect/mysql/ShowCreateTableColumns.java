package dev.cairn.dialect.mysql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The column definitions of a {@code SHOW CREATE TABLE} text, by column name: MariaDB writes a column-level CHECK at the
 * end of its column's line ({@code `c` int(11) DEFAULT NULL CHECK (`c` > 0),}), and that line is the one place that
 * tells which column such a check belongs to once the column was renamed (the check keeps the name it was given).
 */
final class ShowCreateTableColumns {
    private ShowCreateTableColumns() {
    }

    /** Each column's definition line, without its trailing comma, by the column's name (quotes undone). */
    static Map<String, String> of(String createTable) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : createTable.split("\n")) {
            String l = line.strip();
            if (l.length() < 2 || l.charAt(0) != '`' && l.charAt(0) != '"') continue;
            char quote = l.charAt(0);
            StringBuilder name = new StringBuilder();
            int k = 1;
            for (; k < l.length(); k++) {
                char ch = l.charAt(k);
                if (ch == quote) {
                    if (k + 1 < l.length() && l.charAt(k + 1) == quote) k++;
                    else break;
                }
                name.append(ch);
            }
            if (k >= l.length()) continue;
            out.put(name.toString(), l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
        }
        return out;
    }

    /** Whether a column's definition line ends with this CHECK clause (as {@code CHECK_CONSTRAINTS.CHECK_CLAUSE} holds it). */
    static boolean endsWithCheck(String definition, String clause) {
        return definition.endsWith(" CHECK (" + clause + ")");
    }
}
