package dev.cairn.entity;

import java.util.List;

/**
 * A many-to-many relationship through a pure join table: {@code joinTable.ownColumns} reference the owner's
 * {@code ownKey}, {@code joinTable.otherColumns} reference the {@code target}'s {@code targetKey}.
 */
public record ManyToMany<A extends Entity, B extends Entity>(String joinTable, List<String> ownColumns, List<TypedColumn<A, ?>> ownKey,
                                                             List<String> otherColumns, EntityType<B> target,
                                                             List<TypedColumn<B, ?>> targetKey) {
    public ManyToMany {
        ownColumns = List.copyOf(ownColumns);
        ownKey = List.copyOf(ownKey);
        otherColumns = List.copyOf(otherColumns);
        targetKey = List.copyOf(targetKey);
        if (ownColumns.size() != ownKey.size() || otherColumns.size() != targetKey.size()) {
            throw new IllegalArgumentException("join columns and key columns differ in number for " + joinTable);
        }
    }
}
