package it.cairn;

import dev.cairn.entity.Database;
import dev.cairn.entity.DetachedEntityException;
import dev.cairn.entity.Session;
import it.cairn.model.Message;
import it.cairn.model.Models;
import it.cairn.model.Post;
import it.cairn.model.Tag;
import it.cairn.model.User;

import java.time.LocalDateTime;
import java.util.List;

/** The seed's session, played with the generated classes; verify.groovy checks what it prints. */
public final class Blog {
    private Blog() {
    }

    public static void main(String[] args) {
        Database db = Models.open(args[0]);
        System.out.println("schema version " + Models.SCHEMA_VERSION);
        User john;
        try (Session s = db.openSession()) {
            john = s.insert(user("john"));
            User susan = user("susan");
            susan.setManager(john);
            s.insert(susan);
            Post first = s.insert(post(john, "my first post!", 1));
            s.insert(post(susan, "hello from susan", 2));
            s.insert(post(john, "john again", 3));
            Tag news = new Tag();
            news.setName("news");
            s.insert(news);
            first.addTag(news);
            Message m = new Message();
            m.setSender(john);
            m.setRecipient(susan);
            m.setText("lunch?");
            s.insert(m);
            s.commit();
        }
        try (Session s = db.openSession()) {
            for (User u : s.all(User.META)) System.out.println("user " + u.getId() + " " + u.getNickname());
            User j = s.select(User.META).where(User.NICKNAME.eq("john")).first().orElseThrow();
            for (Post p : j.getPosts()) System.out.println("john wrote: " + p.getBody() + " (by " + p.getUser().getNickname() + ")");
            User susan = s.select(User.META).where(User.NICKNAME.eq("susan")).first().orElseThrow();
            System.out.println("susan's manager: " + susan.getManager().getNickname());
            System.out.println("john manages: " + names(j.getUsersAsManager()));
            Post first = j.getPosts().get(0);
            System.out.println("tags of first post: " + first.getTags().stream().map(Tag::getName).toList());
            Tag news = s.select(User.META).count() > 0 ? s.select(Tag.META).where(Tag.NAME.eq("news")).first().orElseThrow() : null;
            System.out.println("posts tagged news: " + news.getPosts().stream().map(Post::getBody).toList());
            Message m = j.getMessagesAsSender().get(0);
            System.out.println("message from " + m.getSender().getNickname() + " to " + m.getRecipient().getNickname() + ": " + m.getText());
            System.out.println("susan received " + susan.getMessagesAsRecipient().size() + " message(s)");
            System.out.println("posts like '%john%' or by susan: " + s.select(Post.META)
                    .where(Post.BODY.like("%john%").or(Post.USER_ID.eq(susan.getId()))).orderBy(Post.ID.asc()).list().stream()
                    .map(Post::getBody).toList());
            System.out.println("posts after the first, newest first, at most 1: " + s.select(Post.META).where(Post.ID.gt(first.getId()))
                    .orderBy(Post.TIMESTAMP.desc()).limit(1).list().stream().map(Post::getBody).toList());
            s.delete(j.getPosts().get(1));
            System.out.println("posts left: " + s.select(Post.META).count());
            System.out.println(first);
            s.commit();
        }
        try {
            john.getPosts();
        } catch (DetachedEntityException e) {
            System.out.println("detached: " + e.getMessage());
        }
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::getNickname).toList();
    }

    private static User user(String nickname) {
        User u = new User();
        u.setNickname(nickname);
        u.setEmail(nickname + "@example.com");
        return u;
    }

    private static Post post(User author, String body, int minute) {
        Post p = new Post();
        p.setBody(body);
        p.setUser(author);
        p.setTimestamp(LocalDateTime.of(2026, 11, 25, 9, minute));
        return p;
    }
}
