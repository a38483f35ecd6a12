package dev.cairn.entity.sample;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;
import java.util.Objects;

/** Written the way db:generate-models writes entities: a table without a version column. */
public class Customer extends Entity {
    public static final TypedColumn<Customer, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Customer::getId, Customer::setId);
    public static final TypedColumn<Customer, String> NAME = TypedColumn.required("name", ValueTypes.STRING, Customer::getName, Customer::setName);
    public static final TypedColumn<Customer, String> CITY = TypedColumn.of("city", ValueTypes.STRING, Customer::getCity, Customer::setCity);
    public static final Meta META = new Meta();

    private Long id;
    private String name;
    private String city;

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

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Customer that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "Customer{id=" + id + ", name=" + name + ", city=" + city + "}";
    }

    public static final class Meta extends EntityType<Customer> {
        private Meta() {
            super("customers", List.of(ID, NAME, CITY), List.of(ID), Customer::new);
        }
    }
}
