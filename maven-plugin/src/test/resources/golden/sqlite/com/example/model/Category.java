package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
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
    public static final TypedColumn<Category, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Category::getName, Category::setName);

    /**
     * Column {@code parent_id}.
     */
    public static final TypedColumn<Category, Long> PARENT_ID = TypedColumn.of("parent_id", ValueTypes.LONG, Category::getParentId, Category::setParentId);

    /**
     * The metadata of table {@code categories}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getParent()}: the row that {@code categories (parent_id) → categories (id)} references; {@code select(Category.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Category, Category> PARENT = Relation.toOne("parent", () -> Category.META, () -> List.of(PARENT_ID), () -> List.of(Category.ID));

    /**
     * The relationship of {@code getCategoriesAsParent()}: the rows whose {@code categories (parent_id) → categories (id)} references this one; {@code select(Category.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<Category, Category> CATEGORIES_AS_PARENT = Relation.toMany("categoriesAsParent", () -> Category.META, () -> List.of(ID), () -> List.of(Category.PARENT_ID));

    /**
     * The relationship of {@code getMemberships()}: the rows whose {@code memberships (category_id) → categories (id)} references this one; {@code select(Category.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<Category, Membership> MEMBERSHIPS = Relation.toMany("memberships", () -> Membership.META, () -> List.of(ID), () -> List.of(Membership.CATEGORY_ID));

    private Long id;

    private String name;

    private Long parentId;

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
     * Column {@code name text NOT NULL}.
     */
    public String getName() {
        return name;
    }

    /**
     * Sets {@code name}.
     */
    public void setName(String name) {
        this.name = name;
    }

    /**
     * Column {@code parent_id integer}.
     */
    public Long getParentId() {
        return parentId;
    }

    /**
     * Sets {@code parent_id}.
     */
    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /**
     * The row of {@code categories} that {@code categories (parent_id) → categories (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public Category getParent() {
        if (parentId == null) {
            return null;
        }
        return cached("parent", parentId, () -> session("parent").find(Category.META, parentId).orElse(null));
    }

    /**
     * Points {@code categories (parent_id) → categories (id)} at {@code category} (null: at no row); {@code category} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code category} is not inserted yet
     */
    public void setParent(Category category) {
        setParentId(category == null ? null : keyOf(category, category.getId(), "Category.setParent"));
    }

    /**
     * The rows whose {@code categories (parent_id) → categories (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Category> getCategoriesAsParent() {
        return cached("categoriesAsParent", id, () -> id == null ? List.of() : session("categoriesAsParent").select(Category.META).where(Category.PARENT_ID.eq(id)).list());
    }

    /**
     * The rows whose {@code memberships (category_id) → categories (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Membership> getMemberships() {
        return cached("memberships", id, () -> id == null ? List.of() : session("memberships").select(Membership.META).where(Membership.CATEGORY_ID.eq(id)).list());
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
        return this == other || other instanceof Category that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
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
