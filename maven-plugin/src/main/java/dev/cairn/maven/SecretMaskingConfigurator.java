package dev.cairn.maven;

import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Configures Cairn's goals as Maven's basic configurator does, but what Maven prints of each parameter with {@code -X}
 * ({@code (f) password = …}) goes through {@link SecretMaskingListener}, so no password shows in a debug log. Every
 * goal names it ({@code @Mojo(configurator = "cairn-masking")}); it is registered in
 * {@code META-INF/plexus/components.xml}.
 */
public class SecretMaskingConfigurator extends BasicComponentConfigurator {
    @Override
    public void configureComponent(Object component, PlexusConfiguration configuration, ExpressionEvaluator evaluator,
                                   ClassRealm realm, ConfigurationListener listener) throws ComponentConfigurationException {
        super.configureComponent(component, configuration, evaluator, realm, listener == null ? null : new SecretMaskingListener(listener));
    }
}
