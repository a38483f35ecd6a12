package dev.cairn.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A SQL script published inside a test-scoped dependency's jar (Quartz, Spring Batch), read from the classpath.
 * These scripts are never copied into this repository.
 */
record JarScript(String resource, String text) {

    static JarScript load(String resource) {
        try (InputStream in = JarScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new AssertionError("not on the test classpath: " + resource
                    + " (is the test-scoped dependency in model-runtime/pom.xml still there, in the expected version?)");
            return new JarScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }

    /** The file name, as Cairn names it in positions and messages. */
    String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return resource;
    }
}
