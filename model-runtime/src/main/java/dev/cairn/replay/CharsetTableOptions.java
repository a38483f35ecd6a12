package dev.cairn.replay;

import dev.cairn.schema.Column;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * MySQL's and MariaDB's table options that the model keeps ({@link dev.cairn.dialect.DdlRules#charsetTableOptions()}):
 * {@code ENGINE [=] name}, {@code [DEFAULT] {CHARACTER SET | CHARSET} [=] name}, {@code [DEFAULT] COLLATE [=] name}
 * and {@code ROW_FORMAT [=] name}, as written (character sets and collations lower-case, row formats upper-case), under
 * {@link #ENGINE}, {@link #CHARSET}, {@link #COLLATE} and {@link #ROW_FORMAT}; {@code ROW_FORMAT=DEFAULT} leaves the
 * engine to choose, like a table without the option (the server lists only a row format written). What a table leaves
 * out it takes from its database, and a character set without a collation takes the set's default collation; both are
 * the server's to say, and are settled where the model meets a live database ({@code SchemaIntrospector.asStoredIn}).
 */
final class CharsetTableOptions {
    static final String ENGINE = Table.ENGINE;
    static final String CHARSET = Table.CHARSET;
    static final String COLLATE = Table.COLLATE;
    static final String ROW_FORMAT = Table.ROW_FORMAT;

    private CharsetTableOptions() {
    }

    /** Reads one such option at the cursor into {@code options} and says whether there was one. */
    static boolean read(TokenCursor in, Map<String, String> options) {
        if (in.at("DEFAULT") && !(in.peek(1).is("CHARSET") || in.peek(1).is("CHARACTER") || in.peek(1).is("COLLATE"))) return false;
        in.accept("DEFAULT");
        if (in.accept("ENGINE")) {
            options.put(ENGINE, value(in, "a storage engine"));
        } else if (in.accept("ROW_FORMAT")) {
            String format = value(in, "a row format").toUpperCase(Locale.ROOT);
            if (format.equals("DEFAULT")) options.remove(ROW_FORMAT);
            else options.put(ROW_FORMAT, format);
        } else if (in.accept("CHARACTER", "SET") || in.accept("CHARSET")) {
            String charset = value(in, "a character set").toLowerCase(Locale.ROOT);
            options.remove(COLLATE); // a character set alone takes its default collation
            if (charset.equals("default")) options.remove(CHARSET); // the database's
            else options.put(CHARSET, charset);
        } else if (in.accept("COLLATE")) {
            String collation = value(in, "a collation").toLowerCase(Locale.ROOT);
            if (collation.equals("default")) {
                options.remove(COLLATE);
                options.remove(CHARSET);
            } else {
                options.put(COLLATE, collation);
            }
        } else {
            return false;
        }
        return true;
    }

    /**
     * {@code ALTER TABLE … DEFAULT CHARSET=…} or {@code COLLATE=…}: the table's default changes, its columns do not, so
     * a character column that took the old default gets it written out. (One that took the database's default keeps
     * taking whatever the table's is: the database's is not known without the server.)
     */
    static Table withDefaults(Table before, Map<String, String> options) {
        Map<String, String> old = before.options();
        List<Column> columns = new ArrayList<>();
        for (Column c : before.columns()) {
            if (!c.type().holdsCharacters() || c.charset() != null || c.collation() != null) columns.add(c);
            else if (old.containsKey(COLLATE)) columns.add(c.withCollation(old.get(COLLATE)));
            else if (old.containsKey(CHARSET)) columns.add(c.withCharset(old.get(CHARSET)));
            else columns.add(c);
        }
        return before.withColumns(columns).withOptions(options);
    }

    /**
     * {@code ALTER TABLE … CONVERT TO CHARACTER SET x [COLLATE y]}: the table's default becomes x (y), and every
     * character column is converted to it, so none keeps a character set or collation of its own.
     */
    static Table converted(Table before, String charset, String collation) {
        Map<String, String> options = new TreeMap<>(before.options());
        options.remove(COLLATE);
        if (charset.equals("default")) options.remove(CHARSET);
        else options.put(CHARSET, charset);
        if (collation != null && !collation.equals("default")) options.put(COLLATE, collation);
        List<Column> columns = new ArrayList<>();
        for (Column c : before.columns()) columns.add(c.type().holdsCharacters() ? c.withCharset(null).withCollation(null) : c);
        return before.withColumns(columns).withOptions(options);
    }

    static String value(TokenCursor in, String what) {
        in.accept("=");
        Token t = in.peek();
        if (t.kind() == Token.Kind.STRING) {
            in.next();
            return SqlLiterals.stringValue(in.engine().syntax(), t.text());
        }
        return in.name(what).text();
    }
}
