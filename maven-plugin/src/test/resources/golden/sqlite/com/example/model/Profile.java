package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
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
    public static final TypedColumn<Profile, Long> USER_ID = TypedColumn.of("user_id", ValueTypes.LONG, Profile::getUserId, Profile::setUserId);

    /**
     * Column {@code about}.
     */
    public static final TypedColumn<Profile, String> ABOUT = TypedColumn.of("about", ValueTypes.STRING, Profile::getAbout, Profile::setAbout);

    /**
     * The metadata of table {@code profiles}.
     */
    public static final Meta META = new Meta();

    private Long id;

    private long userId;

    private String about;

    /**
     * Column {@code id integer}.
     */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * Column {@code user_id integer NOT NULL}.
     */
    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    /**
     * Column {@code about text}.
     */
    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    /**
     * The row of {@code users} that {@code profiles (user_id) → users (id)} references; loads through the session that loaded this entity.
     */
    public User getUser() {
        return session("user").select(User.META).where(User.ID.eq(userId)).first().orElse(null);
    }

    /**
     * Points {@code profiles (user_id) → users (id)} at {@code user}.
     */
    public void setUser(User user) {
        this.userId = user.getId();
    }

    @Override
    public Meta entityType() {
        return META;
    }

    /**
     * Equal when the primary keys are equal; an entity whose key is not assigned yet equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Profile that && this.id != null && Objects.equals(this.id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
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
