package dev.cairn.entity;

import dev.cairn.entity.sample.Post;
import dev.cairn.entity.sample.Tag;
import dev.cairn.entity.sample.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {
    @TempDir
    Path dir;

    private static User user(String nickname) {
        User u = new User();
        u.setNickname(nickname);
        u.setEmail(nickname + "@example.com");
        return u;
    }

    private static Post post(User author, String body) {
        Post p = new Post();
        p.setBody(body);
        p.setUser(author);
        p.setTimestamp(LocalDateTime.of(2026, 11, 25, 9, 30, 15));
        return p;
    }

    @Test
    void insertAssignsGeneratedKeysAndCommitMakesRowsVisibleToOtherSessions() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            User john = s.insert(user("john"));
            User susan = s.insert(user("susan"));
            assertEquals(1L, john.getId());
            assertEquals(2L, susan.getId());
            s.commit();
        }
        try (Session s = db.openSession()) {
            assertEquals(List.of("john", "susan"), s.all(User.META).stream().map(User::getNickname).toList());
        }
    }

    @Test
    void closingWithoutCommitRollsBack() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            s.insert(user("john"));
        }
        try (Session s = db.openSession()) {
            assertEquals(0, s.select(User.META).count());
        }
        Long count = db.inTransaction(s -> {
            s.insert(user("ann"));
            return s.select(User.META).count();
        });
        assertEquals(1L, count);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(s -> {
            s.insert(user("bob"));
            throw new IllegalStateException("boom");
        }));
        try (Session s = db.openSession()) {
            assertEquals(List.of("ann"), s.all(User.META).stream().map(User::getNickname).toList());
        }
    }

    @Test
    void updateFindAndDelete() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            User john = s.insert(user("john"));
            john.setEmail("john@cairn.dev");
            s.update(john);
            User found = s.find(User.META, john.getId()).orElseThrow();
            assertEquals("john@cairn.dev", found.getEmail());
            assertEquals(john, found);
            assertEquals(john.hashCode(), found.hashCode());
            s.delete(found);
            assertTrue(s.find(User.META, john.getId()).isEmpty());
            EntityException gone = assertThrows(EntityException.class, () -> s.update(john));
            assertTrue(gone.getMessage().contains("it was not loaded or inserted by a session"), gone.getMessage());
        }
    }

    @Test
    void typedQueriesBindEveryValueAsAParameter() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            for (String n : List.of("ann", "bob", "carl", "dora", "o'hara")) s.insert(user(n));
            assertEquals(List.of("o'hara"), nicknames(s.select(User.META).where(User.NICKNAME.eq("o'hara"))));
            assertEquals(4, s.select(User.META).where(User.NICKNAME.ne("bob")).count());
            assertEquals(List.of("ann", "bob"), nicknames(s.select(User.META).where(User.ID.lt(3L)).orderBy(User.ID.asc())));
            assertEquals(List.of("o'hara", "dora"), nicknames(s.select(User.META).where(User.ID.gt(3L)).orderBy(User.ID.desc())));
            assertEquals(List.of("carl"), nicknames(s.select(User.META).where(User.NICKNAME.like("c%"))));
            assertEquals(List.of("ann", "dora"), nicknames(s.select(User.META).where(User.NICKNAME.in("dora", "ann", "zed")).orderBy(User.NICKNAME.asc())));
            assertEquals(0, s.select(User.META).where(User.NICKNAME.in(List.of())).count());
            assertEquals(5, s.select(User.META).where(User.MANAGER_ID.isNull()).count());
            assertEquals(List.of("ann", "o'hara"), nicknames(s.select(User.META)
                    .where(User.NICKNAME.eq("ann").or(User.NICKNAME.like("o%"))).orderBy(User.ID.asc())));
            assertEquals(List.of("bob"), nicknames(s.select(User.META)
                    .where(User.ID.gt(1L).and(User.ID.lt(3L)))));
            assertEquals(List.of("ann", "bob"), nicknames(s.select(User.META).orderBy(User.NICKNAME.asc()).limit(2)));
            assertEquals("dora", s.select(User.META).where(User.NICKNAME.eq("dora").not().not()).first().orElseThrow().getNickname());
            // a value that looks like SQL stays a value
            assertEquals(0, s.select(User.META).where(User.NICKNAME.eq("x' OR '1'='1")).count());
        }
    }

    private static List<String> nicknames(Query<User> q) {
        return q.list().stream().map(User::getNickname).toList();
    }

    @Test
    void relationshipsLoadLazilyThroughTheSession() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            User boss = s.insert(user("boss"));
            User john = user("john");
            john.setManager(boss);
            s.insert(john);
            s.insert(post(john, "hello"));
            s.insert(post(john, "again"));
            s.commit();
        }
        try (Session s = db.openSession()) {
            User john = s.select(User.META).where(User.NICKNAME.eq("john")).first().orElseThrow();
            List<Post> posts = john.getPosts();
            assertEquals(List.of("hello", "again"), posts.stream().map(Post::getBody).toList());
            assertEquals(john, posts.get(0).getUser());
            assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30, 15), posts.get(0).getTimestamp());
            assertEquals("boss", john.getManager().getNickname());
            assertEquals(List.of(john), john.getManager().getUsersAsManager());
            assertTrue(john.isAttached());
        }
    }

    @Test
    void sqliteDatesAreStoredAsReadableText() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            s.insert(post(s.insert(user("john")), "hello"));
            try (PreparedStatement p = s.connection().prepareStatement("SELECT timestamp FROM posts");
                 ResultSet r = p.executeQuery()) {
                r.next();
                assertEquals("2026-11-25 09:30:15", r.getString(1));
            }
        }
    }

    @Test
    void sqliteSessionsEnforceForeignKeys() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            Post orphan = new Post();
            orphan.setBody("nobody wrote this");
            orphan.setUserId(42L);
            EntityException e = assertThrows(EntityException.class, () -> s.insert(orphan));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
    }

    @Test
    void detachedEntitiesSayWhyTheirRelationsCannotLoad() throws Exception {
        Database db = SampleDatabase.at(dir);
        User john;
        try (Session s = db.openSession()) {
            john = s.insert(user("john"));
        }
        assertFalse(john.isAttached());
        DetachedEntityException closed = assertThrows(DetachedEntityException.class, john::getPosts);
        assertTrue(closed.getMessage().contains("User.posts loads through the session that loaded this User, and that session is closed"),
                closed.getMessage());
        DetachedEntityException fresh = assertThrows(DetachedEntityException.class, () -> user("new").getPosts());
        assertTrue(fresh.getMessage().contains("it was made with new and not inserted"), fresh.getMessage());
    }

    @Test
    void manyToManyThroughAJoinTable() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            User john = s.insert(user("john"));
            Post hello = s.insert(post(john, "hello"));
            Tag news = new Tag();
            news.setName("news");
            Tag fun = new Tag();
            fun.setName("fun");
            s.insert(news);
            s.insert(fun);
            hello.addTag(news);
            hello.addTag(fun);
            assertEquals(List.of("news", "fun"), hello.getTags().stream().map(Tag::getName).toList());
            hello.removeTag(news);
            assertEquals(List.of("fun"), hello.getTags().stream().map(Tag::getName).toList());
        }
    }

    @Test
    void databaseErrorsQuoteTheStatement() throws Exception {
        Database db = SampleDatabase.at(dir);
        try (Session s = db.openSession()) {
            s.insert(user("john"));
            EntityException e = assertThrows(EntityException.class, () -> s.insert(user("john")));
            assertTrue(e.getMessage().contains("INSERT INTO users (nickname, email, manager_id) VALUES (?, ?, ?)"), e.getMessage());
            assertNotNull(e.getCause());
        }
    }

    @Test
    void versionCheckFailsFastWithAClearMessage() throws Exception {
        Database db = SampleDatabase.upgraded(dir, 1);
        assertEquals(1, db.schemaVersion());
        assertEquals(db, db.requireVersion(1));
        SchemaVersionMismatch behind = assertThrows(SchemaVersionMismatch.class, () -> db.requireVersion(2));
        assertTrue(behind.getMessage().endsWith("is at schema version 1, but the entity classes were generated from version 2; "
                + "upgrade the database (mvn db:upgrade, or Migrator.upgrade at start-up)"), behind.getMessage());
        SchemaVersionMismatch ahead = assertThrows(SchemaVersionMismatch.class, () -> db.requireVersion(0));
        assertTrue(ahead.getMessage().contains("regenerate the entity classes"), ahead.getMessage());
        assertEquals(0, Database.open("jdbc:sqlite:" + dir.resolve("empty.db")).schemaVersion());
    }
}
