package dev.cairn.entity.sample;

import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.ValueTypes;

import java.util.List;
import java.util.Objects;

public class Tag extends Entity {
    public static final TypedColumn<Tag, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Tag::getId, Tag::setId);
    public static final TypedColumn<Tag, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Tag::getName, Tag::setName);
    public static final Meta META = new Meta();

    private Long id;
    private String name;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Tag that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "Tag{id=" + id + ", name=" + name + "}";
    }

    public static final class Meta extends EntityType<Tag> {
        private Meta() {
            super("tags", List.of(ID, NAME), List.of(ID), Tag::new);
        }
    }
}
