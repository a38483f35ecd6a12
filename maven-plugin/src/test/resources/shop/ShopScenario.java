package com.example.model;

import dev.cairn.entity.Database;
import dev.cairn.entity.EntityException;
import dev.cairn.entity.OptimisticLockException;
import dev.cairn.entity.Session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Issue 20's defects on generated classes, the same on every engine; returns what it saw. */
public final class ShopScenario implements Function<Database, List<String>> {
    private final List<String> out = new ArrayList<>();

    @Override
    public List<String> apply(Database db) {
        List<String> ran = new ArrayList<>();
        db.addStatementListener((sql, parameters, took) -> ran.add(sql));
        try (Session s = db.openSession()) {
            Post orphan = new Post();
            orphan.setBody("nobody's");
            out.add("required: " + message(() -> s.insert(orphan)));
            out.add("unsaved user: " + message(() -> orphan.setUser(new User())));
            out.add("unsaved editor: " + message(() -> orphan.setEditor(new User())));
            out.add("computed setter public: " + List.of(User.class.getMethods()).stream().anyMatch(m -> m.getName().equals("setNameLength")));

            User ann = new User();
            ann.setName("Ann");
            s.insert(ann);
            out.add("insert Ann: lang=" + ann.getLang() + " coupon=" + ann.getCoupon() + " nameLength=" + ann.getNameLength()
                    + " version=" + ann.getVersion());
            User bob = new User();
            bob.setName("Bob");
            bob.setCoupon(null);
            s.insert(bob);
            User carl = new User();
            carl.setName("Carl");
            Set<User> users = new HashSet<>(Set.of(carl));
            int hash = carl.hashCode();
            s.insert(carl);
            out.add("new user in a set, inserted: found=" + users.contains(carl) + " same hash=" + (hash == carl.hashCode())
                    + " two new users equal=" + new User().equals(new User()));
            ann.setName("Annabel");
            s.update(ann);
            out.add("update Ann: coupon=" + ann.getCoupon() + " nameLength=" + ann.getNameLength() + " version=" + ann.getVersion());
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Post p = new Post();
                p.setBody("post " + i);
                p.setUser(i % 2 == 0 ? ann : bob);
                posts.add(p);
            }
            s.insertAll(posts);
            s.commit();
        }
        try (Session s = db.openSession()) {
            ran.clear();
            int posts = 0;
            for (User u : s.select(User.META).orderBy(User.ID.asc()).with(User.POSTS_AS_USER).list()) {
                posts += u.getPostsAsUser().size();
                for (Post p : u.getPostsAsUser()) if (p.getUser() != u) throw new AssertionError("two instances of one row");
            }
            out.add("include: " + posts + " posts in " + ran.size() + " statements");
            User bob = s.find(User.META, 2).orElseThrow();
            out.add("Bob: coupon=" + bob.getCoupon() + " find by int key=" + bob.getName());
            out.add("find by text key: " + message(() -> s.find(User.META, "2")));
            out.add("key change: " + message(() -> bob.setId(5L)));
            s.commit();
        }
        try (Session a = db.openSession(); Session b = db.openSession()) {
            User ua = a.find(User.META, 1L).orElseThrow();
            User ub = b.find(User.META, 1L).orElseThrow();
            a.commit();
            b.commit();
            ua.setLang("de");
            a.update(ua);
            a.commit();
            ub.setCoupon("SPRING");
            out.add("lost update: " + message(() -> b.update(ub)).replaceAll(":.*", ""));
        }
        return out;
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return "nothing thrown";
        } catch (OptimisticLockException e) {
            return "OptimisticLockException: " + e.getMessage();
        } catch (EntityException | IllegalArgumentException | IllegalStateException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
