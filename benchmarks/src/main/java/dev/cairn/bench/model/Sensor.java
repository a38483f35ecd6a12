package dev.cairn.bench.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/** Table {@code sensors}, as db:generate-models writes it, for {@link dev.cairn.bench.EntityWriteBenchmark}. */
public class Sensor extends Entity {
    public static final TypedColumn<Sensor, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Sensor::getId, Sensor::setId);
    public static final TypedColumn<Sensor, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Sensor::getName, Sensor::setName);
    public static final Meta META = new Meta();
    public static final Relation<Sensor, Event> EVENTS = Relation.toMany("events", () -> Event.META, () -> List.of(ID),
            () -> List.of(Event.SENSOR_ID));

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

    public List<Event> getEvents() {
        return cached("events", id, () -> id == null ? List.of() : session("events").select(Event.META).where(Event.SENSOR_ID.eq(id)).list());
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Sensor that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    public static final class Meta extends EntityType<Sensor> {
        private Meta() {
            super("sensors", List.of(ID, NAME), List.of(ID), Sensor::new);
        }
    }
}
