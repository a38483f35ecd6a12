package dev.cairn.examples.microblog;

import dev.cairn.entity.Database;
import dev.cairn.entity.OptimisticLockException;
import dev.cairn.entity.Session;
import dev.cairn.examples.microblog.model.Models;
import dev.cairn.examples.microblog.model.Post;
import dev.cairn.examples.microblog.model.User;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Upserts a user, writes posts for them in one batch, lists users with their posts (an include: 2 statements, whatever
 * the number of users), pages through the posts by keyset, counts posts per user, queries through a join and a
 * relationship's exists, and shows optimistic locking refusing a lost update, with the classes db:generate-models made.
 */
public final class Microblog {
    private Microblog() {
    }

    public static void main(String[] args) {
        Database db = Models.open(args[0]); // fails fast unless the database is at the version the classes come from
        try (Session session = db.openSession()) {
            // inserted on the first run, updated on the next ones (nickname is unique); the row, its id too, is read back
            User john = new User();
            john.setNickname("john");
            john.setEmail("john@example.com");
            session.upsert(john, User.NICKNAME);
            int written = john.getPosts().size();
            List<Post> batch = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Post post = new Post();
                post.setBody("post number " + (written + i));
                post.setTimestamp(LocalDateTime.now().withNano(0));
                post.setUser(john);
                batch.add(post);
            }
            session.insertAll(batch); // one JDBC batch; the generated ids are read back
            session.commit();

            // every user with their posts: 2 statements, not one per user
            for (User user : session.select(User.META).orderBy(User.ID.asc()).with(User.POSTS).list()) {
                System.out.println(user.getNickname() + " <" + user.getEmail() + "> " + user.getPosts().size() + " posts");
            }

            // keyset pagination: each page starts after the last row of the one before, newest first
            List<Post> page = session.select(Post.META).orderBy(Post.ID.desc()).limit(2).list();
            for (int number = 1; !page.isEmpty() && number <= 2; number++) {
                System.out.println("page " + number + ": " + page.stream().map(Post::getBody).toList());
                page = session.select(Post.META).orderBy(Post.ID.desc()).after(page.get(page.size() - 1)).limit(2).list();
            }

            // the database counts: posts per user through a left join and a group by, one statement
            session.select(User.META).leftJoin(User.POSTS).groupBy(User.NICKNAME).orderBy(User.NICKNAME.asc())
                    .select(User.NICKNAME, Post.ID.count())
                    .list(row -> row.get(User.NICKNAME) + " has written " + row.get(Post.ID.count()))
                    .forEach(System.out::println);
            // a join (conditions on the joined table), and a relationship's exists (users with a matching post)
            System.out.println("posts by users named j…: " + session.select(Post.META).join(Post.USER).where(User.NICKNAME.like("j%")).count());
            System.out.println("wrote about number 2: " + session.select(User.META)
                    .where(User.POSTS.exists(Post.BODY.eq("post number 2"))).values(User.NICKNAME));
        }

        // optimistic locking: two sessions edit one post; the second update finds its version gone and nothing is lost
        try (Session alice = db.openSession(); Session bob = db.openSession()) {
            Post first = alice.select(Post.META).orderBy(Post.ID.asc()).first().orElseThrow();
            Post same = bob.find(Post.META, first.getId()).orElseThrow();
            alice.commit();
            bob.commit();
            first.setBody(first.getBody() + " (edited)");
            alice.update(first);
            alice.commit();
            same.setBody(same.getBody() + " (edited elsewhere)");
            try {
                bob.update(same);
            } catch (OptimisticLockException e) {
                System.out.println("lost update refused: " + e.getMessage());
            }
        }
    }
}
