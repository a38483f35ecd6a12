package dev.cairn.maven;

import dev.cairn.db_maven_plugin.HelpMojo;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.TransactionScope;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code mvn db:help -Ddetail} prints (the HelpMojo maven-plugin-plugin generates from the mojos) holds every goal
 * and parameter of plugin.xml, and its claims are true: the goals named in the plugin's description, each goal's
 * default phase, the upgrade's transaction.
 */
class HelpOutputTest {
    private static String help;
    private static PluginDescriptor plugin;

    @BeforeAll
    static void runHelp() throws Exception {
        plugin = PluginXml.read();
        HelpMojo mojo = new HelpMojo();
        set(mojo, "detail", true);
        set(mojo, "lineLength", 100_000);   // one line per paragraph, so a sentence is never cut
        set(mojo, "indentSize", 2);
        StringBuilder out = new StringBuilder();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                out.append(content).append('\n');
            }
        });
        mojo.execute();
        help = out.toString();
    }

    @Test
    void everyGoalAndEditableParameterOfPluginXmlIsListed() {
        List<MojoDescriptor> mojos = plugin.getMojos();
        assertTrue(help.contains("This plugin has " + mojos.size() + " goals:"), help);
        for (MojoDescriptor mojo : mojos) {
            String section = section(mojo.getGoal());
            for (String line : mojo.getDescription().split("\n")) {
                assertTrue(section.contains("\n  " + line.strip() + "\n"), "db:" + mojo.getGoal() + " description:\n" + section);
            }
            for (Parameter p : mojo.getParameters()) {
                if (!p.isEditable()) continue;
                assertTrue(section.contains("\n    " + p.getName() + "\n") || section.contains("\n    " + p.getName() + " (Default: "),
                        "db:" + mojo.getGoal() + " lists no " + p.getName() + ":\n" + section);
                if (p.getExpression() != null && p.getExpression().startsWith("${")) {
                    String property = p.getExpression().substring(2, p.getExpression().length() - 1);
                    assertTrue(section.contains("User property: " + property + "\n"), "db:" + mojo.getGoal() + " " + property);
                }
            }
        }
    }

    @Test
    void thePluginDescriptionNamesEveryGoal() {
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getGoal().equals("help")) continue;
            assertTrue(plugin.getDescription().contains("db:" + mojo.getGoal()), "plugin description lacks db:" + mojo.getGoal());
        }
        assertTrue(help.contains(plugin.getDescription()));
    }

    /** HelpMojo prints no phase, so each goal's description states its own; checked against plugin.xml's phase. */
    @Test
    void eachGoalStatesItsDefaultPhase() {
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getGoal().equals("help")) continue;
            String expected = mojo.getPhase() == null ? "No default phase" : "Default phase: " + mojo.getPhase();
            assertTrue(mojo.getDescription().matches("(?s).*" + expected + "[ .:].*"), "db:" + mojo.getGoal() + " should say '" + expected + "': " + mojo.getDescription());
        }
        assertEquals("pre-integration-test", plugin.getMojo("upgrade").getPhase());
        assertEquals("validate", plugin.getMojo("validate").getPhase());
        assertEquals("generate-sources", plugin.getMojo("generate-models").getPhase());
    }

    /** The upgrade's description says what the default db.transaction does, and that is the migrator's own default. */
    @Test
    void theUpgradeTransactionSentenceMatchesTheDefault() {
        Parameter transaction = plugin.getMojo("upgrade").getParameterMap().get("transaction");
        TransactionScope byDefault = TransactionScope.named(transaction.getDefaultValue());
        assertEquals(TransactionScope.RUN, byDefault);
        assertEquals(byDefault, Migrator.configure().url("jdbc:sqlite::memory:").migrations(List.of()).settings().transactionScope(),
                "the plugin's default is the runtime's");
        String upgrade = section("upgrade");
        assertTrue(upgrade.contains("by default all in one transaction"), upgrade);
        assertFalse(help.contains("in its own transaction"), "no goal claims one transaction per migration by default");
    }

    @Test
    void validateMentionsTheDriftCheck() {
        assertTrue(plugin.getMojo("validate").getDescription().contains("drift check"));
    }

    private static String section(String goal) {
        int from = help.indexOf("\ndb:" + goal + "\n");
        assertTrue(from >= 0, "no db:" + goal + " in\n" + help);
        int to = help.indexOf("\ndb:", from + 1);
        return help.substring(from, to < 0 ? help.length() : to);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
