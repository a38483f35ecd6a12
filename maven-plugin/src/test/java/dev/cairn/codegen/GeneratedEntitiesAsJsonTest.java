package dev.cairn.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated entities serialised with Jackson, as an application hands them to a web framework: the JSON holds the
 * row's columns, and no relationship is walked (issue 20: one entity ran 668 statements and failed on nesting depth),
 * even through a tree ({@code categories.parent_id}) whose relationships are loaded already.
 */
class GeneratedEntitiesAsJsonTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = """
            package com.example.app;

            import com.example.model.Category;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import dev.cairn.entity.Database;
            import dev.cairn.entity.Session;
            import java.util.ArrayList;
            import java.util.List;

            public final class JsonScenario {
                private JsonScenario() {
                }

                /** The statements run while serialising, then the JSON of a root category and of one of its children. */
                public static List<String> run(String url) throws Exception {
                    Database db = Database.open(url);
                    try (Session s = db.openSession()) {
                        Category root = new Category();
                        root.setName("root");
                        s.insert(root);
                        for (String name : List.of("a", "b")) {
                            Category child = new Category();
                            child.setName(name);
                            child.setParent(root);
                            s.insert(child);
                        }
                        s.commit();
                    }
                    List<String> ran = new ArrayList<>();
                    db.addStatementListener((sql, parameters, took) -> ran.add(sql));
                    try (Session s = db.openSession()) {
                        Category root = s.find(Category.META, 1L).orElseThrow();
                        Category child = root.getChildren().get(0);
                        child.getParent();
                        ran.clear();
                        ObjectMapper json = new ObjectMapper();
                        String rootJson = json.writeValueAsString(root);
                        String childJson = json.writeValueAsString(child);
                        List<String> out = new ArrayList<>();
                        out.add(String.valueOf(ran.size()));
                        out.add(rootJson);
                        out.add(childJson);
                        return out;
                    }
                }
            }
            """;

    @Test
    void jsonHoldsTheColumnsAndRunsNoStatement() throws Exception {
        Path migrations = Path.of(GeneratedEntitiesAsJsonTest.class.getResource("/codegen/sqlite").toURI());
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Migrator.configure().url(url).migrationsIn(migrations).backups(false, 0).log(message -> { }).build().upgrade(null, false);
        Map<String, String> sources = new LinkedHashMap<>(Fixtures.generate(Dialect.SQLITE));
        sources.put("com/example/app/JsonScenario.java", SCENARIO);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(), JavaCompilation.compile(sources, classes, "-Xlint:all", "-Werror"));
        List<?> out;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("com.example.app.JsonScenario").getMethod("run", String.class);
            out = (List<?>) run.invoke(null, url);
        }
        assertEquals("0", out.get(0), "statements run while serialising");
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> root = json.readValue((String) out.get(1), Map.class);
        Map<?, ?> child = json.readValue((String) out.get(2), Map.class);
        assertEquals(Set.of("id", "name", "parentId"), root.keySet(), out.get(1).toString());
        assertEquals("root", root.get("name"));
        assertEquals(Set.of("id", "name", "parentId"), child.keySet(), out.get(2).toString());
        assertEquals(1, child.get("parentId"));
    }
}
