package dev.cairn.dialect.postgres;

import dev.cairn.dialect.TypeShape;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's types, canonical as {@code format_type} prints them: {@code integer}, {@code bigint}, {@code smallint}
 * (also for serial types), {@code character varying(n)}, {@code character(n)} ({@code char} alone is
 * {@code character(1)}; {@code bpchar} alone stays {@code bpchar}), {@code numeric(p,s)} ({@code numeric(p)} is
 * {@code numeric(p,0)}), {@code real}/{@code double precision} (also for {@code float(p)}), {@code timestamp[(p)]
 * with[out] time zone}, {@code time…}, {@code interval [fields][(p)]}, {@code bit(n)} ({@code bit} alone is
 * {@code bit(1)}), {@code bit varying}; {@code _int4} and {@code int4 ARRAY} are arrays; array dimensions are kept as
 * written. Other names (user enum types, {@code uuid}, {@code jsonb} …) are kept, lower-cased unless quoted and cut to
 * 63 bytes as every identifier ({@link PostgresDdlRules#cutToNameLength}); a {@code pg_catalog.} qualifier is dropped.
 */
final class PostgresTypes implements TypeSystem {
    static final PostgresTypes INSTANCE = new PostgresTypes();

    private static final Set<String> TIME_TYPES = Set.of("timestamp without time zone", "timestamp with time zone",
            "time without time zone", "time with time zone");

    private PostgresTypes() {
    }

    /** The precision of a time type goes after its first word: {@code timestamp(3) with time zone}. */
    @Override
    public String toSql(SqlType type) {
        String name = type.name();
        if (type.precision() != null && type.scale() == null && TIME_TYPES.contains(name)) {
            int space = name.indexOf(' ');
            return name.substring(0, space) + "(" + type.precision() + ")" + name.substring(space) + "[]".repeat(type.arrayDimensions());
        }
        return type.canonical();
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
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

    @Override
    public SqlType parse(String declared) {
        TypeShape shape = TypeShape.of(PostgresSyntax.INSTANCE, declared == null ? "" : declared.strip());
        List<String> words = new ArrayList<>(shape.words());
        int dims = shape.arrayDimensions();
        boolean qualified = shape.dotted();
        if (qualified && words.size() > 1 && words.get(0).equals("pg_catalog")) {
            words.remove(0);
            qualified = false;
        }
        String base = String.join(" ", words);
        if (qualified && !shape.quoted()) {
            base = String.join(".", words.stream().map(PostgresDdlRules::cutToNameLength).toList());
        } else if (shape.quoted()) {
            // "char" and quoted user types: the quotes are part of how PostgreSQL names them
            base = quotedName(PostgresDdlRules.cutToNameLength(shape.lastName()));
        } else if (base.startsWith("_") && ALIASES.containsKey(base.substring(1)) && dims == 0) {
            base = base.substring(1);
            dims = 1;
        }
        List<String> args = shape.args() == null ? List.of() : shape.argList();
        Integer a1 = args.isEmpty() ? null : TypeShape.integer(args.get(0));
        Integer a2 = args.size() > 1 ? TypeShape.integer(args.get(1)) : null;

        String name;
        Integer length = null, precision = null, scale = null;
        if (base.startsWith("interval")) {
            name = base;
            precision = a1;
        } else {
            boolean userName = !ALIASES.containsKey(base) && words.size() == 1 && !shape.quoted() && !qualified;
            name = userName ? PostgresDdlRules.cutToNameLength(base) : ALIASES.getOrDefault(base, base); // cut as every identifier
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
        TypeFamily family = family(name, length);
        if (name.isEmpty()) dims = 0;
        return new SqlType(name, family, length, precision, scale, dims, List.of(), false, declared);
    }

    private static TypeFamily family(String name, Integer length) {
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

    /** A quoted type name in the spelling format_type uses: quotes only where needed. */
    private static String quotedName(String raw) {
        return raw.matches("[a-z_][a-z0-9_]*") && !raw.equals("char") ? raw : "\"" + raw.replace("\"", "\"\"") + "\"";
    }
}
