package dev.cairn.bench.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code events}, as db:generate-models writes it (the same class on every engine: no date column) for
 * {@link dev.cairn.bench.EntityWriteBenchmark}.
 */
public class Event extends Entity {
    public static final TypedColumn<Event, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Event::getId, Event::setId);
    public static final TypedColumn<Event, Long> SENSOR_ID = TypedColumn.required("sensor_id", ValueTypes.LONG, Event::getSensorId, Event::setSensorId);
    public static final TypedColumn<Event, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Event::getName, Event::setName);
    public static final TypedColumn<Event, Double> VALUE = TypedColumn.of("value", ValueTypes.DOUBLE, Event::getValue, Event::setValue);
    public static final TypedColumn<Event, String> NOTE = TypedColumn.of("note", ValueTypes.STRING, Event::getNote, Event::setNote);
    public static final Meta META = new Meta();
    public static final Relation<Event, Sensor> SENSOR = Relation.toOne("sensor", () -> Sensor.META, () -> List.of(SENSOR_ID),
            () -> List.of(Sensor.ID));

    private Long id;
    private Long sensorId;
    private String name;
    private Double value;
    private String note;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public Long getSensorId() {
        return sensorId;
    }

    public void setSensorId(Long sensorId) {
        this.sensorId = sensorId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Sensor getSensor() {
        if (sensorId == null) return null;
        return cached("sensor", sensorId, () -> session("sensor").find(Sensor.META, sensorId).orElse(null));
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Event that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    public static final class Meta extends EntityType<Event> {
        private Meta() {
            super("events", List.of(ID, SENSOR_ID, NAME, VALUE, NOTE), List.of(ID), Event::new);
        }
    }
}
