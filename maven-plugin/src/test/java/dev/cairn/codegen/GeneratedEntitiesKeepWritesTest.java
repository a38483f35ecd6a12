package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.Database;
import dev.cairn.sql.CairnProblem;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.Migrator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20's defects on generated classes, the same transcript on SQLite, PostgreSQL and MariaDB: the migrations under
 * {@code shop/<dialect>/} are applied, the models generated from them compiled with {@code -Xlint:all -Werror} beside
 * {@code shop/ShopScenario.java}, which plays the defects: a required foreign key refused by name, unsaved targets
 * refused alike, no public setter for a computed column, defaults and computed columns read back, an explicit null
 * kept, a new entity's equality and hash unchanged by its insert, an include in 2 statements with one instance per
 * row, typed keys, fixed keys and optimistic locking.
 */
class GeneratedEntitiesKeepWritesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void defectsOfIssue20StayFixedInGeneratedClasses(Dialect dialect) throws Exception {
        assertEquals(List.of(
                "required: EntityException: posts.user_id is required: set it (or the relation it belongs to) before saving this Post",
                "unsaved user: IllegalArgumentException: Post.setUser: the User has no key yet (it is not inserted); insert it first, "
                        + "then point at it",
                "unsaved editor: IllegalArgumentException: Post.setEditor: the User has no key yet (it is not inserted); insert it first, "
                        + "then point at it",
                "computed setter public: false",
                "insert Ann: lang=en coupon=WELCOME nameLength=3 version=0",
                "new user in a set, inserted: found=true same hash=true two new users equal=false",
                "update Ann: coupon=WELCOME nameLength=7 version=1",
                "include: 10 posts in 2 statements",
                "Bob: coupon=null find by int key=Bob",
                "find by text key: IllegalArgumentException: The key column users.id holds Long values, but String 2 was given",
                "key change: IllegalStateException: The key of users row [2] is fixed once the row exists (id 2 → 5); insert a new row "
                        + "with the new key and delete this one to move it",
                "lost update: OptimisticLockException"
        ), play(dialect));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "MARIADB"})
    void generateModelsRefusesThePostgresqlTypesUpgradeRefuses(Dialect dialect) throws Exception {
        String sql = "CREATE TABLE t (id INTEGER PRIMARY KEY);\nCREATE TYPE mood AS ENUM ('happy', 'sad');\n";
        CairnProblem generation = assertThrows(CairnProblem.class, () -> new ModelGenerator(GeneratorOptions.defaults(Fixtures.PACKAGE,
                dialect)).generate(List.of(MigrationFile.parse(1, "moods", "001_moods.sql", sql)), null));
        assertTrue(generation.getMessage().startsWith("001_moods.sql:2:8: " + dialect.id() + " has no CREATE TYPE"), generation.getMessage());
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("001_moods.sql"), sql);
        ServerNamespace namespace = dialect == Dialect.SQLITE ? null : ServerNamespace.create(dialect);
        try {
            String url = namespace == null ? "jdbc:sqlite:" + dir.resolve("moods.db") : namespace.url();
            assertThrows(CairnProblem.class, () -> Migrator.configure().url(url).user(namespace == null ? null : namespace.user())
                    .migrationsIn(migrations).backups(false, 0).log(message -> { }).build().upgrade(null, false));
        } finally {
            if (namespace != null) namespace.close();
        }
    }

    private List<String> play(Dialect dialect) throws Exception {
        Path migrations = Path.of(getClass().getResource("/shop/" + dialect.id()).toURI());
        String url;
        String user;
        ServerNamespace namespace = null;
        if (dialect == Dialect.SQLITE) {
            url = "jdbc:sqlite:" + dir.resolve("shop.db");
            user = null;
        } else {
            namespace = ServerNamespace.create(dialect);
            url = namespace.url();
            user = namespace.user();
        }
        try {
            Migrator.configure().url(url).user(user).migrationsIn(migrations).backups(false, 0).log(message -> { }).build()
                    .upgrade(null, false);
            Map<String, String> sources = new LinkedHashMap<>(new ModelGenerator(GeneratorOptions.defaults(Fixtures.PACKAGE, dialect))
                    .generate(MigrationDirectory.load(migrations, "db/migrations/"), null));
            Path scenario = Path.of(getClass().getResource("/shop/ShopScenario.java").toURI());
            sources.put(Fixtures.PACKAGE.replace('.', '/') + "/ShopScenario.java", Files.readString(scenario));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            assertEquals(List.of(), JavaCompilation.compile(sources, classes, "-Xlint:all", "-Werror"));
            try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
                @SuppressWarnings("unchecked")
                Function<Database, List<String>> play = (Function<Database, List<String>>) loader
                        .loadClass(Fixtures.PACKAGE + ".ShopScenario").getDeclaredConstructor().newInstance();
                return play.apply(user == null ? Database.open(url) : Database.open(url, user, ""));
            }
        } finally {
            if (namespace != null) namespace.close();
        }
    }
}
