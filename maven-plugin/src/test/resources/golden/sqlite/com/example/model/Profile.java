package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code profiles}, created by migration 2 ({@code db/migrations/002_tags_messages.sql}).
 */
public class Profile extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Profile, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Profile::getId, Profile::setId);

    /**
     * Column {@code user_id}.
     */
    public static final TypedColumn<Profile, Long> USER_ID = TypedColumn.required("user_id", ValueTypes.LONG, Profile::getUserId, Profile::setUserId);

    /**
     * Column {@code about}.
     */
    public static final TypedColumn<Profile, String> ABOUT = TypedColumn.of("about", ValueTypes.STRING, Profile::getAbout, Profile::setAbout);

    /**
     * The metadata of table {@code profiles}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getUser()}: the row that {@code profiles (user_id) → users (id)} references; {@code select(Profile.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Profile, User> USER = Relation.toOne("user", () -> User.META, () -> List.of(USER_ID), () -> List.of(User.ID));

    private Long id;

    private Long userId;

    private String about;

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
     * Column {@code about text}.
     */
    public String getAbout() {
        return about;
    }

    /**
     * Sets {@code about}.
     */
    public void setAbout(String about) {
        this.about = about;
    }

    /**
     * The row of {@code users} that {@code profiles (user_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getUser() {
        if (userId == null) {
            return null;
        }
        return cached("user", userId, () -> session("user").find(User.META, userId).orElse(null));
    }

    /**
     * Points {@code profiles (user_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setUser(User user) {
        setUserId(user == null ? null : keyOf(user, user.getId(), "Profile.setUser"));
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
        return this == other || other instanceof Profile that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
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
        return "Profile{" + "id=" + id + ", userId=" + userId + ", about=" + about + "}";
    }

    /**
     * Table {@code profiles}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Profile> {

        private Meta() {
            super("profiles", List.of(ID, USER_ID, ABOUT), List.of(ID), Profile::new);
        }
    }
}
