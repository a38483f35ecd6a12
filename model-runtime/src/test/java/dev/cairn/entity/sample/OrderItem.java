package dev.cairn.entity.sample;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;
import java.util.Objects;

/** Written the way db:generate-models writes entities: a composite key the application assigns, a required foreign key. */
public class OrderItem extends Entity {
    public static final TypedColumn<OrderItem, Long> ORDER_ID = TypedColumn.required("order_id", ValueTypes.LONG, OrderItem::getOrderId, OrderItem::setOrderId);
    public static final TypedColumn<OrderItem, Integer> LINE_NO = TypedColumn.required("line_no", ValueTypes.INTEGER, OrderItem::getLineNo, OrderItem::setLineNo);
    public static final TypedColumn<OrderItem, Integer> QUANTITY = TypedColumn.required("quantity", ValueTypes.INTEGER, OrderItem::getQuantity, OrderItem::setQuantity);
    public static final Meta META = new Meta();
    public static final Relation<OrderItem, ShopOrder> ORDER = Relation.toOne("order", () -> ShopOrder.META, () -> List.of(ORDER_ID),
            () -> List.of(ShopOrder.ID));

    private Long orderId;
    private Integer lineNo;
    private Integer quantity;

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        keyChange(ORDER_ID, orderId);
        this.orderId = orderId;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public void setLineNo(Integer lineNo) {
        keyChange(LINE_NO, lineNo);
        this.lineNo = lineNo;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public ShopOrder getOrder() {
        if (orderId == null) return null;
        return cached("order", orderId, () -> session("order").find(ShopOrder.META, orderId).orElse(null));
    }

    public void setOrder(ShopOrder order) {
        setOrderId(order == null ? null : keyOf(order, order.getId(), "OrderItem.setOrder"));
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OrderItem that && isPersisted() && that.isPersisted()
                && Objects.equals(orderId, that.orderId) && Objects.equals(lineNo, that.lineNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }

    @Override
    public String toString() {
        return "OrderItem{orderId=" + orderId + ", lineNo=" + lineNo + ", quantity=" + quantity + "}";
    }

    public static final class Meta extends EntityType<OrderItem> {
        private Meta() {
            super("order_items", List.of(ORDER_ID, LINE_NO, QUANTITY), List.of(ORDER_ID, LINE_NO), OrderItem::new);
        }
    }
}
