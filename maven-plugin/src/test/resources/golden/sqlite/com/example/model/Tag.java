package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.ManyToMany;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code tags}, created by migration 2 ({@code db/migrations/002_tags_messages.sql}).
 */
public class Tag extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Tag, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Tag::getId, Tag::setId);

    /**
     * Column {@code name}.
     */
    public static final TypedColumn<Tag, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Tag::getName, Tag::setName);

    /**
     * The metadata of table {@code tags}.
     */
    public static final Meta META = new Meta();

    private Long id;

    private String name;

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
     * Column {@code name varchar(40) NOT NULL}.
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

    private static ManyToMany<Tag, Post> postsRelation() {
        return new ManyToMany<>("post_tags", List.of("tag_id"), List.of(ID), List.of("post_id"), Post.META, List.of(Post.ID));
    }

    /**
     * The rows linked to this one through join table {@code post_tags}; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Post> getPosts() {
        return cached("posts", id, () -> session("posts").linked(postsRelation(), this));
    }

    /**
     * Links {@code post} to this row: inserts a row of {@code post_tags}.
     */
    public void addPost(Post post) {
        session("posts").link(postsRelation(), this, post);
    }

    /**
     * Unlinks {@code post} from this row: deletes its row of {@code post_tags}.
     */
    public void removePost(Post post) {
        session("posts").unlink(postsRelation(), this, post);
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
        return this == other || other instanceof Tag that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
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
        return "Tag{" + "id=" + id + ", name=" + name + "}";
    }

    /**
     * Table {@code tags}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Tag> {

        private Meta() {
            super("tags", List.of(ID, NAME), List.of(ID), Tag::new);
        }
    }
}
