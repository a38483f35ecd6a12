package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests: the sources generated from the SQLite fixture equal the files under src/test/resources/golden/.
 * After an intended change, regenerate them with {@code -Dgolden.update=true} and review the diff.
 */
class GeneratedSourceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/sqlite");

    @TempDir
    Path out;

    @Test
    void sqliteFixtureMatchesTheGoldenFiles() throws IOException {
        Map<String, String> files = Fixtures.generate(Dialect.SQLITE);
        if (Boolean.getBoolean("golden.update")) {
            GeneratedSources.write(GOLDEN, files);
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                golden.put(GOLDEN.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(golden.keySet(), files.keySet());
        for (String path : files.keySet()) assertEquals(golden.get(path), files.get(path), path);
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(Fixtures.generate(Dialect.SQLITE), Fixtures.generate(Dialect.SQLITE));
        assertEquals(Fixtures.generate(Dialect.POSTGRESQL), Fixtures.generate(Dialect.POSTGRESQL));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MYSQL"})
    void generatedCodeCompilesWithAllLintWarningsAsErrors(Dialect dialect) throws IOException {
        List<String> problems = JavaCompilation.compile(Fixtures.generate(dialect), out, "-Xlint:all", "-Werror");
        assertEquals(List.of(), problems);
    }

    @Test
    void relationshipsOfTheSqliteFixture() {
        Map<String, String> files = Fixtures.generate(Dialect.SQLITE);
        String user = Fixtures.file(files, "User");
        for (String method : List.of("public List<Post> getPosts()", "public User getManager()", "public void setManager(User user)",
                "public List<User> getUsersAsManager()", "public List<Message> getMessagesAsSender()",
                "public List<Message> getMessagesAsRecipient()", "public Profile getProfile()",
                "public List<Membership> getMemberships()")) {
            assertTrue(user.contains(method), method + " in\n" + user);
        }
        String message = Fixtures.file(files, "Message");
        assertTrue(message.contains("public User getSender()"), message);
        assertTrue(message.contains("public User getRecipient()"), message);
        assertTrue(message.contains("public String getClassValue()"), message);
        String post = Fixtures.file(files, "Post");
        assertTrue(post.contains("public List<Tag> getTags()") && post.contains("public void addTag(Tag tag)")
                && post.contains("public void removeTag(Tag tag)"), post);
        assertTrue(Fixtures.file(files, "Tag").contains("public List<Post> getPosts()"));
        assertTrue(!files.containsKey("com/example/model/PostTag.java"), "a pure join table gets no class");
        String shipment = Fixtures.file(files, "Shipment");
        assertTrue(shipment.contains("public OrderLine getOrderLine()"), shipment);
        assertTrue(Fixtures.file(files, "OrderLine").contains("public List<Shipment> getShipments()"));
        assertTrue(Fixtures.file(files, "Category").contains("public List<Category> getCategoriesAsParent()"));
        assertTrue(Fixtures.file(files, "Membership").contains("public Category getCategory()"));
    }

    @Test
    void javadocComesFromCommentsAndTheCreatingMigration() {
        String person = Fixtures.file(Fixtures.generate(Dialect.POSTGRESQL), "Person");
        assertTrue(person.contains("Everyone we know."), person);
        assertTrue(person.contains("Table {@code people}, created by migration 1 ({@code db/migrations/001_types.sql})."), person);
        assertTrue(person.contains("Stable id shared with &lt;other&gt; systems &amp; tools."), person);
        String user = Fixtures.file(Fixtures.generate(Dialect.SQLITE), "User");
        assertTrue(user.contains("Column {@code last_seen timestamp}, added by migration 2 ({@code db/migrations/002_tags_messages.sql})."), user);
    }

    @Test
    void postgresTypes() {
        Map<String, String> files = Fixtures.generate(Dialect.POSTGRESQL);
        String person = Fixtures.file(files, "Person");
        for (String field : List.of("private Long id;", "private UUID uid;", "private String settings;", "private OffsetDateTime seenAt;",
                "private BigDecimal balance;", "private String[] nicknames;", "private Integer[] lucky;", "private Mood currentMood;",
                "private Short age;", "private Float height;", "private Double weight;", "private boolean active;",
                "private byte[] photo;", "private LocalDate created;", "private LocalTime wakeUp;")) {
            assertTrue(person.contains(field), field + " in\n" + person);
        }
        String mood = Fixtures.file(files, "Mood");
        assertTrue(mood.contains("HAPPY(\"happy\"), SO_SO(\"so-so\"), SAD(\"sad\")"), mood);
        assertTrue(person.contains("ValueTypes.enumLabel(Mood::label, Mood::fromLabel, true)"), person);
        assertTrue(Fixtures.file(files, "Status").contains("private Long personId;"), "foreign keys take the referenced key's type");
    }

    @Test
    void mysqlTypes() {
        Map<String, String> files = Fixtures.generate(Dialect.MYSQL);
        String campus = Fixtures.file(files, "Campus");
        for (String field : List.of("private Long id;", "private boolean open;", "private CampusKind kind;", "private BigInteger students;",
                "private Short rankNo;", "private LocalDateTime opened;")) {
            assertTrue(campus.contains(field), field + " in\n" + campus);
        }
        assertTrue(Fixtures.file(files, "CampusKind").contains("MAIN(\"main\"), SATELLITE(\"satellite\"), ONLINE(\"online\")"));
        assertTrue(Fixtures.file(files, "News").contains("private Long campusId;"));
        assertTrue(campus.contains("public List<News> getNews()"), campus);
        Fixtures.file(files, "Series");
        Fixtures.file(files, "Data");
    }
}
