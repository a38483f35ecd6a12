package dev.cairn.dialect;

import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a type as written ({@code VARCHAR(64)}, {@code int4}, {@code numeric(10, 2)}, {@code text[]},
 * {@code tinyint(1) unsigned}, {@code ENUM('a','b')}) into the dialect's canonical {@link SqlType}. Replay uses it on
 * what migrations declare and introspection on what the engine reports, so both sides meet in one form.
 * <p>
 * Canonical forms (what the engine itself reports, with the noise it adds taken out):
 * <ul>
 *   <li><b>PostgreSQL</b>: the names {@code format_type} prints — {@code integer}, {@code bigint}, {@code smallint}
 *       (also for serial types), {@code character varying(n)}, {@code character(n)} ({@code char} alone is
 *       {@code character(1)}; {@code bpchar} alone stays {@code bpchar}), {@code numeric(p,s)} ({@code numeric(p)} is
 *       {@code numeric(p,0)}), {@code real}/{@code double precision} (also for {@code float(p)}), {@code timestamp[(p)]
 *       with[out] time zone}, {@code time…}, {@code interval [fields][(p)]}, {@code bit(n)} ({@code bit} alone is
 *       {@code bit(1)}), {@code bit varying}; {@code _int4} and {@code int4 ARRAY} are arrays; array dimensions are
 *       kept as written. Other names (user enum types, {@code uuid}, {@code jsonb} …) are kept, lower-cased unless
 *       quoted; a {@code pg_catalog.} qualifier is dropped.</li>
 *   <li><b>MySQL/MariaDB</b>: integer display widths are dropped ({@code int(11)} → {@code int}) except
 *       {@code tinyint(1)}, which is how the engine spells BOOLEAN: {@code BOOL}, {@code BOOLEAN} and
 *       {@code tinyint(1)} all become {@code tinyint(1)} of family BOOLEAN (precision 1). {@code integer} →
 *       {@code int}, {@code int1…int8}/{@code middleint} → their sized names, {@code serial} → {@code bigint unsigned},
 *       {@code numeric}/{@code dec}/{@code fixed} → {@code decimal(p,s)} with MySQL's defaults (10,0),
 *       {@code real}/{@code double precision} → {@code double}, {@code float(p)} → {@code float} or {@code double},
 *       {@code char}/{@code binary} alone → length 1, {@code national}/{@code n…} forms → the plain type,
 *       {@code long varchar} → {@code mediumtext}, {@code text(n)} → {@code text}, {@code year(4)} → {@code year},
 *       fractional seconds 0 dropped, {@code bit} → {@code bit(1)}. {@code UNSIGNED} (and {@code ZEROFILL}, which
 *       implies it) is a flag; {@code SIGNED}, character sets and collations are not part of the type.
 *       {@code ENUM(…)} is family ENUM and {@code SET(…)} family OTHER, both with their values.</li>
 *   <li><b>SQLite</b>: any text is a type; it is kept as declared, lower-cased and with quotes and extra spaces
 *       removed ({@code UNSIGNED BIG INT} → {@code unsigned big int}, {@code VARCHAR( 64 )} → {@code varchar(64)}).
 *       Aliases are not folded, because SQLite tells {@code INTEGER PRIMARY KEY} (the rowid) from
 *       {@code INT PRIMARY KEY}. A column without a type has the empty name {@code ""} and family OTHER. The family
 *       follows SQLite's affinity rules, refined by the usual names.</li>
 * </ul>
 * Lengths of character, binary and bit types are {@code length}; numeric precision/scale and fractional-seconds
 * precision are {@code precision}/{@code scale}.
 */
public final class TypeParser {
    private static final Set<String> PG_TIME_TYPES = Set.of("timestamp without time zone", "timestamp with time zone",
            "time without time zone", "time with time zone");
    private static final Set<String> MYSQL_TYPE_NOISE = Set.of("signed", "binary", "ascii", "unicode", "byte");

