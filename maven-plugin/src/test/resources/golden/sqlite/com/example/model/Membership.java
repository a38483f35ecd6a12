package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
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
    public static final TypedColumn<Membership, Long> USER_ID = TypedColumn.required("user_id", ValueTypes.LONG, Membership::getUserId, Membership::setUserId);

    /**
     * Column {@code category_id}.
     */
    public static final TypedColumn<Membership, Long> CATEGORY_ID = TypedColumn.required("category_id", ValueTypes.LONG, Membership::getCategoryId, Membership::setCategoryId);

    /**
     * Column {@code since}.
     */
    public static final TypedColumn<Membership, LocalDate> SINCE = TypedColumn.required("since", ValueTypes.SQLITE_DATE, Membership::getSince, Membership::setSince);

    /**
     * The metadata of table {@code memberships}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getCategory()}: the row that {@code memberships (category_id) → categories (id)} references; {@code select(Membership.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Membership, Category> CATEGORY = Relation.toOne("category", () -> Category.META, () -> List.of(CATEGORY_ID), () -> List.of(Category.ID));

    /**
     * The relationship of {@code getUser()}: the row that {@code memberships (user_id) → users (id)} references; {@code select(Membership.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Membership, User> USER = Relation.toOne("user", () -> User.META, () -> List.of(USER_ID), () -> List.of(User.ID));

    private Long userId;

    private Long categoryId;

    private LocalDate since;

    /**
     * Column {@code user_id integer NOT NULL}.
     */
    public Long getUserId() {
        return userId;
    }

    /**
     * Sets {@code user_id}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setUserId(Long userId) {
        keyChange(USER_ID, userId);
        this.userId = userId;
    }

    /**
     * Column {@code category_id integer NOT NULL}.
     */
    public Long getCategoryId() {
        return categoryId;
    }

    /**
     * Sets {@code category_id}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setCategoryId(Long categoryId) {
        keyChange(CATEGORY_ID, categoryId);
        this.categoryId = categoryId;
    }

    /**
     * Column {@code since date NOT NULL}.
     */
    public LocalDate getSince() {
        return since;
    }

    /**
     * Sets {@code since}.
     */
    public void setSince(LocalDate since) {
        this.since = since;
    }

    /**
     * The row of {@code categories} that {@code memberships (category_id) → categories (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public Category getCategory() {
        if (categoryId == null) {
            return null;
        }
        return cached("category", categoryId, () -> session("category").find(Category.META, categoryId).orElse(null));
    }

    /**
     * Points {@code memberships (category_id) → categories (id)} at {@code category} (null: at no row); {@code category} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code category} is not inserted yet
     */
    public void setCategory(Category category) {
        setCategoryId(category == null ? null : keyOf(category, category.getId(), "Membership.setCategory"));
    }

    /**
     * The row of {@code users} that {@code memberships (user_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getUser() {
        if (userId == null) {
            return null;
        }
        return cached("user", userId, () -> session("user").find(User.META, userId).orElse(null));
    }

    /**
     * Points {@code memberships (user_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setUser(User user) {
        setUserId(user == null ? null : keyOf(user, user.getId(), "Membership.setUser"));
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
        return this == other || other instanceof Membership that && isPersisted() && that.isPersisted() && Objects.equals(this.userId, that.userId) && Objects.equals(this.categoryId, that.categoryId);
    }

    /**
     * From the primary key, which the application gives and which is fixed once the row exists.
     */
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
