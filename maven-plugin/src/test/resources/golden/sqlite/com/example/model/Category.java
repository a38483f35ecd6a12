package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code categories}, created by migration 3 ({@code db/migrations/003_orders.sql}).
 */
public class Category extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Category, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Category::getId, Category::setId);

    /**
     * Column {@code name}.
     */
    public static final TypedColumn<Category, String> NAME = TypedColumn.of("name", ValueTypes.STRING, Category::getName, Category::setName);

    /**
     * Column {@code parent_id}.
     */
    public static final TypedColumn<Category, Long> PARENT_ID = TypedColumn.of("parent_id", ValueTypes.LONG, Category::getParentId, Category::setParentId);

    /**
     * The metadata of table {@code categories}.
     */
    public static final Meta META = new Meta();

    private Long id;

    private String name;

    private Long parentId;

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
     * Column {@code name text NOT NULL}.
     */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * Column {@code parent_id integer}.
     */
    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /**
     * The row of {@code categories} that {@code categories (parent_id) → categories (id)} references; loads through the session that loaded this entity.
     */
    public Category getParent() {
        if (parentId == null) {
            return null;
        }
        return session("parent").select(Category.META).where(Category.ID.eq(parentId)).first().orElse(null);
    }

    /**
     * Points {@code categories (parent_id) → categories (id)} at {@code category} (null: at no row).
     */
    public void setParent(Category category) {
        this.parentId = category == null ? null : category.getId();
    }

    /**
     * The rows whose {@code categories (parent_id) → categories (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Category> getCategoriesAsParent() {
        if (id == null) {
            return List.of();
        }
        return session("categoriesAsParent").select(Category.META).where(Category.PARENT_ID.eq(id)).list();
    }

    /**
     * The rows whose {@code memberships (category_id) → categories (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Membership> getMemberships() {
        if (id == null) {
            return List.of();
        }
        return session("memberships").select(Membership.META).where(Membership.CATEGORY_ID.eq(id)).list();
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
        return this == other || other instanceof Category that && this.id != null && Objects.equals(this.id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
    }

    @Override
    public String toString() {
        return "Category{" + "id=" + id + ", name=" + name + ", parentId=" + parentId + "}";
    }

    /**
     * Table {@code categories}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Category> {

        private Meta() {
            super("categories", List.of(ID, NAME, PARENT_ID), List.of(ID), Category::new);
        }
    }
}