    private TypeParser() {
    }

    public static SqlType parse(Dialect dialect, String declared) {
        String text = declared == null ? "" : declared.strip();
        Shape shape = Shape.of(text);
        if (dialect == Dialect.SQLITE || dialect == null) return sqlite(shape, declared);
        if (dialect == Dialect.POSTGRESQL) return postgres(shape, declared);
        return mySql(shape, declared);
    }

    /**
     * The type as DDL of the dialect writes it. {@link SqlType#canonical()} is that text everywhere except for
     * PostgreSQL's time types, whose precision goes after the first word: {@code timestamp(3) with time zone}.
     */
    public static String toSql(Dialect dialect, SqlType type) {
        String name = type.name();
        if (dialect == Dialect.POSTGRESQL && type.precision() != null && type.scale() == null && PG_TIME_TYPES.contains(name)) {
            int space = name.indexOf(' ');
            return name.substring(0, space) + "(" + type.precision() + ")" + name.substring(space) + "[]".repeat(type.arrayDimensions());
        }
        return type.canonical();
    }

    // ---------------------------------------------------------------------------------------------------- SQLite

    private static SqlType sqlite(Shape shape, String declared) {
        String name = String.join(" ", shape.words);
        Integer a1 = null, a2 = null;
        if (shape.args != null) {
            List<String> args = shape.argList();
            a1 = args.isEmpty() ? null : integer(args.get(0));
            a2 = args.size() > 1 ? integer(args.get(1)) : null;
            boolean numeric = !args.isEmpty() && args.size() <= 2 && a1 != null && (args.size() == 1 || a2 != null);
            if (!numeric) {
                // not (n) or (n,m): keep the argument text in the name, so rendering writes it back unchanged
                name = name + "(" + String.join(",", args) + ")";
                a1 = a2 = null;
            }
        }
        if (shape.arrayDimensions > 0 && !name.isEmpty()) name = name + "[]".repeat(shape.arrayDimensions);
        TypeFamily family = sqliteFamily(name);
        boolean lengthType = family == TypeFamily.CHAR || family == TypeFamily.VARCHAR || family == TypeFamily.BINARY;
        return new SqlType(name, family, lengthType ? a1 : null, lengthType ? null : a1, lengthType ? null : a2, 0,
                List.of(), false, declared);
    }

    static TypeFamily sqliteFamily(String name) {
        String n = name;
        int paren = n.indexOf('(');
        if (paren >= 0) n = n.substring(0, paren).strip();
        switch (n) {
            case "" -> {
                return TypeFamily.OTHER;
            }
            case "boolean", "bool" -> {
                return TypeFamily.BOOLEAN;
            }
            case "date" -> {
                return TypeFamily.DATE;
            }
            case "datetime", "timestamp" -> {
                return TypeFamily.TIMESTAMP;
            }
            case "time" -> {
                return TypeFamily.TIME;
            }
            case "uuid" -> {
                return TypeFamily.UUID;
            }
            case "json", "jsonb" -> {
                return TypeFamily.JSON;
            }
            case "numeric", "decimal" -> {
                return TypeFamily.DECIMAL;
            }
            default -> {
            }
        }
        // SQLite's own affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity)
        if (n.contains("int")) return TypeFamily.INTEGER;
        if (n.contains("char") || n.contains("clob") || n.contains("text")) {
            if (n.contains("varchar") || n.contains("varying")) return TypeFamily.VARCHAR;
            if (n.equals("char") || n.equals("character") || n.equals("nchar") || n.equals("native character")) return TypeFamily.CHAR;
            return TypeFamily.TEXT;
        }
        if (n.contains("blob") || n.contains("binary")) return TypeFamily.BINARY;
        if (n.contains("real") || n.contains("floa") || n.contains("doub")) return TypeFamily.FLOAT;
        return TypeFamily.OTHER;
    }

