package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.Arrays;
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
    public static final TypedColumn<Shipment, Long> ORDER_NO = TypedColumn.required("order_no", ValueTypes.LONG, Shipment::getOrderNo, Shipment::setOrderNo);

    /**
     * Column {@code line_no}.
     */
    public static final TypedColumn<Shipment, Long> LINE_NO = TypedColumn.required("line_no", ValueTypes.LONG, Shipment::getLineNo, Shipment::setLineNo);

    /**
     * The metadata of table {@code shipments}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getOrderLine()}: the row that {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} references; {@code select(Shipment.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Shipment, OrderLine> ORDER_LINE = Relation.toOne("orderLine", () -> OrderLine.META, () -> List.of(ORDER_NO, LINE_NO), () -> List.of(OrderLine.ORDER_NO, OrderLine.LINE_NO));

    private Long id;

    private Long orderNo;

    private Long lineNo;

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
     * Column {@code order_no integer NOT NULL}.
     */
    public Long getOrderNo() {
        return orderNo;
    }

    /**
     * Sets {@code order_no}.
     */
    public void setOrderNo(Long orderNo) {
        this.orderNo = orderNo;
    }

    /**
     * Column {@code line_no integer NOT NULL}.
     */
    public Long getLineNo() {
        return lineNo;
    }

    /**
     * Sets {@code line_no}.
     */
    public void setLineNo(Long lineNo) {
        this.lineNo = lineNo;
    }

    /**
     * The row of {@code order_lines} that {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public OrderLine getOrderLine() {
        if (orderNo == null || lineNo == null) {
            return null;
        }
        return cached("orderLine", Arrays.asList(orderNo, lineNo), () -> session("orderLine").find(OrderLine.META, orderNo, lineNo).orElse(null));
    }

    /**
     * Points {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} at {@code orderLine} (null: at no row); {@code orderLine} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code orderLine} is not inserted yet
     */
    public void setOrderLine(OrderLine orderLine) {
        setOrderNo(orderLine == null ? null : keyOf(orderLine, orderLine.getOrderNo(), "Shipment.setOrderLine"));
        setLineNo(orderLine == null ? null : keyOf(orderLine, orderLine.getLineNo(), "Shipment.setOrderLine"));
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
        return this == other || other instanceof Shipment that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
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
