package dev.cairn.schema;

/** ON DELETE / ON UPDATE behaviour of a foreign key. */
public enum ForeignKeyAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    public static ForeignKeyAction parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (ForeignKeyAction a : values()) if (a.sql.equals(t) || a.name().equals(t)) return a;
        throw new IllegalArgumentException("unknown foreign key action: " + text);
    }
}