    // ------------------------------------------------------------------------------------------------ PostgreSQL

    private static final Map<String, String> PG_ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"), Map.entry("national character varying", "character varying"),
            Map.entry("national char varying", "character varying"), Map.entry("nchar varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("nchar", "character"),
            Map.entry("national character", "character"), Map.entry("national char", "character"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("text", "text"), Map.entry("bytea", "bytea"), Map.entry("date", "date"), Map.entry("uuid", "uuid"),
            Map.entry("json", "json"), Map.entry("jsonb", "jsonb"), Map.entry("bit", "bit"), Map.entry("bpchar", "bpchar"),
            Map.entry("money", "money"), Map.entry("interval", "interval"), Map.entry("xml", "xml"), Map.entry("inet", "inet"),
            Map.entry("cidr", "cidr"), Map.entry("macaddr", "macaddr"), Map.entry("oid", "oid"), Map.entry("name", "name"),
            Map.entry("citext", "citext"), Map.entry("tsvector", "tsvector"));

    private static SqlType postgres(Shape shape, String declared) {
        List<String> words = new ArrayList<>(shape.words);
        int dims = shape.arrayDimensions;
        boolean qualified = shape.dotted;
        if (qualified && words.size() > 1 && words.get(0).equals("pg_catalog")) {
            words.remove(0);
            qualified = false;
        }
        String base = String.join(" ", words);
        if (qualified && !shape.quoted) {
            base = String.join(".", words);
        } else if (shape.quoted) {
            // "char" and quoted user types: the quotes are part of how PostgreSQL names them
            base = shape.quotedName();
        } else if (base.startsWith("_") && PG_ALIASES.containsKey(base.substring(1)) && dims == 0) {
            base = base.substring(1);
            dims = 1;
        }
        List<String> args = shape.args == null ? List.of() : shape.argList();
        Integer a1 = args.isEmpty() ? null : integer(args.get(0));
        Integer a2 = args.size() > 1 ? integer(args.get(1)) : null;

        String name;
        Integer length = null, precision = null, scale = null;
        if (base.startsWith("interval")) {
            name = base;
            precision = a1;
        } else {
            name = PG_ALIASES.getOrDefault(base, base);
            switch (name) {
                case "character varying", "bit varying" -> length = a1;
                case "character" -> length = a1 == null ? 1 : a1;
                case "bit" -> length = a1 == null ? 1 : a1;
                case "bpchar" -> {
                    if (a1 != null) {
                        name = "character";
                        length = a1;
                    }
                }
                case "numeric" -> {
                    precision = a1;
                    scale = a1 == null ? null : a2 == null ? 0 : a2;
                }
                case "double precision", "real" -> {
                    // no modifiers; float(p) is not an alias and is resolved below
                }
                case "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone" ->
                        precision = a1;
                default -> {
                    if (base.equals("float")) {
                        name = a1 != null && a1 <= 24 ? "real" : "double precision";
                    } else {
                        precision = a1;
                        scale = a2;
                    }
                }
            }
        }
        TypeFamily family = pgFamily(name, length);
        if (name.isEmpty()) dims = 0;
        return new SqlType(name, family, length, precision, scale, dims, List.of(), false, declared);
    }

    private static TypeFamily pgFamily(String name, Integer length) {
        if (name.startsWith("interval")) return TypeFamily.INTERVAL;
        return switch (name) {
            case "integer", "bigint", "smallint" -> TypeFamily.INTEGER;
            case "numeric", "money" -> TypeFamily.DECIMAL;
            case "real", "double precision" -> TypeFamily.FLOAT;
            case "boolean" -> TypeFamily.BOOLEAN;
            case "bit" -> length != null && length == 1 ? TypeFamily.BOOLEAN : TypeFamily.OTHER;
            case "character", "bpchar" -> TypeFamily.CHAR;
            case "character varying" -> TypeFamily.VARCHAR;
            case "text", "citext" -> TypeFamily.TEXT;
            case "bytea" -> TypeFamily.BINARY;
            case "date" -> TypeFamily.DATE;
            case "time without time zone", "time with time zone" -> TypeFamily.TIME;
            case "timestamp without time zone" -> TypeFamily.TIMESTAMP;
            case "timestamp with time zone" -> TypeFamily.TIMESTAMP_TZ;
            case "uuid" -> TypeFamily.UUID;
            case "json", "jsonb" -> TypeFamily.JSON;
            default -> TypeFamily.OTHER;
        };
    }

    // --------------------------------------------------------------------------------------------- MySQL/MariaDB

    private static final Map<String, String> MYSQL_ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int1", "tinyint"), Map.entry("int2", "smallint"),
            Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"), Map.entry("int8", "bigint"),
            Map.entry("dec", "decimal"), Map.entry("numeric", "decimal"), Map.entry("fixed", "decimal"),
            Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("float8", "double"),
            Map.entry("float4", "float"),
            Map.entry("character", "char"), Map.entry("nchar", "char"), Map.entry("national char", "char"),
            Map.entry("national character", "char"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"), Map.entry("nvarchar", "varchar"),
            Map.entry("national varchar", "varchar"), Map.entry("national character varying", "varchar"),
            Map.entry("national char varying", "varchar"), Map.entry("nchar varying", "varchar"), Map.entry("nchar varchar", "varchar"),
            Map.entry("varchar2", "varchar"), Map.entry("varcharacter", "varchar"),
            Map.entry("long varchar", "mediumtext"), Map.entry("long", "mediumtext"), Map.entry("long char varying", "mediumtext"),
            Map.entry("long character varying", "mediumtext"), Map.entry("long varbinary", "mediumblob"),
            Map.entry("char byte", "binary"), Map.entry("bool", "tinyint"), Map.entry("boolean", "tinyint"));

    private static final Set<String> MYSQL_INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private static SqlType mySql(Shape shape, String declared) {
        if (!shape.words.isEmpty() && (shape.words.get(0).equals("signed") || shape.words.get(0).equals("unsigned"))) {
            // only a CAST target starts this way: CAST(x AS UNSIGNED [INTEGER])
            return new SqlType(shape.words.get(0), TypeFamily.INTEGER, null, null, null, 0, List.of(), false, declared);
        }
        List<String> words = new ArrayList<>();
        boolean unsigned = false;
        for (int i = 0; i < shape.words.size(); i++) {
            String w = shape.words.get(i);
            if (w.equals("unsigned") || w.equals("zerofill")) {
                unsigned = true;
            } else if ((w.equals("character") || w.equals("char")) && i + 1 < shape.words.size() && shape.words.get(i + 1).equals("set")
                    && !words.isEmpty()) {
                i += 2; // CHARACTER SET name
            } else if ((w.equals("charset") || w.equals("collate")) && !words.isEmpty()) {
                i++;
            } else if (MYSQL_TYPE_NOISE.contains(w) && !words.isEmpty() && !(w.equals("byte") && words.equals(List.of("char")))) {
                // SIGNED, and the BINARY/ASCII/UNICODE shorthands for a character set or binary collation
            } else {
                words.add(w);
            }
        }
        String base = String.join(" ", words);
        if (base.isEmpty() && unsigned) return new SqlType("unsigned", TypeFamily.INTEGER, null, null, null, 0, List.of(), false, declared);
        List<String> args = shape.args == null ? List.of() : shape.argList();
        if (base.equals("enum") || base.equals("set")) {
            List<String> values = new ArrayList<>();
            for (String a : args) values.add(unquote(a));
            return new SqlType(base, base.equals("enum") ? TypeFamily.ENUM : TypeFamily.OTHER, null, null, null, 0, values, false, declared);
        }
        Integer a1 = args.isEmpty() ? null : integer(args.get(0));
        Integer a2 = args.size() > 1 ? integer(args.get(1)) : null;
        String name = MYSQL_ALIASES.getOrDefault(base, base);
        Integer length = null, precision = null, scale = null;
        TypeFamily family;
        if (base.equals("bool") || base.equals("boolean")) {
            precision = 1;
        } else if (base.equals("serial")) {
            name = "bigint";
            unsigned = true;
        } else if (MYSQL_INTEGERS.contains(name)) {
            if (name.equals("tinyint") && a1 != null && a1 == 1) precision = 1;
        } else {
            switch (name) {
                case "decimal" -> {
                    precision = a1 == null ? 10 : a1;
                    scale = a2 == null ? 0 : a2;
                }
                case "float" -> {
                    if (a1 != null && a2 == null) {
                        if (a1 > 24) name = "double";
                    } else {
                        precision = a1;
                        scale = a2;
                    }
                }
                case "double" -> {
                    precision = a1;
                    scale = a2;
                }
                case "char", "binary" -> length = a1 == null ? 1 : a1;
                case "varchar", "varbinary" -> length = a1;
                case "bit" -> length = a1 == null ? 1 : a1;
                case "datetime", "timestamp", "time" -> precision = a1 == null || a1 == 0 ? null : a1;
                case "year", "text", "blob", "tinytext", "mediumtext", "longtext", "tinyblob", "mediumblob", "longblob" -> {
                }
                default -> {
                    precision = a1;
                    scale = a2;
                }
            }
        }
        family = mySqlFamily(name, precision, length);
        return new SqlType(name, family, length, precision, scale, 0, List.of(), unsigned, declared);
    }

    private static TypeFamily mySqlFamily(String name, Integer precision, Integer length) {
        return switch (name) {
            case "tinyint" -> precision != null && precision == 1 ? TypeFamily.BOOLEAN : TypeFamily.INTEGER;
            case "smallint", "mediumint", "int", "bigint" -> TypeFamily.INTEGER;
            case "decimal" -> TypeFamily.DECIMAL;
            case "float", "double" -> TypeFamily.FLOAT;
            case "bit" -> length != null && length == 1 ? TypeFamily.BOOLEAN : TypeFamily.OTHER;
            case "char" -> TypeFamily.CHAR;
            case "varchar" -> TypeFamily.VARCHAR;
            case "text", "tinytext", "mediumtext", "longtext" -> TypeFamily.TEXT;
            case "binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob" -> TypeFamily.BINARY;
            case "date" -> TypeFamily.DATE;
            case "time" -> TypeFamily.TIME;
            case "datetime", "timestamp" -> TypeFamily.TIMESTAMP;
            case "uuid" -> TypeFamily.UUID;
            case "json" -> TypeFamily.JSON;
            default -> TypeFamily.OTHER;
        };
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static Integer integer(String s) {
        String t = s.strip();
        if (t.startsWith("+")) t = t.substring(1);
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            char q = t.charAt(0);
            String body = t.substring(1, t.length() - 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == q && i + 1 < body.length() && body.charAt(i + 1) == q) {
                    b.append(q);
                    i++;
                } else if (c == '\\' && i + 1 < body.length()) {
                    char e = body.charAt(++i);
                    b.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case '0' -> '\0';
                        default -> e;
                    });
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
        return t;
    }

    /**
     * The pieces of a type text: its words (lower-case, quotes removed), the text of its first parenthesised
     * argument list, and its array suffix ({@code []}, {@code [3]}, {@code ARRAY}, {@code ARRAY[3]}).
     */
    private static final class Shape {
        final List<String> words = new ArrayList<>();
        String args;
        int arrayDimensions;
        boolean quoted;
        boolean dotted;
        private final List<String> rawNames = new ArrayList<>();

        static Shape of(String text) {
            Shape s = new Shape();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"' || c == '`' || c == '[' && s.args == null && s.words.isEmpty()) {
                    char close = c == '[' ? ']' : c;
                    int end = i + 1;
                    StringBuilder b = new StringBuilder();
                    while (end < n) {
                        char d = text.charAt(end);
                        if (d == close && end + 1 < n && text.charAt(end + 1) == close && close != ']') {
                            b.append(d);
                            end += 2;
                        } else if (d == close) {
                            break;
                        } else {
                            b.append(d);
                            end++;
                        }
                    }
                    s.quoted = true;
                    s.rawNames.add(b.toString());
                    for (String w : b.toString().strip().split("\\s+")) if (!w.isEmpty()) s.words.add(w.toLowerCase(Locale.ROOT));
                    i = Math.min(end + 1, n);
                } else if (c == '(') {
                    int depth = 0;
                    int end = i;
                    boolean inQuote = false;
                    char quote = 0;
                    for (; end < n; end++) {
                        char d = text.charAt(end);
                        if (inQuote) {
                            if (d == '\\' && quote == '\'') end++;
                            else if (d == quote) inQuote = false;
                        } else if (d == '\'' || d == '"') {
                            inQuote = true;
                            quote = d;
                        } else if (d == '(') {
                            depth++;
                        } else if (d == ')' && --depth == 0) {
                            break;
                        }
                    }
                    if (s.args == null) s.args = text.substring(i + 1, Math.min(end, n));
                    i = end + 1;
                } else if (c == '[') {
                    int end = text.indexOf(']', i);
                    s.arrayDimensions++;
                    i = end < 0 ? n : end + 1;
                } else if (c == '.') {
                    s.dotted = true;
                    i++;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && "()[]\".`".indexOf(text.charAt(i)) < 0) i++;
                    if (i == start) {
                        i++;
                        continue;
                    }
                    String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                    if (w.equals("array") && !s.words.isEmpty()) {
                        s.arrayDimensions++;
                        // ARRAY[3] is one dimension, not two
                        int j = i;
                        while (j < n && Character.isWhitespace(text.charAt(j))) j++;
                        if (j < n && text.charAt(j) == '[') {
                            int end = text.indexOf(']', j);
                            i = end < 0 ? n : end + 1;
                        }
                    } else {
                        s.rawNames.add(text.substring(start, i));
                        s.words.add(w);
                    }
                }
            }
            return s;
        }

        /** The arguments, split at top-level commas, each stripped; quoted values keep their quotes. */
        List<String> argList() {
            List<String> out = new ArrayList<>();
            if (args == null || args.isBlank()) return out;
            StringBuilder cur = new StringBuilder();
            boolean inQuote = false;
            char quote = 0;
            int depth = 0;
            for (int i = 0; i < args.length(); i++) {
                char c = args.charAt(i);
                if (inQuote) {
                    cur.append(c);
                    if (c == '\\' && quote == '\'' && i + 1 < args.length()) {
                        cur.append(args.charAt(++i));
                    } else if (c == quote) {
                        if (i + 1 < args.length() && args.charAt(i + 1) == quote) {
                            cur.append(args.charAt(++i));
                        } else {
                            inQuote = false;
                        }
                    }
                } else if (c == '\'' || c == '"') {
                    inQuote = true;
                    quote = c;
                    cur.append(c);
                } else if (c == '(') {
                    depth++;
                    cur.append(c);
                } else if (c == ')') {
                    depth--;
                    cur.append(c);
                } else if (c == ',' && depth == 0) {
                    out.add(cur.toString().strip());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString().strip());
            return out;
        }

        /** A quoted PostgreSQL type name, in the spelling format_type uses: quotes only where needed. */
        String quotedName() {
            String raw = rawNames.get(rawNames.size() - 1);
            return raw.matches("[a-z_][a-z0-9_]*") && !raw.equals("char") ? raw : "\"" + raw.replace("\"", "\"\"") + "\"";
        }
    }
}
