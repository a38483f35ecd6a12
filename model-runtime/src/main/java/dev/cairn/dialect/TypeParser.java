package dev.cairn.dialect;

import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a type as written ({@code VARCHAR(64)}, {@code int4}, {@code numeric(10, 2)}, {@code text[]},
 * {@code tinyint(1) unsigned}, {@code ENUM('a','b')}) into the dialect's canonical {@link SqlType}. Replay uses it on
 * what migrations declare and introspection on what the engine reports, so both sides meet in one form.
 */
public final class TypeParser {
    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(?<base>[a-z_][a-z0-9_ .\"]*?)\\s*(?:\\((?<args>[^)]*)\\))?(?<rest>(?:\\s+[a-z_]+)*)\\s*(?<arr>(?:\\[\\s*\\d*\\s*\\])*)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private TypeParser() {
    }

    public static SqlType parse(Dialect dialect, String declared) {
        String text = declared.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum(") || lower.startsWith("enum (") || lower.startsWith("set(") || lower.startsWith("set (")) {
            String name = lower.startsWith("enum") ? "enum" : "set";
            return new SqlType(name, TypeFamily.ENUM, null, null, null, 0, quotedValues(text), false, declared);
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) return new SqlType(lower, TypeFamily.OTHER, null, null, null, 0, List.of(), false, declared);
        String base = m.group("base").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("\"", "");
        String rest = m.group("rest") == null ? "" : m.group("rest").trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean unsigned = rest.contains("unsigned");
        rest = rest.replace("unsigned", "").replace("zerofill", "").trim();
        if (!rest.isEmpty()) base = base + " " + rest;
        String arr = m.group("arr");
        int dims = arr == null ? 0 : (int) arr.chars().filter(c -> c == '[').count();
        Integer a1 = null, a2 = null;
        if (m.group("args") != null) {
            String[] parts = m.group("args").split(",");
            a1 = number(parts[0]);
            if (parts.length > 1) a2 = number(parts[1]);
        }
        String name = canonicalName(dialect, base);
        TypeFamily family = family(name);
        Integer length = null, precision = null, scale = null;
        switch (family) {
            case CHAR, VARCHAR, BINARY -> length = a1;
            default -> {
                precision = a1;
                scale = a2;
            }
        }
        return new SqlType(name, family, length, precision, scale, dims, List.of(), unsigned, declared);
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> quotedValues(String text) {
        List<String> values = new ArrayList<>();
        int i = text.indexOf('(') + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                StringBuilder v = new StringBuilder();
                i++;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (d == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        v.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else {
                        v.append(d);
                        i++;
                    }
                }
                values.add(v.toString());
            } else {
                i++;
            }
        }
        return values;
    }

    /** The canonical lower-case name of a base type in a dialect (aliases folded: int4 → integer). */
    static String canonicalName(Dialect dialect, String base) {
        if (dialect == Dialect.POSTGRESQL) {
            return switch (base) {
                case "int", "int4", "integer", "serial", "serial4" -> "integer";
                case "int8", "bigint", "bigserial", "serial8" -> "bigint";
                case "int2", "smallint", "smallserial", "serial2" -> "smallint";
                case "varchar", "character varying" -> "character varying";
                case "char", "character", "bpchar" -> "character";
                case "bool", "boolean" -> "boolean";
                case "float8", "double precision", "float" -> "double precision";
                case "float4", "real" -> "real";
                case "decimal", "numeric" -> "numeric";
                case "timestamp", "timestamp without time zone" -> "timestamp without time zone";
                case "timestamptz", "timestamp with time zone" -> "timestamp with time zone";
                case "time", "time without time zone" -> "time without time zone";
                case "timetz", "time with time zone" -> "time with time zone";
                default -> base;
            };
        }
        if (dialect != null && dialect.isMySqlFamily()) {
            return switch (base) {
                case "integer" -> "int";
                case "bool", "boolean" -> "tinyint";
                case "dec", "numeric", "fixed" -> "decimal";
                case "double precision", "real" -> "double";
                case "character" -> "char";
                case "character varying" -> "varchar";
                default -> base;
            };
        }
        return base;
    }

    static TypeFamily family(String name) {
        String n = name;
        if (n.contains("int") && !n.contains("interval") && !n.contains("point")) return TypeFamily.INTEGER;
        if (n.equals("serial") || n.equals("bigserial") || n.equals("smallserial")) return TypeFamily.INTEGER;
        if (n.startsWith("numeric") || n.startsWith("decimal") || n.equals("money")) return TypeFamily.DECIMAL;
        if (n.startsWith("float") || n.startsWith("double") || n.equals("real")) return TypeFamily.FLOAT;
        if (n.startsWith("bool") || n.equals("bit")) return TypeFamily.BOOLEAN;
        if (n.equals("character varying") || n.startsWith("varchar") || n.startsWith("nvarchar") || n.startsWith("varchar2")
                || n.equals("varying character") || n.equals("native character")) return TypeFamily.VARCHAR;
        if (n.equals("character") || n.equals("char") || n.equals("nchar")) return TypeFamily.CHAR;
        if (n.contains("text") || n.equals("clob") || n.equals("citext")) return TypeFamily.TEXT;
        if (n.contains("blob") || n.equals("bytea") || n.contains("binary")) return TypeFamily.BINARY;
        if (n.equals("date")) return TypeFamily.DATE;
        if (n.startsWith("time with time zone") || n.equals("timetz")) return TypeFamily.TIME;
        if (n.startsWith("timestamp with time zone") || n.equals("timestamptz")) return TypeFamily.TIMESTAMP_TZ;
        if (n.startsWith("timestamp") || n.equals("datetime")) return TypeFamily.TIMESTAMP;
        if (n.startsWith("time")) return TypeFamily.TIME;
        if (n.startsWith("interval")) return TypeFamily.INTERVAL;
        if (n.equals("uuid")) return TypeFamily.UUID;
        if (n.equals("json") || n.equals("jsonb")) return TypeFamily.JSON;
        return TypeFamily.OTHER;
    }
}
