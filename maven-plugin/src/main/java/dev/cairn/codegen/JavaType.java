package dev.cairn.codegen;

import java.util.List;

/**
 * The Java side of a column: the type as the generated code spells it, its primitive when there is one, the
 * {@code ValueType} expression that moves it through JDBC, and the imports both need.
 *
 * @param name      e.g. {@code Long}, {@code String}, {@code LocalDateTime}, {@code String[]}, {@code Mood}
 * @param primitive e.g. {@code long}, or null
 * @param valueType e.g. {@code ValueTypes.LONG}
 */
public record JavaType(String name, String primitive, ValueTypeExpression valueType, List<String> imports) {
    public JavaType {
        imports = List.copyOf(imports);
    }

    /** @param valueTypesConstant the constant of {@code ValueTypes}, e.g. {@code LONG} */
    static JavaType of(String name, String primitive, String valueTypesConstant, String... imports) {
        return new JavaType(name, primitive, new ValueTypeExpression.Constant(valueTypesConstant), List.of(imports));
    }

    /** The type a field of this column has: the primitive for a required column that has one, else the boxed type. */
    public String fieldType(boolean boxed) {
        return boxed || primitive == null ? name : primitive;
    }

    public boolean isNumeric() {
        return List.of("Long", "Integer", "Short", "Byte", "Double", "Float").contains(name);
    }
}
