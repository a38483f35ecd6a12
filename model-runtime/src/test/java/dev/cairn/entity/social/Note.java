package dev.cairn.entity.social;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;

/** Written the way db:generate-models writes entities: a member's note, with a number of likes. */
public class Note extends Entity {
    public static final TypedColumn<Note, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Note::getId, Note::setId);
    public static final TypedColumn<Note, Long> MEMBER_ID = TypedColumn.required("member_id", ValueTypes.LONG, Note::getMemberId, Note::setMemberId);
    public static final TypedColumn<Note, String> BODY = TypedColumn.required("body", ValueTypes.STRING, Note::getBody, Note::setBody);
    public static final TypedColumn<Note, Integer> LIKES = TypedColumn.required("likes", ValueTypes.INTEGER, Note::getLikes, Note::setLikes);
    public static final Meta META = new Meta();
    public static final Relation<Note, Member> MEMBER = Relation.toOne("member", () -> Member.META, () -> List.of(MEMBER_ID), () -> List.of(Member.ID));

    private Long id;
    private Long memberId;
    private String body;
    private Integer likes;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getLikes() {
        return likes;
    }

    public void setLikes(Integer likes) {
        this.likes = likes;
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public String toString() {
        return "Note{" + body + "}";
    }

    public static final class Meta extends EntityType<Note> {
        private Meta() {
            super("notes", List.of(ID, MEMBER_ID, BODY, LIKES), List.of(ID), Note::new);
        }
    }
}
