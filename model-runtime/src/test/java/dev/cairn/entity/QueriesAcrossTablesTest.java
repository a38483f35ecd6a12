package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.social.Follow;
import dev.cairn.entity.social.Member;
import dev.cairn.entity.social.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries that reach other tables (a subquery, a relationship's exists, joins), projections and aggregates with
 * group by, exists and streaming, on SQLite, PostgreSQL and MariaDB, with the statements each one runs counted.
 */
class QueriesAcrossTablesTest {

    private static List<String> bodies(List<Note> notes) {
        return notes.stream().map(Note::getBody).toList();
    }

    private static List<String> nicknames(List<Member> members) {
        return members.stream().map(Member::getNickname).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void theNotesOfTheMembersOneFollowsTakeOneStatement(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect); Session s = social.db.openSession()) {
            List<String> ran = new ArrayList<>();
            social.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            List<Note> followed = s.select(Note.META)
                    .where(Note.MEMBER_ID.in(s.select(Follow.META).where(Follow.FOLLOWER_ID.eq(social.ann.getId())).column(Follow.FOLLOWED_ID)))
                    .orderBy(Note.ID.asc()).list();
            assertEquals(List.of("b1", "c1", "c2", "c3"), bodies(followed));
            assertEquals(1, ran.size(), String.join("\n", ran));
            // bob follows cat only; a condition besides the subquery binds after its values
            assertEquals(List.of("c3"), bodies(s.select(Note.META).where(Note.LIKES.gt(5))
                    .where(Note.MEMBER_ID.in(s.select(Follow.META).where(Follow.FOLLOWER_ID.eq(social.bob.getId())).column(Follow.FOLLOWED_ID)))
                    .list()));
            // a subquery of the same table: members mentored by someone whose nickname starts with b
            assertEquals(List.of("dan"), nicknames(s.select(Member.META)
                    .where(Member.MENTOR_ID.in(s.select(Member.META).where(Member.NICKNAME.like("b%")).column(Member.ID))).list()));
            assertThrows(IllegalStateException.class, () -> s.select(Follow.META).limit(3).column(Follow.FOLLOWED_ID));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void joinsAcceptTheJoinedTablesColumnsAndNoOthers(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect); Session s = social.db.openSession()) {
            List<String> ran = new ArrayList<>();
            social.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            Query<Note> ofCat = s.select(Note.META).join(Note.MEMBER).where(Member.NICKNAME.eq("cat")).orderBy(Note.LIKES.desc());
            assertEquals(List.of("c3", "c2", "c1"), bodies(ofCat.list()));
            assertEquals(3, ofCat.count());
            assertTrue(ofCat.exists());
            assertEquals(3, ran.size(), String.join("\n", ran));
            assertTrue(ran.get(0).contains(" JOIN "), ran.get(0));
            // ordered by the joined table's column, ties by the note's
            assertEquals(List.of("a1", "a2", "b1", "c1"), bodies(s.select(Note.META).join(Note.MEMBER)
                    .orderBy(Member.NICKNAME.asc(), Note.ID.asc()).limit(4).list()));
            // a left join keeps the members without a mentor
            assertEquals(List.of("ann", "bob", "cat"), nicknames(s.select(Member.META).leftJoin(Member.NOTES)
                    .where(Note.ID.isNotNull()).groupBy(Member.ID).select(Member.ID).list(r -> s.find(Member.META, r.get(Member.ID))
                            .orElseThrow()).stream().sorted((a, b) -> a.getNickname().compareTo(b.getNickname())).toList()));

            IllegalArgumentException notJoined = assertThrows(IllegalArgumentException.class,
                    () -> s.select(Note.META).where(Member.NICKNAME.eq("cat")));
            assertTrue(notJoined.getMessage().contains("join"), notJoined.getMessage());
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).orderBy(Member.NICKNAME.asc()));
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).join(Member.MENTOR));
            assertThrows(IllegalArgumentException.class, () -> s.select(Member.META).join(Member.MENTOR));
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).join(Note.MEMBER).where(Follow.FOLLOWED_ID.eq(1L)));
            assertThrows(IllegalStateException.class, () -> s.select(Member.META).join(Member.NOTES).list());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aRelationshipsExistsMatchesTheLinkedRows(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect); Session s = social.db.openSession()) {
            assertEquals(List.of("bob", "cat"), nicknames(s.select(Member.META).where(Member.NOTES.exists(Note.LIKES.ge(7)))
                    .orderBy(Member.NICKNAME.asc()).list()));
            assertEquals(List.of("dan"), nicknames(s.select(Member.META).where(Member.NOTES.exists().not()).list()));
            // self relations: the condition is on the mentee (the inner row), the key on the mentor (the outer one)
            assertEquals(List.of("ann", "bob"), nicknames(s.select(Member.META).where(Member.MENTEES.exists())
                    .orderBy(Member.NICKNAME.asc()).list()));
            assertEquals(List.of("bob"), nicknames(s.select(Member.META).where(Member.MENTEES.exists(Member.NICKNAME.eq("dan"))).list()));
            assertEquals(List.of("bob", "cat"), nicknames(s.select(Member.META).where(Member.MENTOR.exists(Member.NICKNAME.eq("ann")))
                    .orderBy(Member.NICKNAME.asc()).list()));
            // to-one: the notes of members with a mentor
            assertEquals(List.of("b1", "c1", "c2", "c3"), bodies(s.select(Note.META).where(Note.MEMBER.exists(Member.MENTOR_ID.isNotNull()))
                    .orderBy(Note.ID.asc()).list()));
            assertThrows(IllegalArgumentException.class, () -> Member.NOTES.exists(Member.NICKNAME.eq("ann")));
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).where(Member.NOTES.exists()));
        }
    }

    /** What a projection of a group reads, as a record of the test's own. */
    record Tally(long member, long notes, BigDecimal likes, int best) {
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void projectionsAndAggregatesWithGroupBy(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect); Session s = social.db.openSession()) {
            List<String> ran = new ArrayList<>();
            social.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            List<Tally> tallies = s.select(Note.META).groupBy(Note.MEMBER_ID).orderBy(Note.MEMBER_ID.asc())
                    .select(Note.MEMBER_ID, Aggregate.count(), Aggregate.sum(Note.LIKES), Note.LIKES.max())
                    .list(r -> new Tally(r.get(Note.MEMBER_ID), r.get(Aggregate.count()), r.get(Aggregate.sum(Note.LIKES)),
                            r.get(Note.LIKES.max())));
            assertEquals(1, ran.size(), String.join("\n", ran));
            assertEquals(3, tallies.size());
            assertEquals(new Tally(social.ann.getId(), 2, tallies.get(0).likes(), 5), tallies.get(0));
            assertEquals(0, new BigDecimal(6).compareTo(tallies.get(0).likes()));
            assertEquals(0, new BigDecimal(10).compareTo(tallies.get(2).likes()));
            assertEquals(List.of(1L, 3L), List.of(tallies.get(1).notes(), tallies.get(2).notes()));

            // through a left join, ordered by the aggregate: members by number of notes, dan with none
            List<Row> perMember = s.select(Member.META).leftJoin(Member.NOTES).groupBy(Member.NICKNAME)
                    .orderBy(Note.ID.count().desc(), Member.NICKNAME.asc()).select(Member.NICKNAME, Note.ID.count()).list();
            assertEquals(List.of("cat", "ann", "bob", "dan"), perMember.stream().map(r -> r.get(Member.NICKNAME)).toList());
            assertEquals(List.of(3L, 2L, 1L, 0L), perMember.stream().map(r -> r.get(Note.ID.count())).toList());
            assertThrows(IllegalArgumentException.class, () -> perMember.get(0).get(Note.BODY));

            Row all = s.select(Note.META).select(Aggregate.count(), Note.LIKES.min(), Aggregate.avg(Note.LIKES), Note.MEMBER_ID.countDistinct())
                    .first().orElseThrow();
            assertEquals(6L, all.get(Aggregate.count()));
            assertEquals(0, all.get(Note.LIKES.min()));
            assertEquals(26.0 / 6, all.get(Aggregate.avg(Note.LIKES)).doubleValue(), 0.001);
            assertEquals(3L, all.get(Note.MEMBER_ID.countDistinct()));
            assertEquals(3, s.select(Note.META).groupBy(Note.MEMBER_ID).count());
            assertEquals(List.of("ann", "bob", "cat", "dan"), s.select(Member.META).orderBy(Member.NICKNAME.asc()).values(Member.NICKNAME));
            // no rows: a max is null, a count 0
            Row none = s.select(Note.META).where(Note.LIKES.gt(100)).select(Note.LIKES.max(), Aggregate.count()).first().orElseThrow();
            assertEquals(null, none.get(Note.LIKES.max()));
            assertEquals(0L, none.get(Aggregate.count()));

            // having: the members with at least 2 notes, and with more than 6 likes in all; bound after where's values
            Query<Note> busy = s.select(Note.META).where(Note.LIKES.ge(0)).groupBy(Note.MEMBER_ID).having(Aggregate.count().ge(2L));
            assertEquals(List.of(social.ann.getId(), social.cat.getId()), busy.orderBy(Note.MEMBER_ID.asc()).values(Note.MEMBER_ID));
            assertEquals(2, busy.count());
            assertTrue(busy.exists());
            assertEquals(List.of(social.bob.getId(), social.cat.getId()), s.select(Note.META).groupBy(Note.MEMBER_ID)
                    .having(Aggregate.sum(Note.LIKES).gt(new BigDecimal(6))).orderBy(Note.MEMBER_ID.asc()).values(Note.MEMBER_ID));
            assertFalse(s.select(Note.META).groupBy(Note.MEMBER_ID).having(Note.LIKES.max().gt(10)).exists());
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).where(Aggregate.count().gt(1L)));
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).where(Note.LIKES.gt(1).and(Aggregate.count().gt(1L))));
            assertThrows(IllegalStateException.class, () -> busy.list());
            assertThrows(IllegalStateException.class, () -> s.select(Note.META).groupBy(Note.MEMBER_ID).list());
            assertThrows(IllegalArgumentException.class, () -> s.select(Note.META).select(Member.NICKNAME));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void existsReadsNoColumn(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect); Session s = social.db.openSession()) {
            List<String> ran = new ArrayList<>();
            social.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            assertTrue(s.select(Note.META).where(Note.LIKES.ge(10)).exists());
            assertFalse(s.select(Note.META).where(Note.LIKES.gt(10)).exists());
            assertEquals(2, ran.size());
            assertTrue(ran.get(0).startsWith("SELECT 1 FROM ") && ran.get(0).endsWith(" LIMIT 1"), ran.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aStreamReadsAsItIsConsumedAndClosesItsStatement(Dialect dialect) throws Exception {
        try (SocialSchema social = SocialSchema.on(dialect)) {
            social.db.runInTransaction(s -> {
                List<Note> many = new ArrayList<>();
                for (int i = 0; i < 3000; i++) many.add(SocialSchema.note(social.dan, "n" + i, i % 10));
                s.insertAll(many);
            });
            List<String> ran = new ArrayList<>();
            social.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            try (Session s = social.db.openSession()) {
                Member known = s.find(Member.META, social.dan.getId()).orElseThrow();
                ran.clear();
                long sum = 0;
                int seen = 0;
                try (Stream<Note> notes = s.select(Note.META).where(Note.MEMBER_ID.eq(social.dan.getId())).orderBy(Note.ID.asc())
                        .fetchSize(100).stream()) {
                    var it = notes.iterator();
                    while (it.hasNext()) {
                        Note n = it.next();
                        sum += n.getLikes();
                        if (seen++ == 10 && dialect == Dialect.POSTGRESQL) {
                            // PostgreSQL reads through a portal (a cursor) of 100 rows at a time while the stream is open
                            assertEquals(1L, s.select(Member.META).where(Member.ID.eq(known.getId())).count());
                            assertEquals(1, openCursors(s));
                        }
                    }
                }
                assertEquals(3000, seen);
                assertEquals(300L * 45, sum);
                if (dialect == Dialect.POSTGRESQL) assertEquals(0, openCursors(s));
                // the stream ran one statement (PostgreSQL: plus the checks above); the session goes on afterwards
                assertEquals(dialect == Dialect.POSTGRESQL ? 2 : 1, ran.size(), String.join("\n", ran));
                // a partly read stream closes too, and rows the session holds come as its instances
                try (Stream<Member> members = s.select(Member.META).orderBy(Member.ID.desc()).fetchSize(1).stream()) {
                    assertTrue(members.findFirst().orElseThrow() == known);
                }
                if (dialect == Dialect.POSTGRESQL) assertEquals(0, openCursors(s));
                assertEquals(4, s.select(Member.META).count());
                assertThrows(IllegalStateException.class, () -> s.select(Member.META).with(Member.NOTES).stream());
            }
        }
    }

    private static int openCursors(Session s) throws java.sql.SQLException {
        try (var st = s.connection().createStatement(); var r = st.executeQuery("SELECT count(*) FROM pg_cursors WHERE name <> ''")) {
            r.next();
            return r.getInt(1);
        }
    }
}
