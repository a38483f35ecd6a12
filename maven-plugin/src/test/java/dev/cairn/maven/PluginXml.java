package dev.cairn.maven;

import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The plugin's descriptor as maven-plugin-plugin wrote it from the mojos (target/classes/META-INF/maven/plugin.xml). */
final class PluginXml {
    private PluginXml() {
    }

    static PluginDescriptor read() throws Exception {
        try (InputStream in = PluginXml.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            if (in == null) throw new IllegalStateException("no META-INF/maven/plugin.xml on the test class path");
            return new PluginDescriptorBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
