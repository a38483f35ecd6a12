package dev.cairn.maven;

import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The m2e mapping names every goal of plugin.xml once: generate-models runs on incremental builds, the others are ignored. */
class M2eLifecycleMappingTest {
    @Test
    void everyGoalIsMappedAndOnlyGenerateModelsRunsInTheIde() throws Exception {
        Map<String, String> action = new HashMap<>();
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is not in the plugin");
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList executions = doc.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element e = (Element) executions.item(i);
            Element act = (Element) e.getElementsByTagName("action").item(0);
            Element first = (Element) act.getElementsByTagName("*").item(0);
            String what = first.getTagName();
            if (what.equals("execute")) what += ":runOnIncremental=" + first.getElementsByTagName("runOnIncremental").item(0).getTextContent().trim();
            NodeList goals = e.getElementsByTagName("goal");
            for (int g = 0; g < goals.getLength(); g++) {
                String previous = action.put(goals.item(g).getTextContent().trim(), what);
                assertEquals(null, previous, "goal mapped twice: " + goals.item(g).getTextContent());
            }
        }
        Set<String> pluginGoals = new TreeSet<>();
        for (MojoDescriptor m : PluginXml.read().getMojos()) pluginGoals.add(m.getGoal());
        assertEquals(pluginGoals, new TreeSet<>(action.keySet()));
        pluginGoals.forEach(g -> assertEquals(g.equals("generate-models") ? "execute:runOnIncremental=true" : "ignore", action.get(g), g));
    }
}
