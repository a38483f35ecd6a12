package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code memberships}, created by migration 3 ({@code db/migrations/003_orders.sql}).
 */
public class Membership extends Entity {

    /**
     * Column {@code user_id}.
     */
    public static final TypedColumn<Membership, Long> USER_ID = TypedColumn.of("user_id", ValueTypes.LONG, Membership::getUserId, Membership::setUserId);

    /**
     * Column {@code category_id}.
     */
    public static final TypedColumn<Membership, Long> CATEGORY_ID = TypedColumn.of("category_id", ValueTypes.LONG, Membership::getCategoryId, Membership::setCategoryId);

    /**
     * Column {@code since}.
     */
    public static final TypedColumn<Membership, LocalDate> SINCE = TypedColumn.of("since", ValueTypes.SQLITE_DATE, Membership::getSince, Membership::setSince);

    /**
     * The metadata of table {@code memberships}.
     */
    public static final Meta META = new Meta();

    private long userId;

    private long categoryId;

    private LocalDate since;

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
     * Column {@code category_id integer NOT NULL}.
     */
    public long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(long categoryId) {
        this.categoryId = categoryId;
    }

    /**
     * Column {@code since date NOT NULL}.
     */
    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    /**
     * The row of {@code categories} that {@code memberships (category_id) → categories (id)} references; loads through the session that loaded this entity.
     */
    public Category getCategory() {
        return session("category").select(Category.META).where(Category.ID.eq(categoryId)).first().orElse(null);
    }

    /**
     * Points {@code memberships (category_id) → categories (id)} at {@code category}.
     */
    public void setCategory(Category category) {
        this.categoryId = category.getId();
    }

    /**
     * The row of {@code users} that {@code memberships (user_id) → users (id)} references; loads through the session that loaded this entity.
     */
    public User getUser() {
        return session("user").select(User.META).where(User.ID.eq(userId)).first().orElse(null);
    }

    /**
     * Points {@code memberships (user_id) → users (id)} at {@code user}.
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
        return this == other || other instanceof Membership that && Objects.equals(this.userId, that.userId) && Objects.equals(this.categoryId, that.categoryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.userId, this.categoryId);
    }

    @Override
    public String toString() {
        return "Membership{" + "userId=" + userId + ", categoryId=" + categoryId + ", since=" + since + "}";
    }

    /**
     * Table {@code memberships}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Membership> {

        private Meta() {
            super("memberships", List.of(USER_ID, CATEGORY_ID, SINCE), List.of(USER_ID, CATEGORY_ID), Membership::new);
        }
    }
}
