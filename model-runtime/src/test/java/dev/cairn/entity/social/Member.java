package dev.cairn.entity.social;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;

/** Written the way db:generate-models writes entities: a member of a social network, with a mentor (a self relation). */
public class Member extends Entity {
    public static final TypedColumn<Member, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Member::getId, Member::setId);
    public static final TypedColumn<Member, String> NICKNAME = TypedColumn.required("nickname", ValueTypes.STRING, Member::getNickname, Member::setNickname);
    public static final TypedColumn<Member, Long> MENTOR_ID = TypedColumn.of("mentor_id", ValueTypes.LONG, Member::getMentorId, Member::setMentorId);
    public static final Meta META = new Meta();
    public static final Relation<Member, Note> NOTES = Relation.toMany("notes", () -> Note.META, () -> List.of(ID), () -> List.of(Note.MEMBER_ID));
    public static final Relation<Member, Member> MENTOR = Relation.toOne("mentor", () -> Member.META, () -> List.of(MENTOR_ID), () -> List.of(ID));
    public static final Relation<Member, Member> MENTEES = Relation.toMany("mentees", () -> Member.META, () -> List.of(ID), () -> List.of(MENTOR_ID));

    private Long id;
    private String nickname;
    private Long mentorId;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public String toString() {
        return "Member{" + nickname + "}";
    }

    public static final class Meta extends EntityType<Member> {
        private Meta() {
            super("members", List.of(ID, NICKNAME, MENTOR_ID), List.of(ID), Member::new);
        }
    }
}
