package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the generator is told besides the schema.
 *
 * @param packageName   the package of the generated classes
 * @param classNames    table → class name ({@code users} → {@code Member})
 * @param fieldNames    {@code table.column} → field name ({@code users.nickname} → {@code handle})
 * @param relationNames {@code table.fkColumn} → name of the many-to-one relation ({@code messages.sender_id} →
 *                      {@code from}); {@code table.fkColumn.inverse} → name of the other side's collection
 *                      ({@code messages.sender_id.inverse} → {@code sentMessages}); for a composite key the columns
 *                      are joined with {@code +}; {@code joinTable} → name of the many-to-many from the join table's
 *                      first referenced table's side and {@code joinTable.inverse} from the other's
 * @param javaTypes     {@code table.column} or an SQL type name ({@code jsonb}, {@code timestamp with time zone}) →
 *                      a Java type ({@code java.time.Instant}, {@code String}, …)
 * @param versionColumns table → its optimistic-locking version column ({@code orders} → {@code revision}), or
 *                      {@code none} to have none; without an entry, a {@code NOT NULL} integer column named
 *                      {@code version} is the table's version column
 */
public record GeneratorOptions(String packageName, Dialect dialect, Map<String, String> classNames, Map<String, String> fieldNames,
                               Map<String, String> relationNames, Map<String, String> javaTypes, Map<String, String> versionColumns) {
    public GeneratorOptions(String packageName, Dialect dialect, Map<String, String> classNames, Map<String, String> fieldNames,
                            Map<String, String> relationNames, Map<String, String> javaTypes) {
        this(packageName, dialect, classNames, fieldNames, relationNames, javaTypes, Map.of());
    }

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(dialect, "dialect");
        classNames = lowerKeys(classNames);
        fieldNames = lowerKeys(fieldNames);
        relationNames = lowerKeys(relationNames);
        javaTypes = lowerKeys(javaTypes);
        versionColumns = lowerKeys(versionColumns);
        for (String part : packageName.split("\\.", -1)) {
            if (!JavaNames.isIdentifier(part)) {
                throw new ModelProblem("The package name " + packageName + " is not a legal Java package name; configure another one");
            }
        }
    }

    /**
     * The text a record prints, written out: the input fingerprint hashes it, and a record's generated
     * {@code toString} is a method-handle bootstrap that a cold JVM pays for at its first call.
     */
    @Override
    public String toString() {
        return "GeneratorOptions[packageName=" + packageName + ", dialect=" + dialect + ", classNames=" + classNames + ", fieldNames="
                + fieldNames + ", relationNames=" + relationNames + ", javaTypes=" + javaTypes + ", versionColumns=" + versionColumns + "]";
    }

    public static GeneratorOptions defaults(String packageName, Dialect dialect) {
        return new GeneratorOptions(packageName, dialect, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        TreeMap<String, String> out = new TreeMap<>();
        if (map != null) map.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT).trim(), v.trim()));
        return java.util.Collections.unmodifiableSortedMap(out);
    }
}
