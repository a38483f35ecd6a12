package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code shipments}, created by migration 3 ({@code db/migrations/003_orders.sql}).
 */
public class Shipment extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Shipment, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Shipment::getId, Shipment::setId);

    /**
     * Column {@code order_no}.
     */
    public static final TypedColumn<Shipment, Long> ORDER_NO = TypedColumn.of("order_no", ValueTypes.LONG, Shipment::getOrderNo, Shipment::setOrderNo);

    /**
     * Column {@code line_no}.
     */
    public static final TypedColumn<Shipment, Long> LINE_NO = TypedColumn.of("line_no", ValueTypes.LONG, Shipment::getLineNo, Shipment::setLineNo);

    /**
     * The metadata of table {@code shipments}.
     */
    public static final Meta META = new Meta();

    private Long id;

    private long orderNo;

    private long lineNo;

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
     * Column {@code order_no integer NOT NULL}.
     */
    public long getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(long orderNo) {
        this.orderNo = orderNo;
    }

    /**
     * Column {@code line_no integer NOT NULL}.
     */
    public long getLineNo() {
        return lineNo;
    }

    public void setLineNo(long lineNo) {
        this.lineNo = lineNo;
    }

    /**
     * The row of {@code order_lines} that {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} references; loads through the session that loaded this entity.
     */
    public OrderLine getOrderLine() {
        return session("orderLine").select(OrderLine.META).where(OrderLine.ORDER_NO.eq(orderNo)).where(OrderLine.LINE_NO.eq(lineNo)).first().orElse(null);
    }

    /**
     * Points {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} at {@code orderLine}.
     */
    public void setOrderLine(OrderLine orderLine) {
        this.orderNo = orderLine.getOrderNo();
        this.lineNo = orderLine.getLineNo();
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
        return this == other || other instanceof Shipment that && this.id != null && Objects.equals(this.id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
    }

    @Override
    public String toString() {
        return "Shipment{" + "id=" + id + ", orderNo=" + orderNo + ", lineNo=" + lineNo + "}";
    }

    /**
     * Table {@code shipments}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Shipment> {

        private Meta() {
            super("shipments", List.of(ID, ORDER_NO, LINE_NO), List.of(ID), Shipment::new);
        }
    }
}
