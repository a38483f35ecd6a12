package dev.cairn.maven;

import dev.cairn.migrate.ConnectionSettings;
import org.codehaus.plexus.component.configurator.ConfigurationListener;

import java.util.Locale;

/**
 * Passes on what Maven's configurator reports of each parameter set on a goal, with secrets masked: a parameter whose
 * name holds "password" (or "secret") is shown as {@code ****}, and every text value as
 * {@link ConnectionSettings#maskUrlPasswords} leaves it (a {@code db.url} with {@code password=…} or
 * {@code user:secret@}). The goal itself still gets the real values.
 */
final class SecretMaskingListener implements ConfigurationListener {
    static final String MASK = "****";

    private final ConfigurationListener delegate;

    SecretMaskingListener(ConfigurationListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void notifyFieldChangeUsingSetter(String fieldName, Object value, Object target) {
        delegate.notifyFieldChangeUsingSetter(fieldName, shown(fieldName, value), target);
    }

    @Override
    public void notifyFieldChangeUsingReflection(String fieldName, Object value, Object target) {
        delegate.notifyFieldChangeUsingReflection(fieldName, shown(fieldName, value), target);
    }

    /** What may be shown of {@code value}, the value of the parameter {@code fieldName}. */
    static Object shown(String fieldName, Object value) {
        if (value == null) return null;
        String name = fieldName == null ? "" : fieldName.toLowerCase(Locale.ROOT);
        if (name.contains("password") || name.contains("secret")) return MASK;
        if (value instanceof String text) return ConnectionSettings.maskUrlPasswords(text);
        return value;
    }
}
