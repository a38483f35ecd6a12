package dev.cairn.maven;

import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnknownPropertiesTest {

    /** The known names are every user property of plugin.xml: a new parameter is known without a list to update. */
    @Test
    void knownPropertiesAreEveryUserPropertyOfPluginXml() throws Exception {
        PluginDescriptor plugin = PluginXml.read();
        Set<String> known = KnownProperties.of(plugin);
        int parameters = 0;
        for (MojoDescriptor mojo : plugin.getMojos()) {
            for (Parameter p : mojo.getParameters()) {
                if (p.getExpression() != null && p.getExpression().matches("\\$\\{[^}]+}") && p.isEditable()) {
                    parameters++;
                    String name = p.getExpression().substring(2, p.getExpression().length() - 1);
                    assertTrue(known.contains(name), mojo.getGoal() + " reads " + name);
                }
            }
        }
        assertTrue(parameters > 50, "parameters read from plugin.xml: " + parameters);
        assertTrue(known.containsAll(Set.of("db.url", "db.skip", "db.transaction", "db.skipModels", "db.target", "db.version")), known.toString());
        // the split and added names of issue 16 (the deprecated db.version stays known)
        assertTrue(known.containsAll(Set.of("db.baselineVersion", "db.modelVersion", "db.name", "db.encoding", "db.steps", "db.dialect")), known.toString());
        assertEquals("db.baselineVersion", UnknownProperties.of(known).nearest("db.baselineVerison"));
    }

    @Test
    void aTypoOfAKnownNameIsReportedWithTheNearestName() throws Exception {
        UnknownProperties unknown = UnknownProperties.of(KnownProperties.of(PluginXml.read()));
        Properties user = new Properties();
        user.setProperty("db.ur", "jdbc:sqlite:x.db");
        user.setProperty("db.URL", "jdbc:sqlite:x.db");
        user.setProperty("db.url", "jdbc:sqlite:x.db");
        user.setProperty("other.thing", "1");
        Properties pom = new Properties();
        pom.setProperty("db.histroyTable", "h");
        pom.setProperty("db.hostname", "localhost");
        pom.setProperty("db.skip", "false");
        Properties system = new Properties();
        system.setProperty("db.ur", "jdbc:sqlite:x.db");   // -D sets both; the command line is named
        system.setProperty("db.dryrun", "true");
        List<UnknownProperties.Unknown> found = unknown.find(user, system, pom);
        assertEquals(List.of("db.URL", "db.dryrun", "db.histroyTable", "db.hostname", "db.ur"),
                found.stream().map(UnknownProperties.Unknown::name).toList());
        assertEquals("Unknown property db.URL; did you mean db.url? It is set on the command line (-Ddb.URL) and no Cairn goal reads it.",
                found.get(0).message());
        assertEquals("Unknown property db.dryrun; did you mean db.dryRun? It is set as a system property of Maven's JVM (MAVEN_OPTS)"
                + " and no Cairn goal reads it.", found.get(1).message());
        found.remove(1);
        assertEquals("db.historyTable", found.get(1).suggestion());
        assertTrue(found.get(1).message().contains("set in the POM's <properties>"), found.get(1).message());
        assertEquals(null, found.get(2).suggestion(), "db.hostname is no typo of a Cairn name");
        assertEquals("Unknown property db.hostname: it is set in the POM's <properties> and no Cairn goal reads it"
                + " (mvn db:help -Ddetail lists those they read).", found.get(2).message());
        assertEquals("db.url", found.get(3).suggestion());
        assertTrue(found.get(3).message().contains("on the command line (-Ddb.ur)"), found.get(3).message());
    }

    @Test
    void editDistance() {
        assertEquals(0, UnknownProperties.distance("db.url", "db.url"));
        assertEquals(1, UnknownProperties.distance("db.ur", "db.url"));
        assertEquals(2, UnknownProperties.distance("db.histroyTable", "db.historyTable"));
        assertEquals(3, UnknownProperties.distance("kitten", "sitting"));
        assertEquals(6, UnknownProperties.distance("", "db.url"));
    }
}
