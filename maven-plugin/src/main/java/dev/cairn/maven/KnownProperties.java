package dev.cairn.maven;

import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user properties ({@code -Dname=…}) the plugin's goals read, taken from the plugin's own descriptor
 * (META-INF/maven/plugin.xml, which maven-plugin-plugin writes from the {@code @Parameter} annotations), so a new
 * parameter is known the moment it exists.
 */
final class KnownProperties {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private KnownProperties() {
    }

    /** Every property some goal of {@code plugin} reads, sorted. */
    static Set<String> of(PluginDescriptor plugin) {
        Set<String> names = new TreeSet<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getParameters() == null) continue;
            for (Parameter p : mojo.getParameters()) {
                if (p.getExpression() == null) continue;
                Matcher m = PROPERTY.matcher(p.getExpression());
                if (m.matches()) names.add(m.group(1));
            }
        }
        return names;
    }
}
