package dev.cairn.examples.microblog;

import dev.cairn.entity.Database;
import dev.cairn.entity.Session;
import dev.cairn.examples.microblog.model.Models;
import dev.cairn.examples.microblog.model.Post;
import dev.cairn.examples.microblog.model.User;

import java.time.LocalDateTime;

/** Writes a post for a user, then lists users and their posts, with the classes db:generate-models made. */
public final class Microblog {
    private Microblog() {
    }

    public static void main(String[] args) {
        Database db = Models.open(args[0]); // fails fast unless the database is at the version the classes come from
        try (Session session = db.openSession()) {
            User john = session.select(User.META).where(User.NICKNAME.eq("john")).first().orElseGet(() -> {
                User u = new User();
                u.setNickname("john");
                u.setEmail("john@example.com");
                return session.insert(u);
            });
            Post post = new Post();
            post.setBody("post number " + (john.getPosts().size() + 1));
            post.setTimestamp(LocalDateTime.now().withNano(0));
            post.setUser(john);
            session.insert(post);
            session.commit();

            for (User user : session.all(User.META)) {
                System.out.println(user.getNickname() + " <" + user.getEmail() + ">");
                for (Post p : user.getPosts()) System.out.println("  " + p.getTimestamp() + "  " + p.getBody());
            }
        }
    }
}
