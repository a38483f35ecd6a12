package dev.cairn.entity;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A relationship between two entity classes by columns: {@code own} columns of {@code A} hold the values of
 * {@code other} columns of {@code B}. To-one ({@code Post.USER}: the user a post's {@code user_id} references) or
 * to-many ({@code User.POSTS}: the posts whose {@code user_id} references the user). Generated classes hold one
 * constant per relationship; {@link Query#with} loads it for every row of a query in one more statement per chunk of
 * rows, instead of one per row. The parts are suppliers because the classes of both sides refer to each other while
 * they are being initialised.
 *
 * @param <A> the entity the relationship starts from
 * @param <B> the entity it leads to
 */
public final class Relation<A extends Entity, B extends Entity> {
    private final String name;
    private final boolean many;
    private final Supplier<EntityType<B>> target;
    private final Supplier<List<TypedColumn<A, ?>>> own;
    private final Supplier<List<TypedColumn<B, ?>>> other;

    private Relation(String name, boolean many, Supplier<EntityType<B>> target, Supplier<List<TypedColumn<A, ?>>> own,
                     Supplier<List<TypedColumn<B, ?>>> other) {
        this.name = Objects.requireNonNull(name, "name");
        this.many = many;
        this.target = Objects.requireNonNull(target, "target");
        this.own = Objects.requireNonNull(own, "own");
        this.other = Objects.requireNonNull(other, "other");
    }

    /** At most one {@code B} whose {@code other} columns equal this entity's {@code own} columns. */
    public static <A extends Entity, B extends Entity> Relation<A, B> toOne(String name, Supplier<EntityType<B>> target,
                                                                           Supplier<List<TypedColumn<A, ?>>> own,
                                                                           Supplier<List<TypedColumn<B, ?>>> other) {
        return new Relation<>(name, false, target, own, other);
    }

    /** Every {@code B} whose {@code other} columns equal this entity's {@code own} columns. */
    public static <A extends Entity, B extends Entity> Relation<A, B> toMany(String name, Supplier<EntityType<B>> target,
                                                                            Supplier<List<TypedColumn<A, ?>>> own,
                                                                            Supplier<List<TypedColumn<B, ?>>> other) {
        return new Relation<>(name, true, target, own, other);
    }

    /**
     * A condition for a query of {@code A}: some {@code B} linked to the row matches every one of {@code where}
     * (conditions on {@code B}'s columns; none: some {@code B} is linked at all), as
     * {@code EXISTS (SELECT 1 FROM b WHERE b.fk = a.key AND …)}. The users with a post this year:
     * {@code select(User.META).where(User.POSTS.exists(Post.POSTED.ge(start)))}; the users without posts:
     * {@code where(User.POSTS.exists().not())}.
     *
     * @throws IllegalArgumentException when a condition compares a column that is not {@code B}'s
     */
    public Condition exists(Condition... where) {
        EntityType<B> t = target();
        List<Condition> all = List.of(where);
        for (Condition c : all) {
            c.columns(column -> {
                if (!t.columns().contains(column)) {
                    throw new IllegalArgumentException(name + ".exists(…) matches rows of " + t.table() + ", and the condition "
                            + "compares " + column.name() + ", which is not a column of " + t.table() + " (" + t.columns() + ")");
                }
            });
        }
        return new Condition.Exists<>(this, Condition.all(all));
    }

    /** The name of the accessor's cache entry, the relationship's name in the generated class. */
    public String name() {
        return name;
    }

    public boolean isToMany() {
        return many;
    }

    EntityType<B> target() {
        return target.get();
    }

    List<TypedColumn<A, ?>> own() {
        return own.get();
    }

    List<TypedColumn<B, ?>> other() {
        return other.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
