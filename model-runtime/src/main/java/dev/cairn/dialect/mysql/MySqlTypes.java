package dev.cairn.dialect.mysql;

import dev.cairn.dialect.TypeShape;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlSyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types of MySQL and MariaDB, canonical as the engines report them: integer display widths are dropped
 * ({@code int(11)} → {@code int}) except {@code tinyint(1)}, which is how the engine spells BOOLEAN: {@code BOOL},
 * {@code BOOLEAN} and {@code tinyint(1)} all become {@code tinyint(1)} of family BOOLEAN (precision 1). {@code integer}
 * → {@code int}, {@code int1…int8}/{@code middleint} → their sized names, {@code serial} → {@code bigint unsigned},
 * {@code numeric}/{@code dec}/{@code fixed} → {@code decimal(p,s)} with MySQL's defaults (10,0), {@code real}/{@code double
 * precision} → {@code double}, {@code float(p)} → {@code float} or {@code double}, {@code char}/{@code binary} alone →
 * length 1, {@code national}/{@code n…} forms → the plain type, {@code long varchar} → {@code mediumtext},
 * {@code text(n)} → {@code text}, {@code year(4)} → {@code year}, fractional seconds 0 dropped, {@code bit} →
 * {@code bit(1)}. {@code UNSIGNED} (and {@code ZEROFILL}, which implies it) is a flag; {@code SIGNED}, character sets
 * and collations are not part of the type. {@code ENUM(…)} is family ENUM and {@code SET(…)} family OTHER, both with
 * their values.
 */
final class MySqlTypes implements TypeSystem {
    private static final Set<String> TYPE_NOISE = Set.of("signed", "binary", "ascii", "unicode", "byte");

    static final MySqlTypes MYSQL = new MySqlTypes(MySqlSyntax.MYSQL);
    static final MySqlTypes MARIADB = new MySqlTypes(MySqlSyntax.MARIADB);

    /** How ENUM and SET values are quoted and escaped. */
    private final SqlSyntax syntax;

    private MySqlTypes(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    @Override
    public String toSql(SqlType type) {
        return type.canonical();
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
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

    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

    @Override
    public SqlType parse(String declared) {
        TypeShape shape = TypeShape.of(syntax, declared == null ? "" : declared.strip());
        if (!shape.words().isEmpty() && (shape.words().get(0).equals("signed") || shape.words().get(0).equals("unsigned"))) {
            // only a CAST target starts this way: CAST(x AS UNSIGNED [INTEGER])
            return new SqlType(shape.words().get(0), TypeFamily.INTEGER, null, null, null, 0, List.of(), false, declared);
        }
        List<String> words = new ArrayList<>();
        boolean unsigned = false;
        for (int i = 0; i < shape.words().size(); i++) {
            String w = shape.words().get(i);
            if (w.equals("unsigned") || w.equals("zerofill")) {
                unsigned = true;
            } else if ((w.equals("character") || w.equals("char")) && i + 1 < shape.words().size() && shape.words().get(i + 1).equals("set")
                    && !words.isEmpty()) {
                i += 2; // CHARACTER SET name
            } else if ((w.equals("charset") || w.equals("collate")) && !words.isEmpty()) {
                i++;
            } else if (TYPE_NOISE.contains(w) && !words.isEmpty() && !(w.equals("byte") && words.equals(List.of("char")))) {
                // SIGNED, and the BINARY/ASCII/UNICODE shorthands for a character set or binary collation
            } else {
                words.add(w);
            }
        }
        String base = String.join(" ", words);
        if (base.isEmpty() && unsigned) return new SqlType("unsigned", TypeFamily.INTEGER, null, null, null, 0, List.of(), false, declared);
        List<String> args = shape.args() == null ? List.of() : shape.argList();
        if (base.equals("enum") || base.equals("set")) {
            List<String> values = new ArrayList<>();
            for (String a : args) values.add(SqlLiterals.stringValue(syntax, a.strip()));
            return new SqlType(base, base.equals("enum") ? TypeFamily.ENUM : TypeFamily.OTHER, null, null, null, 0, values, false, declared);
        }
        Integer a1 = args.isEmpty() ? null : TypeShape.integer(args.get(0));
        Integer a2 = args.size() > 1 ? TypeShape.integer(args.get(1)) : null;
        String name = ALIASES.getOrDefault(base, base);
        Integer length = null, precision = null, scale = null;
        TypeFamily family;
        if (base.equals("bool") || base.equals("boolean")) {
            precision = 1;
        } else if (base.equals("serial")) {
            name = "bigint";
            unsigned = true;
        } else if (INTEGERS.contains(name)) {
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
        family = family(name, precision, length);
        return new SqlType(name, family, length, precision, scale, 0, List.of(), unsigned, declared);
    }

    private static TypeFamily family(String name, Integer precision, Integer length) {
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
}
