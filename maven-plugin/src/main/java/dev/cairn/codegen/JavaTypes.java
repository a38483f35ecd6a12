package dev.cairn.codegen;

import dev.cairn.dialect.JdbcValues;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The Java types a column can have, by name, with the value types that carry them over the engine's JDBC driver. */
final class JavaTypes {
    private JavaTypes() {
    }

    static final JavaType LONG = JavaType.of("Long", "long", "LONG");
    static final JavaType INTEGER = JavaType.of("Integer", "int", "INTEGER");
    static final JavaType SHORT = JavaType.of("Short", "short", "SHORT");
    static final JavaType DOUBLE = JavaType.of("Double", "double", "DOUBLE");
    static final JavaType FLOAT = JavaType.of("Float", "float", "FLOAT");
    static final JavaType BOOLEAN = JavaType.of("Boolean", "boolean", "BOOLEAN");
    static final JavaType STRING = JavaType.of("String", null, "STRING");
    static final JavaType UNTYPED_TEXT = JavaType.of("String", null, "UNTYPED_TEXT");
    static final JavaType BIG_DECIMAL = JavaType.of("BigDecimal", null, "BIG_DECIMAL", "java.math.BigDecimal");
    static final JavaType BIG_INTEGER = JavaType.of("BigInteger", null, "BIG_INTEGER", "java.math.BigInteger");
    static final JavaType BYTES = JavaType.of("byte[]", null, "BYTES");

    static JavaType uuid(JdbcValues v) {
        return JavaType.of("UUID", null, v.bindsUuidNatively() ? "UUID_VALUE" : "UUID_TEXT", "java.util.UUID");
    }

    static JavaType localDate(JdbcValues v) {
        return JavaType.of("LocalDate", null, v.keepsDatesAndTimesAsText() ? "SQLITE_DATE" : "LOCAL_DATE", "java.time.LocalDate");
    }

    static JavaType localTime(JdbcValues v) {
        return JavaType.of("LocalTime", null, v.keepsDatesAndTimesAsText() ? "SQLITE_TIME" : "LOCAL_TIME", "java.time.LocalTime");
    }

    static JavaType localDateTime(JdbcValues v) {
        return JavaType.of("LocalDateTime", null, v.keepsDatesAndTimesAsText() ? "SQLITE_DATE_TIME" : "LOCAL_DATE_TIME",
                "java.time.LocalDateTime");
    }

    static JavaType offsetDateTime(JdbcValues v) {
        return JavaType.of("OffsetDateTime", null, v.keepsDatesAndTimesAsText() ? "SQLITE_OFFSET_DATE_TIME" : "OFFSET_DATE_TIME",
                "java.time.OffsetDateTime");
    }

    static JavaType instant(JdbcValues v) {
        return JavaType.of("Instant", null, v.keepsDatesAndTimesAsText() ? "SQLITE_INSTANT" : "INSTANT", "java.time.Instant");
    }

    /** The types an override may name, simple or qualified: {@code Long}, {@code java.time.Instant}, {@code byte[]}. */
    static Map<String, JavaType> overridable(JdbcValues v) {
        Map<String, JavaType> m = new TreeMap<>();
        for (JavaType t : new JavaType[]{LONG, INTEGER, SHORT, DOUBLE, FLOAT, BOOLEAN, STRING, BIG_DECIMAL, BIG_INTEGER, BYTES,
                uuid(v), localDate(v), localTime(v), localDateTime(v), offsetDateTime(v), instant(v)}) {
            m.put(t.name(), t);
            if (t.primitive() != null) m.put(t.primitive(), t);
            for (String imp : t.imports()) m.put(imp, t);
            if (t.imports().isEmpty() && !t.name().equals("byte[]")) m.put("java.lang." + t.name(), t);
        }
        return m;
    }

    static JavaType named(String name, JdbcValues v, String what) {
        JavaType t = overridable(v).get(name.trim());
        if (t == null) {
            t = overridable(v).get(name.trim().toLowerCase(Locale.ROOT));
        }
        if (t == null) {
            throw new ModelProblem(what + ": unsupported Java type " + name + "; use one of " + String.join(", ",
                    overridable(v).keySet().stream().filter(k -> !k.contains(".")).toList()));
        }
        return t;
    }
}
