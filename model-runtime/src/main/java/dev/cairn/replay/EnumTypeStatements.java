package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL {@code CREATE TYPE … AS ENUM (…)} and {@code DROP TYPE}, which JSqlParser does not model (or rejects). */
final class EnumTypeStatements {
    private static final Pattern CREATE = Pattern.compile("(?is)CREATE\\s+TYPE\\s+(\"[^\"]+\"|[\\w.]+)\\s+AS\\s+ENUM\\s*\\((.*)\\)\\s*");
    private static final Pattern DROP = Pattern.compile("(?is)DROP\\s+TYPE\\s+(IF\\s+EXISTS\\s+)?(\"[^\"]+\"|[\\w.]+)(\\s+(CASCADE|RESTRICT))?\\s*");

    private EnumTypeStatements() {
    }

    /** Applies the statement if it is one of these forms; false when it is something else. */
    static boolean apply(Dialect dialect, Schema.Builder schema, SqlStatement s) {
        if (dialect != Dialect.POSTGRESQL) return false;
        Matcher c = CREATE.matcher(s.sql());
        if (c.matches()) {
            String name = name(c.group(1));
            if (schema.enumType(name).isPresent())
                throw new SqlProblem(s.position(), s.sql(), "type " + name + " already exists", "choose another type name");
            schema.putEnumType(new EnumType(name, quotedValues(c.group(2)), null));
            return true;
        }
        Matcher d = DROP.matcher(s.sql());
        if (d.matches()) {
            String name = name(d.group(2));
            if (schema.enumType(name).isEmpty()) {
                if (d.group(1) != null) return true;
                throw new SqlProblem(s.position(), s.sql(), "type " + name + " does not exist", "check the type name");
            }
            schema.removeEnumType(name);
            return true;
        }
        return false;
    }

    private static String name(String raw) {
        return raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw.toLowerCase(Locale.ROOT);
    }

    private static List<String> quotedValues(String list) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(list);
        while (m.find()) values.add(m.group(1).replace("''", "'"));
        return values;
    }
}
