package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.ManyToMany;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code posts}, created by migration 1 ({@code db/migrations/001_create_users.sql}).
 */
public class Post extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Post, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Post::getId, Post::setId);

    /**
     * Column {@code body}.
     */
    public static final TypedColumn<Post, String> BODY = TypedColumn.required("body", ValueTypes.STRING, Post::getBody, Post::setBody);

    /**
     * Column {@code created_at}.
     */
    public static final TypedColumn<Post, LocalDateTime> CREATED_AT = TypedColumn.required("created_at", ValueTypes.SQLITE_DATE_TIME, Post::getCreatedAt, Post::setCreatedAt);

    /**
     * Column {@code score}.
     */
    public static final TypedColumn<Post, Double> SCORE = TypedColumn.of("score", ValueTypes.DOUBLE, Post::getScore, Post::setScore);

    /**
     * Column {@code price}.
     */
    public static final TypedColumn<Post, BigDecimal> PRICE = TypedColumn.of("price", ValueTypes.BIG_DECIMAL, Post::getPrice, Post::setPrice);

    /**
     * Column {@code user_id}.
     */
    public static final TypedColumn<Post, Long> USER_ID = TypedColumn.required("user_id", ValueTypes.LONG, Post::getUserId, Post::setUserId);

    /**
     * The metadata of table {@code posts}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getUser()}: the row that {@code posts (user_id) → users (id)} references; {@code select(Post.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Post, User> USER = Relation.toOne("user", () -> User.META, () -> List.of(USER_ID), () -> List.of(User.ID));

    private Long id;

    private String body;

    private LocalDateTime createdAt;

    private Double score;

    private BigDecimal price;

    private Long userId;

    /**
     * Column {@code id integer}.
     */
    public Long getId() {
        return id;
    }

    /**
     * Sets {@code id}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    /**
     * Column {@code body text NOT NULL}.
     */
    public String getBody() {
        return body;
    }

    /**
     * Sets {@code body}.
     */
    public void setBody(String body) {
        this.body = body;
    }

    /**
     * Column {@code created_at datetime NOT NULL}.
     */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /**
     * Sets {@code created_at}.
     */
    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Column {@code score real}.
     */
    public Double getScore() {
        return score;
    }

    /**
     * Sets {@code score}.
     */
    public void setScore(Double score) {
        this.score = score;
    }

    /**
     * Column {@code price numeric(10,2)}.
     */
    public BigDecimal getPrice() {
        return price;
    }

    /**
     * Sets {@code price}.
     */
    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    /**
     * Column {@code user_id integer NOT NULL}.
     */
    public Long getUserId() {
        return userId;
    }

    /**
     * Sets {@code user_id}.
     */
    public void setUserId(Long userId) {
        this.userId = userId;
    }

    /**
     * The row of {@code users} that {@code posts (user_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getUser() {
        if (userId == null) {
            return null;
        }
        return cached("user", userId, () -> session("user").find(User.META, userId).orElse(null));
    }

    /**
     * Points {@code posts (user_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setUser(User user) {
        setUserId(user == null ? null : keyOf(user, user.getId(), "Post.setUser"));
    }

    private static ManyToMany<Post, Tag> tagsRelation() {
        return new ManyToMany<>("post_tags", List.of("post_id"), List.of(ID), List.of("tag_id"), Tag.META, List.of(Tag.ID));
    }

    /**
     * The rows linked to this one through join table {@code post_tags}; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Tag> getTags() {
        return cached("tags", id, () -> session("tags").linked(tagsRelation(), this));
    }

    /**
     * Links {@code tag} to this row: inserts a row of {@code post_tags}.
     */
    public void addTag(Tag tag) {
        session("tags").link(tagsRelation(), this, tag);
    }

    /**
     * Unlinks {@code tag} from this row: deletes its row of {@code post_tags}.
     */
    public void removeTag(Tag tag) {
        session("tags").unlink(tagsRelation(), this, tag);
    }

    @Override
    public Meta entityType() {
        return META;
    }

    /**
     * Equal when both are rows (loaded or inserted) with equal primary keys; an entity not inserted yet equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Post that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
    }

    /**
     * The same for every row of the table, so that it does not change when an insert assigns the key: an entity put in a hash set before its insert is found there after it.
     */
    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "Post{" + "id=" + id + ", body=" + body + ", createdAt=" + createdAt + ", score=" + score + ", price=" + price + ", userId=" + userId + "}";
    }

    /**
     * Table {@code posts}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Post> {

        private Meta() {
            super("posts", List.of(ID, BODY, CREATED_AT, SCORE, PRICE, USER_ID), List.of(ID), Post::new);
        }
    }
}
