package dev.cairn.maven;

import dev.cairn.dialect.Dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a {@code db.dialect} value means to Cairn. Projects often already set a {@code db.dialect} property to a
 * Hibernate dialect class for their own use: such a class name is read as the Cairn dialect of its engine (with an
 * INFO line), and any other value that is not a Cairn dialect is ignored with a warning, the dialect then coming from
 * {@code db.url}, instead of failing every goal.
 */
final class DialectSetting {
    private DialectSetting() {
    }

    /**
     * The dialect {@code value} names, or empty when it names none (blank, or not a Cairn or Hibernate dialect); what
     * was made of a Hibernate class or an unknown value is said through {@code info} or {@code warn}.
     */
    static Optional<Dialect> read(String value, Consumer<String> info, Consumer<String> warn) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(Dialect.named(value));
        } catch (IllegalArgumentException notCairns) {
            Optional<Dialect> hibernate = hibernate(value);
            if (hibernate.isPresent()) {
                info.accept("db.dialect=" + value.trim() + " is a Hibernate dialect class; Cairn reads it as " + hibernate.get().id());
            } else {
                warn.accept("db.dialect=" + value.trim() + " is not a Cairn dialect (sqlite, postgresql, mysql, mariadb) nor a Hibernate dialect"
                        + " class; it is ignored and the dialect comes from db.url");
            }
            return hibernate;
        }
    }

    /**
     * The engine of a Hibernate dialect class ({@code org.hibernate.dialect.PostgreSQL10Dialect},
     * {@code MySQL5InnoDBDialect}, {@code MariaDB103Dialect}, {@code org.hibernate.community.dialect.SQLiteDialect}, …), by
     * its simple name without the version digits.
     */
    static Optional<Dialect> hibernate(String value) {
        String simple = value.trim().substring(value.trim().lastIndexOf('.') + 1);
        if (!simple.endsWith("Dialect")) return Optional.empty();
        String engine = simple.substring(0, simple.length() - "Dialect".length()).replaceAll("[0-9]", "").toLowerCase(Locale.ROOT);
        String cairnName = switch (engine) {
            case "postgresql", "postgres", "postgresplus" -> "postgresql";
            case "mysql", "mysqlinnodb", "mysqlmyisam" -> "mysql";
            case "mariadb" -> "mariadb";
            case "sqlite" -> "sqlite";
            default -> null;
        };
        return cairnName == null ? Optional.empty() : Optional.of(Dialect.named(cairnName)); // by name: only engines compare dialects
    }
}
