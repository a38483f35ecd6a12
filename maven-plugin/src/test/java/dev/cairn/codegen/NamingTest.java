package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamingTest {

    @ParameterizedTest
    @CsvSource({"users, User", "people, Person", "categories, Category", "statuses, Status", "status, Status", "news, News",
            "series, Series", "data, Data", "campus, Campus", "campuses, Campus", "addresses, Address", "boxes, Box",
            "children, Child", "blog_posts, BlogPost", "BlogEntries, BlogEntry", "analyses, Analysis", "movies, Movie",
            "order_lines, OrderLine", "species, Species", "buses, Bus", "classes, Class", "videos, Video", "quizzes, Quiz",
            "wolves, Wolf", "user, User", "post_tags, PostTag", "indices, Index", "matrices, Matrix", "photos, Photo"})
    void classNamesAreSingular(String table, String className) {
        assertEquals(className, ClassNames.className(table));
    }

    @ParameterizedTest
    @CsvSource({"Person, people", "Category, categories", "Status, statuses", "News, news", "Series, series", "Data, data",
            "Campus, campuses", "Post, posts", "Box, boxes", "BlogPost, blogPosts", "Child, children"})
    void collectionNamesArePlural(String className, String collection) {
        assertEquals(collection, ClassNames.collectionName(className));
    }

    @Test
    void keywordsAndRuntimeMethodsGetAValueSuffix() {
        Map<String, String> files = generate("CREATE TABLE things (id INTEGER PRIMARY KEY, \"class\" TEXT, \"default\" TEXT, attached TEXT, "
                + "entity_type TEXT);");
        String thing = Fixtures.file(files, "Thing");
        assertTrue(thing.contains("public String getClassValue()"), thing);
        assertTrue(thing.contains("public String getDefaultValue()"), thing);
        assertTrue(thing.contains("public String getAttached()"), thing);
        assertTrue(thing.contains("public String getEntityType()"), thing);
    }

    @Test
    void twoColumnsWithOneFieldNameFailWithWhatToConfigure() {
        ModelProblem p = assertThrows(ModelProblem.class, () -> generate("CREATE TABLE t (id INTEGER PRIMARY KEY, user_id INTEGER, \"userId\" INTEGER);"));
        assertEquals("Columns t.user_id and t.userId both become field userId of T; configure "
                + "<fieldNames><t.userId>someName</t.userId></fieldNames>", p.getMessage());
    }

    @Test
    void twoTablesWithOneClassNameFailWithWhatToConfigure() {
        ModelProblem p = assertThrows(ModelProblem.class, () -> generate("CREATE TABLE person (id INTEGER PRIMARY KEY);"
                + "CREATE TABLE people (id INTEGER PRIMARY KEY);"));
        assertEquals("Tables people and person both become class Person; configure <classNames><person>SomeName</person></classNames>",
                p.getMessage());
    }

    @Test
    void aRelationThatHidesAColumnFailsWithWhatToConfigure() {
        ModelProblem p = assertThrows(ModelProblem.class, () -> generate("CREATE TABLE users (id INTEGER PRIMARY KEY);"
                + "CREATE TABLE posts (id INTEGER PRIMARY KEY, \"user\" TEXT, user_id INTEGER REFERENCES users (id));"));
        assertTrue(p.getMessage().startsWith("Post.getUser() would be generated for both column posts.user and the relation "
                + "posts (user_id) → users (id); configure <relationNames><posts.user_id>someName</posts.user_id></relationNames>"),
                p.getMessage());
    }

    @Test
    void aTableNamedLikeAGeneratedClassFails() {
        ModelProblem p = assertThrows(ModelProblem.class, () -> generate("CREATE TABLE objects (id INTEGER PRIMARY KEY);"));
        assertTrue(p.getMessage().contains("configure <classNames><objects>SomeName</objects></classNames>"), p.getMessage());
    }

    @Test
    void overridesRenameClassesFieldsAndRelations() {
        GeneratorOptions options = new GeneratorOptions(Fixtures.PACKAGE, Dialect.SQLITE, Map.of("users", "Member"),
                Map.of("users.nickname", "handle"), Map.of("posts.user_id", "author", "posts.user_id.inverse", "writings"),
                Map.of("posts.created", "String"));
        Map<String, String> files = new ModelGenerator(options).generate(migrations("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT);"
                + "CREATE TABLE posts (id INTEGER PRIMARY KEY, created DATETIME, user_id INTEGER REFERENCES users (id));"), null);
        String member = Fixtures.file(files, "Member");
        assertTrue(member.contains("public String getHandle()") && member.contains("public List<Post> getWritings()"), member);
        String post = Fixtures.file(files, "Post");
        assertTrue(post.contains("public Member getAuthor()") && post.contains("private String created;"), post);
    }

    @Test
    void anUnknownJavaTypeOverrideListsTheKnownOnes() {
        GeneratorOptions options = new GeneratorOptions(Fixtures.PACKAGE, Dialect.SQLITE, Map.of(), Map.of(), Map.of(),
                Map.of("t.x", "java.awt.Color"));
        ModelProblem p = assertThrows(ModelProblem.class, () -> new ModelGenerator(options)
                .generate(migrations("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT);"), null));
        assertTrue(p.getMessage().startsWith("javaTypes t.x: unsupported Java type java.awt.Color; use one of "), p.getMessage());
    }

    @Test
    void withClashesInManyTablesTheFirstTableByNameIsReportedEveryTime() {
        // the planner reads the tables on every core: the error must still be the one a loop over the tables meets first
        StringBuilder sql = new StringBuilder();
        for (int i = 139; i >= 100; i--) sql.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY, user_name TEXT, userName TEXT);\n");
        for (int run = 0; run < 5; run++) {
            ModelProblem p = assertThrows(ModelProblem.class, () -> generate(sql.toString()));
            assertTrue(p.getMessage().startsWith("Columns t100.user_name and t100.userName both become field userName of T100;"),
                    p.getMessage());
        }
    }

    private static Map<String, String> generate(String sql) {
        return new ModelGenerator(GeneratorOptions.defaults(Fixtures.PACKAGE, Dialect.SQLITE)).generate(migrations(sql), null);
    }

    private static List<MigrationFile> migrations(String sql) {
        return List.of(MigrationFile.parse(1, "test", "001_test.sql", sql));
    }
}
