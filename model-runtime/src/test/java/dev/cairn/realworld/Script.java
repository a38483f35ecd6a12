package dev.cairn.realworld;

import dev.cairn.testdb.SchemaInvariants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script: one published inside a test-scoped dependency's jar (Quartz, Spring Batch), read from the classpath
 * and never copied into this repository, or a few statements of a test's own (to rebuild an older schema).
 */
record Script(String resource, String text) {

    /** A script from the test classpath, e.g. {@code org/springframework/batch/core/schema-sqlite.sql}. */
    static Script fromJar(String resource) {
        try (InputStream in = Script.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new AssertionError("not on the test classpath: " + resource
                    + " (is the test-scoped dependency in model-runtime/pom.xml still there, in the expected version?)");
            return new Script(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }

    /** Statements written by a test, named {@code name} in positions and messages. */
    static Script ours(String name, String text) {
        return new Script(name, text);
    }

    /** This script as migration number {@code version} of a test ({@code 003_schema_postgresql.sql}). */
    SchemaInvariants.Migration migration(int version) {
        String name = fileName().replaceAll("\\.sql$", "").replaceAll("[^A-Za-z0-9]+", "_");
        return new SchemaInvariants.Migration("%03d_%s.sql".formatted(version, name), text);
    }

    /** The scripts as migrations 1, 2, … in order. */
    static List<SchemaInvariants.Migration> migrations(List<Script> scripts) {
        List<SchemaInvariants.Migration> out = new ArrayList<>();
        for (Script s : scripts) out.add(s.migration(out.size() + 1));
        return out;
    }

    /** The file name, as Cairn names it in positions and messages. */
    String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The path below the project's script folder, e.g. {@code migration/5.0/migration-sqlite.sql}. */
    String shortName(String dir) {
        return resource.startsWith(dir) ? resource.substring(dir.length()) : resource;
    }

    @Override
    public String toString() {
        return resource;
    }
}
