package com.example.model;

import dev.cairn.entity.Database;
import dev.cairn.entity.DetachedEntityException;
import dev.cairn.entity.Session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The entity session on MariaDB, over the models generated from sessions/mariadb; returns what it saw. */
public final class MariaDbScenario implements Function<Database, List<String>> {
    private static final BigInteger HUGE = new BigInteger("18446744073709551615");
    private final List<String> out = new ArrayList<>();

    @Override
    public List<String> apply(Database db) {
        db.requireVersion(Models.SCHEMA_VERSION);
        long mainId;
        try (Session s = db.openSession()) {
            Campus main = new Campus();
            main.setName("Main");
            main.setKind(CampusKind.MAIN);
            main.setStudents(HUGE);
            main.setRankNo((short) 255);
            main.setBudget(new BigDecimal("123456789012.34"));
            main.setOpened(LocalDateTime.of(2026, 11, 25, 9, 30, 15));
            main.setFounded(LocalDate.of(1890, 1, 1));
            main.setSettings("{\"colour\": \"blue\"}");
            s.insert(main);
            out.add("insert Main: id=" + main.getId() + " open=" + main.getOpen() + " nameLength=" + main.getNameLength());
            Campus north = new Campus();
            north.setName("North");
            north.setKind(CampusKind.SATELLITE);
            north.setOpen(false);
            north.setParent(main);
            s.insert(north);
            out.add("insert North: id=" + north.getId() + " parentId=" + north.getParentId());
            News news = new News();
            news.setCampus(north);
            news.setTitle("Opened");
            s.insert(news);
            out.add("insert news: id=" + news.getId());
            Course sql = new Course();
            sql.setTitle("SQL");
            s.insert(sql);
            Course java = new Course();
            java.setTitle("Java");
            s.insert(java);
            main.addCourse(sql);
            main.addCourse(java);
            north.addCourse(sql);
            s.commit();
            mainId = main.getId();
        }

        try (Session s = db.openSession()) {
            Campus main = s.find(Campus.META, mainId).orElseThrow();
            out.add("find Main: " + describe(main));
            Campus north = main.getChildren().get(0);
            out.add("North: " + describe(north) + " parent=" + north.getParent().getName() + " news="
                    + north.getNews().stream().map(News::getTitle).toList());
            out.add("courses: Main=" + titles(main.getCourses()) + " North=" + titles(north.getCourses())
                    + " SQL's campuses=" + names(s.select(Course.META).where(Course.TITLE.eq("SQL")).first().orElseThrow().getCampuses()));
            out.add("query kind=satellite: " + names(s.select(Campus.META).where(Campus.KIND.eq(CampusKind.SATELLITE)).list()));
            out.add("query open=true: " + names(s.select(Campus.META).where(Campus.OPEN.eq(true)).list()));
            out.add("query students=2^64-1: " + names(s.select(Campus.META).where(Campus.STUDENTS.eq(HUGE)).list()));
            out.add("query rank>200 or parent null: " + names(s.select(Campus.META)
                    .where(Campus.RANK_NO.gt((short) 200).or(Campus.PARENT_ID.isNull())).list()));
            out.add("order by name desc, limit 1: " + names(s.select(Campus.META).orderBy(Campus.NAME.desc()).limit(1).list())
                    + ", count like '%o%': " + s.select(Campus.META).where(Campus.NAME.like("%o%")).count());

            north.setName("Northern");
            north.setKind(CampusKind.ONLINE);
            north.setOpen(true);
            s.update(north);
            main.removeCourse(s.select(Course.META).where(Course.TITLE.eq("Java")).first().orElseThrow());
            s.commit();
            out.add("after update: " + describe(s.select(Campus.META).where(Campus.NAME.eq("Northern")).first().orElseThrow())
                    + " Main's courses=" + titles(main.getCourses()));
            News news = north.getNews().get(0);
            s.delete(news);
            s.rollback();
            out.add("delete rolled back: news=" + s.select(News.META).count());
            s.delete(news);
            s.commit();
            out.add("delete committed: news=" + s.select(News.META).count());
        }

        Campus detached;
        try (Session s = db.openSession()) {
            detached = s.find(Campus.META, mainId).orElseThrow();
        }
        try {
            detached.getNews();
            out.add("detached: loaded");
        } catch (DetachedEntityException e) {
            out.add("detached: " + e.getClass().getSimpleName());
        }
        return out;
    }

    private static String describe(Campus c) {
        return c.getName() + " open=" + c.getOpen() + " kind=" + c.getKind() + " students=" + c.getStudents() + " rank=" + c.getRankNo()
                + " budget=" + c.getBudget() + " opened=" + c.getOpened() + " founded=" + c.getFounded()
                + " settings=" + c.getSettings() + " nameLength=" + c.getNameLength();
    }

    private static List<String> names(List<Campus> campuses) {
        return campuses.stream().map(Campus::getName).sorted().toList();
    }

    private static List<String> titles(List<Course> courses) {
        return courses.stream().map(Course::getTitle).sorted().toList();
    }
}
