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
 * Table {@code order_lines}, created by migration 3 ({@code db/migrations/003_orders.sql}).
 */
public class OrderLine extends Entity {

    /**
     * Column {@code order_no}.
     */
    public static final TypedColumn<OrderLine, Long> ORDER_NO = TypedColumn.required("order_no", ValueTypes.LONG, OrderLine::getOrderNo, OrderLine::setOrderNo);

    /**
     * Column {@code line_no}.
     */
    public static final TypedColumn<OrderLine, Long> LINE_NO = TypedColumn.required("line_no", ValueTypes.LONG, OrderLine::getLineNo, OrderLine::setLineNo);

    /**
     * Column {@code quantity}.
     */
    public static final TypedColumn<OrderLine, Long> QUANTITY = TypedColumn.required("quantity", ValueTypes.LONG, OrderLine::getQuantity, OrderLine::setQuantity);

    /**
     * The metadata of table {@code order_lines}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getShipments()}: the rows whose {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} references this one; {@code select(OrderLine.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<OrderLine, Shipment> SHIPMENTS = Relation.toMany("shipments", () -> Shipment.META, () -> List.of(ORDER_NO, LINE_NO), () -> List.of(Shipment.ORDER_NO, Shipment.LINE_NO));

    private long orderNo;

    private long lineNo;

    private long quantity;

    /**
     * Column {@code order_no integer NOT NULL}.
     */
    public long getOrderNo() {
        return orderNo;
    }

    /**
     * Sets {@code order_no}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setOrderNo(long orderNo) {
        keyChange(ORDER_NO, orderNo);
        this.orderNo = orderNo;
    }

    /**
     * Column {@code line_no integer NOT NULL}.
     */
    public long getLineNo() {
        return lineNo;
    }

    /**
     * Sets {@code line_no}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setLineNo(long lineNo) {
        keyChange(LINE_NO, lineNo);
        this.lineNo = lineNo;
    }

    /**
     * Column {@code quantity integer NOT NULL}.
     */
    public long getQuantity() {
        return quantity;
    }

    /**
     * Sets {@code quantity}.
     */
    public void setQuantity(long quantity) {
        this.quantity = quantity;
    }

    /**
     * The rows whose {@code shipments (order_no, line_no) → order_lines (order_no, line_no)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Shipment> getShipments() {
        return cached("shipments", Arrays.asList(orderNo, lineNo), () -> session("shipments").select(Shipment.META).where(Shipment.ORDER_NO.eq(orderNo)).where(Shipment.LINE_NO.eq(lineNo)).list());
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
        return this == other || other instanceof OrderLine that && isPersisted() && that.isPersisted() && Objects.equals(this.orderNo, that.orderNo) && Objects.equals(this.lineNo, that.lineNo);
    }

    /**
     * From the primary key, which the application gives and which is fixed once the row exists.
     */
    @Override
    public int hashCode() {
        return Objects.hash(this.orderNo, this.lineNo);
    }

    @Override
    public String toString() {
        return "OrderLine{" + "orderNo=" + orderNo + ", lineNo=" + lineNo + ", quantity=" + quantity + "}";
    }

    /**
     * Table {@code order_lines}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<OrderLine> {

        private Meta() {
            super("order_lines", List.of(ORDER_NO, LINE_NO, QUANTITY), List.of(ORDER_NO, LINE_NO), OrderLine::new);
        }
    }
}
