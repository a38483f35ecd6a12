package dev.cairn.entity.sample;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;
import java.util.Objects;

/** Written the way db:generate-models writes entities: defaults, a nullable default and a version column. */
public class ShopOrder extends Entity {
    public static final TypedColumn<ShopOrder, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, ShopOrder::getId, ShopOrder::setId);
    public static final TypedColumn<ShopOrder, String> NOTE = TypedColumn.of("note", ValueTypes.STRING, ShopOrder::getNote, ShopOrder::setNote);
    public static final TypedColumn<ShopOrder, Integer> TOTAL = TypedColumn.defaulted("total", ValueTypes.INTEGER, ShopOrder::getTotal, ShopOrder::setTotal);
    public static final TypedColumn<ShopOrder, String> LANG = TypedColumn.defaulted("lang", ValueTypes.STRING, ShopOrder::getLang, ShopOrder::setLang);
    public static final TypedColumn<ShopOrder, String> COUPON = TypedColumn.defaulted("coupon", ValueTypes.STRING, ShopOrder::getCoupon, ShopOrder::setCoupon);
    public static final TypedColumn<ShopOrder, String> PLACED_AT = TypedColumn.defaulted("placed_at", ValueTypes.STRING, ShopOrder::getPlacedAt, ShopOrder::setPlacedAt);
    public static final TypedColumn<ShopOrder, Integer> VERSION = TypedColumn.version("version", ValueTypes.INTEGER, ShopOrder::getVersion, ShopOrder::setVersion, true);
    public static final Meta META = new Meta();
    public static final Relation<ShopOrder, OrderItem> ITEMS = Relation.toMany("items", () -> OrderItem.META, () -> List.of(ID),
            () -> List.of(OrderItem.ORDER_ID));

    private Long id;
    private String note;
    private Integer total;
    private String lang;
    private String coupon;
    private String placedAt;
    private Integer version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getTotal() {
        return total;
    }

    public void setTotal(Integer total) {
        this.total = total;
        assigned(TOTAL);
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
        assigned(LANG);
    }

    public String getCoupon() {
        return coupon;
    }

    public void setCoupon(String coupon) {
        this.coupon = coupon;
        assigned(COUPON);
    }

    public String getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(String placedAt) {
        this.placedAt = placedAt;
        assigned(PLACED_AT);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
        assigned(VERSION);
    }

    public List<OrderItem> getItems() {
        return cached("items", id, () -> id == null ? List.of() : session("items").select(OrderItem.META).where(OrderItem.ORDER_ID.eq(id)).list());
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShopOrder that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "ShopOrder{id=" + id + ", note=" + note + ", total=" + total + ", lang=" + lang + ", coupon=" + coupon + ", version=" + version + "}";
    }

    public static final class Meta extends EntityType<ShopOrder> {
        private Meta() {
            super("shop_orders", List.of(ID, NOTE, TOTAL, LANG, COUPON, PLACED_AT, VERSION), List.of(ID), ShopOrder::new);
        }
    }
}
