package dev.cairn.entity.sample;

import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.ManyToMany;
import dev.cairn.entity.ValueTypes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

public class Post extends Entity {
    public static final TypedColumn<Post, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Post::getId, Post::setId);
    public static final TypedColumn<Post, String> BODY = TypedColumn.of("body", ValueTypes.STRING, Post::getBody, Post::setBody);
    public static final TypedColumn<Post, LocalDateTime> TIMESTAMP = TypedColumn.of("timestamp", ValueTypes.SQLITE_DATE_TIME, Post::getTimestamp, Post::setTimestamp);
    public static final TypedColumn<Post, Long> USER_ID = TypedColumn.required("user_id", ValueTypes.LONG, Post::getUserId, Post::setUserId);
    public static final Meta META = new Meta();

    private Long id;
    private String body;
    private LocalDateTime timestamp;
    private Long userId;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(LocalDateTime timestamp) {
        this.timestamp = timestamp;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public User getUser() {
        if (userId == null) return null;
        return cached("user", userId, () -> session("user").find(User.META, userId).orElse(null));
    }

    public void setUser(User user) {
        this.userId = user == null ? null : keyOf(user, user.getId(), "Post.setUser");
    }

    private static ManyToMany<Post, Tag> tagsRelation() {
        return new ManyToMany<>("post_tags", List.of("post_id"), List.of(ID), List.of("tag_id"), Tag.META, List.of(Tag.ID));
    }

    public List<Tag> getTags() {
        return session("tags").linked(tagsRelation(), this);
    }

    public void addTag(Tag tag) {
        session("tags").link(tagsRelation(), this, tag);
    }

    public void removeTag(Tag tag) {
        session("tags").unlink(tagsRelation(), this, tag);
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Post that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "Post{id=" + id + ", body=" + body + ", timestamp=" + timestamp + ", userId=" + userId + "}";
    }

    public static final class Meta extends EntityType<Post> {
        private Meta() {
            super("posts", List.of(ID, BODY, TIMESTAMP, USER_ID), List.of(ID), Post::new);
        }
    }
}
