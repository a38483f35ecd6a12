package com.example.model;

import dev.cairn.entity.Database;
import dev.cairn.entity.DetachedEntityException;
import dev.cairn.entity.EntityException;
import dev.cairn.entity.Session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The entity session on PostgreSQL, over the models generated from sessions/postgresql; returns what it saw. */
public final class PostgresScenario implements Function<Database, List<String>> {
    private static final UUID BOB_UID = UUID.fromString("0b0b0b0b-0000-4000-8000-000000000001");
    private final List<String> out = new ArrayList<>();

    @Override
    public List<String> apply(Database db) {
        db.requireVersion(Models.SCHEMA_VERSION);
        long annId;
        try (Session s = db.openSession()) {
            Person ann = new Person();
            ann.setName("Ann");
            ann.setSettings("{\"theme\": \"dark\", \"size\": 3}");
            ann.setSeenAt(OffsetDateTime.of(2026, 11, 25, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(2)));
            ann.setNicknames(new String[]{"annie", "a, \"b\""});
            ann.setLucky(new Integer[]{7, 13});
            ann.setCurrentMood(Mood.SO_SO);
            ann.setPhoto(new byte[]{0, 1, (byte) 255});
            ann.setBorn(LocalDate.of(1990, 2, 28));
            ann.setWakeUp(LocalTime.of(6, 45));
            ann.setUpdatedAt(LocalDateTime.of(2026, 11, 25, 9, 30, 0, 500_000_000));
            s.insert(ann);
            out.add("insert Ann: id=" + ann.getId() + " uid read back=" + (ann.getUid() != null) + " balance=" + ann.getBalance()
                    + " active=" + ann.getActive() + " nameLength=" + ann.getNameLength());
            Person bob = new Person();
            bob.setName("Bob");
            bob.setUid(BOB_UID);
            bob.setBalance(new BigDecimal("12.50"));
            bob.setActive(false);
            bob.setManager(ann);
            s.insert(bob);
            out.add("insert Bob: id=" + bob.getId() + " uid=" + bob.getUid() + " managerId=" + bob.getManagerId());
            Status hello = new Status();
            hello.setPerson(ann);
            hello.setText("hello");
            s.insert(hello);
            out.add("insert status: id=" + hello.getId() + " posted read back=" + (hello.getPosted() != null));
            Token token = new Token();
            token.setPerson(bob);
            s.insert(token);
            out.add("insert token: uuid key read back=" + (token.getToken() != null));
            Club chess = new Club();
            chess.setName("chess");
            s.insert(chess);
            Club go = new Club();
            go.setName("go");
            s.insert(go);
            out.add("insert clubs (identity): ids=" + chess.getId() + "," + go.getId());
            ann.addClub(chess);
            ann.addClub(go);
            bob.addClub(chess);
            s.commit();
            annId = ann.getId();
        }

        try (Session s = db.openSession()) {
            Person ann = s.find(Person.META, annId).orElseThrow();
            out.add("find Ann: " + describe(ann));
            out.add("Ann's reports: " + names(ann.getPeopleAsManager()) + ", statuses: "
                    + ann.getStatuses().stream().map(Status::getText).toList() + ", clubs: " + clubNames(ann.getClubs()));
            Person bob = s.select(Person.META).where(Person.UID.eq(BOB_UID)).first().orElseThrow();
            out.add("Bob by uuid: manager=" + bob.getManager().getName() + " tokens=" + bob.getTokens().size()
                    + " clubs=" + clubNames(bob.getClubs()));
            out.add("query mood=so-so: " + names(s.select(Person.META).where(Person.CURRENT_MOOD.eq(Mood.SO_SO)).list()));
            out.add("query balance>10 or inactive: " + names(s.select(Person.META)
                    .where(Person.BALANCE.gt(new BigDecimal("10")).or(Person.ACTIVE.eq(false))).list()));
            out.add("query seenAt<now, like 'A%', in, isNull: "
                    + names(s.select(Person.META).where(Person.SEEN_AT.lt(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).list())
                    + " " + names(s.select(Person.META).where(Person.NAME.like("A%")).list())
                    + " " + names(s.select(Person.META).where(Person.NAME.in("Bob", "Cy")).list())
                    + " " + names(s.select(Person.META).where(Person.MANAGER_ID.isNull()).list()));
            out.add("query jsonb eq (server compares jsonb): "
                    + names(s.select(Person.META).where(Person.SETTINGS.eq("{\"size\":3,\"theme\":\"dark\"}")).list()));
            out.add("order by name desc, limit 1: " + names(s.select(Person.META).orderBy(Person.NAME.desc()).limit(1).list())
                    + ", count: " + s.select(Person.META).count());

            ann.setName("Annabel");
            ann.setCurrentMood(Mood.HAPPY);
            ann.setLucky(new Integer[]{42});
            ann.setSettings(null);
            s.update(ann);
            ann.removeClub(s.select(Club.META).where(Club.NAME.eq("go")).first().orElseThrow());
            s.commit();
        }

        try (Session s = db.openSession()) {
            Person ann = s.find(Person.META, annId).orElseThrow();
            out.add("after update: " + ann.getName() + " mood=" + ann.getCurrentMood() + " lucky=" + Arrays.toString(ann.getLucky())
                    + " settings=" + ann.getSettings() + " nameLength=" + ann.getNameLength() + " clubs=" + clubNames(ann.getClubs()));
            Club go = s.select(Club.META).where(Club.NAME.eq("go")).first().orElseThrow();
            s.delete(go);
            s.rollback();
            out.add("delete rolled back: clubs=" + s.select(Club.META).count());
            s.delete(go);
            s.commit();
            out.add("delete committed: clubs=" + s.select(Club.META).count());
            try {
                Person duplicate = new Person();
                duplicate.setName("Ann");
                duplicate.setId(annId);
                s.insert(duplicate);
                out.add("duplicate key: no error");
            } catch (EntityException e) {
                out.add("duplicate key: " + e.getClass().getSimpleName());
            }
        }

        Person detached;
        try (Session s = db.openSession()) {
            detached = s.find(Person.META, annId).orElseThrow();
        }
        try {
            detached.getStatuses();
            out.add("detached: loaded");
        } catch (DetachedEntityException e) {
            out.add("detached: " + e.getClass().getSimpleName());
        }
        return out;
    }

    private static String describe(Person p) {
        return p.getName() + " settings=" + p.getSettings() + " seenAt=" + p.getSeenAt().toInstant() + " balance=" + p.getBalance()
                + " nicknames=" + Arrays.toString(p.getNicknames()) + " lucky=" + Arrays.toString(p.getLucky())
                + " mood=" + p.getCurrentMood() + " photo=" + Arrays.toString(p.getPhoto()) + " born=" + p.getBorn()
                + " wakeUp=" + p.getWakeUp() + " updatedAt=" + p.getUpdatedAt() + " active=" + p.getActive()
                + " nameLength=" + p.getNameLength();
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::getName).sorted().toList();
    }

    private static List<String> clubNames(List<Club> clubs) {
        return clubs.stream().map(Club::getName).sorted().toList();
    }
}
