package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.sample.Customer;
import dev.cairn.entity.sample.OrderItem;
import dev.cairn.entity.sample.ShopOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entity runtime never loses a write silently, on SQLite, PostgreSQL and MariaDB (issue 20, defects 1 to 6):
 * what the database fills in is read back, updates write only what changed by the key as loaded, a version column
 * locks optimistically, equality survives insert, required columns and unsaved targets are refused clearly.
 */
class EntityWritesTest {

    private static ShopOrder order(String note) {
        ShopOrder o = new ShopOrder();
        o.setNote(note);
        return o;
    }

    private static OrderItem item(ShopOrder order, int lineNo, int quantity) {
        OrderItem i = new OrderItem();
        i.setOrder(order);
        i.setLineNo(lineNo);
        i.setQuantity(quantity);
        return i;
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void insertReadsBackEveryColumnTheDatabaseFillsAndTheNextUpdateKeepsThem(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id;
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.insert(order("first"));
                assertNotNull(o.getId());
                assertEquals("en", o.getLang());
                assertEquals(0, o.getTotal());
                assertEquals("WELCOME", o.getCoupon());
                assertNotNull(o.getPlacedAt());
                assertEquals(0, o.getVersion());
                o.setNote("changed");
                s.update(o);
                id = o.getId();
                s.commit();
            }
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.find(ShopOrder.META, id).orElseThrow();
                assertEquals("changed", o.getNote());
                assertEquals("en", o.getLang());
                assertEquals("WELCOME", o.getCoupon());
                assertNotNull(o.getPlacedAt());
                assertEquals(1, o.getVersion());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aNullableColumnWithADefaultSetToNullOnPurposeStoresNull(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect); Session s = shop.db.openSession()) {
            ShopOrder o = order("no coupon");
            o.setCoupon(null);
            s.insert(o);
            assertNull(o.getCoupon());
            assertNull(storedCoupon(s, o.getId()));
            ShopOrder other = s.insert(order("default coupon"));
            assertEquals("WELCOME", storedCoupon(s, other.getId()));
        }
    }

    private static String storedCoupon(Session s, long id) throws Exception {
        try (PreparedStatement p = s.connection().prepareStatement("SELECT coupon FROM shop_orders WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void anUpdateWritesOnlyTheColumnsThatChangedSoConcurrentChangesToOtherColumnsSurvive(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id = shop.db.inTransaction(s -> {
                Customer c = new Customer();
                c.setName("Ann");
                c.setCity("Oslo");
                return s.insert(c).getId();
            });
            try (Session a = shop.db.openSession(); Session b = shop.db.openSession()) {
                Customer ca = a.find(Customer.META, id).orElseThrow();
                Customer cb = b.find(Customer.META, id).orElseThrow();
                a.commit();
                b.commit();
                ca.setName("Annabel");
                a.update(ca);
                a.commit();
                cb.setCity("Bergen");
                b.update(cb);
                b.commit();
            }
            try (Session s = shop.db.openSession()) {
                Customer c = s.find(Customer.META, id).orElseThrow();
                assertEquals("Annabel", c.getName());
                assertEquals("Bergen", c.getCity());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aVersionColumnRefusesTheSecondOfTwoConcurrentUpdates(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id = shop.db.inTransaction(s -> s.insert(order("draft")).getId());
            try (Session a = shop.db.openSession(); Session b = shop.db.openSession()) {
                ShopOrder oa = a.find(ShopOrder.META, id).orElseThrow();
                ShopOrder ob = b.find(ShopOrder.META, id).orElseThrow();
                a.commit();
                b.commit();
                oa.setNote("A's note");
                a.update(oa);
                a.commit();
                assertEquals(1, oa.getVersion());
                ob.setTotal(99);
                OptimisticLockException e = assertThrows(OptimisticLockException.class, () -> b.update(ob));
                assertTrue(e.getMessage().contains("another transaction changed or deleted it since it was loaded at version 0"),
                        e.getMessage());
                assertEquals(0, ob.getVersion());
                assertEquals(0, e.expectedVersion());
                b.rollback();
                assertThrows(OptimisticLockException.class, () -> b.delete(ob));
            }
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.find(ShopOrder.META, id).orElseThrow();
                assertEquals("A's note", o.getNote());
                assertEquals(0, o.getTotal());
                assertEquals(1, o.getVersion());
                o.setTotal(5);
                s.update(o);
                s.delete(o);
                assertFalse(o.isPersisted());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void theKeyOfALoadedRowIsFixedSoAnUpdateNeverOverwritesAnotherRow(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id = shop.db.inTransaction(s -> {
                ShopOrder o = s.insert(order("two lines"));
                s.insert(item(o, 1, 10));
                s.insert(item(o, 2, 20));
                return o.getId();
            });
            try (Session s = shop.db.openSession()) {
                OrderItem first = s.find(OrderItem.META, id, 1).orElseThrow();
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> first.setLineNo(2));
                assertTrue(e.getMessage().contains("is fixed once the row exists (line_no 1 → 2)"), e.getMessage());
                first.setLineNo(1);
                first.setQuantity(99);
                s.update(first);
                s.commit();
            }
            try (Session s = shop.db.openSession()) {
                assertEquals(99, s.find(OrderItem.META, id, 1).orElseThrow().getQuantity());
                assertEquals(20, s.find(OrderItem.META, id, 2).orElseThrow().getQuantity());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void equalityAndHashingStayTheSameAcrossInsert(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            ShopOrder o = order("in a set");
            Set<ShopOrder> set = new HashSet<>(Set.of(o));
            int before = o.hashCode();
            long id;
            try (Session s = shop.db.openSession()) {
                s.insert(o);
                assertTrue(set.contains(o));
                assertEquals(before, o.hashCode());
                OrderItem a = item(o, 1, 1), b = item(o, 1, 1);
                assertNotEquals(a, b, "two new entities are two rows-to-be, whatever their keys");
                Set<OrderItem> items = new HashSet<>(Set.of(a));
                s.insert(a);
                assertTrue(items.contains(a));
                id = o.getId();
                s.commit();
            }
            try (Session s = shop.db.openSession()) {
                ShopOrder loaded = s.find(ShopOrder.META, id).orElseThrow();
                assertEquals(o, loaded);
                assertEquals(o.hashCode(), loaded.hashCode());
                assertTrue(set.contains(loaded));
                assertEquals(item(o, 1, 1).hashCode(), s.find(OrderItem.META, id, 1).orElseThrow().hashCode());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void requiredColumnsAndUnsavedTargetsAreRefusedClearly(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect); Session s = shop.db.openSession()) {
            OrderItem orphan = new OrderItem();
            orphan.setLineNo(1);
            orphan.setQuantity(1);
            EntityException missing = assertThrows(EntityException.class, () -> s.insert(orphan));
            assertTrue(missing.getMessage().startsWith("order_items.order_id is required"), missing.getMessage());
            IllegalArgumentException unsaved = assertThrows(IllegalArgumentException.class, () -> orphan.setOrder(order("new")));
            assertTrue(unsaved.getMessage().contains("OrderItem.setOrder: the ShopOrder has no key yet (it is not inserted); insert it first"),
                    unsaved.getMessage());
            ShopOrder saved = s.insert(order("saved"));
            orphan.setOrder(saved);
            s.insert(orphan);
            assertSame(saved, orphan.getOrder());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void typingHolesAreClosed(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect); Session s = shop.db.openSession()) {
            ShopOrder o = s.insert(order("typed"));
            s.commit();
            // an int for a Long key is the same key; a String is refused by name
            assertSame(o, s.find(ShopOrder.META, o.getId().intValue()).orElseThrow());
            IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> s.find(ShopOrder.META, "1"));
            assertEquals("The key column shop_orders.id holds Long values, but String 1 was given", wrongType.getMessage());
            IllegalArgumentException otherTable = assertThrows(IllegalArgumentException.class,
                    () -> s.select(ShopOrder.META).where(OrderItem.QUANTITY.gt(1)));
            assertTrue(otherTable.getMessage().startsWith("The condition compares column quantity, which is not a column of shop_orders"),
                    otherTable.getMessage());
            IllegalArgumentException likeNumber = assertThrows(IllegalArgumentException.class, () -> ShopOrder.TOTAL.like("1%"));
            assertTrue(likeNumber.getMessage().startsWith("like compares text"), likeNumber.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aSessionHoldsOneInstancePerRowAndRelationsAreCached(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id = shop.db.inTransaction(s -> {
                ShopOrder o = s.insert(order("cached"));
                s.insert(item(o, 1, 1));
                s.insert(item(o, 2, 2));
                return o.getId();
            });
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.find(ShopOrder.META, id).orElseThrow();
                assertSame(o, s.select(ShopOrder.META).first().orElseThrow());
                OrderItem first = o.getItems().get(0);
                assertSame(o.getItems(), o.getItems());
                assertSame(first.getOrder(), first.getOrder());
                assertSame(o, first.getOrder());
                // a write in the session loads the list again
                s.insert(item(o, 3, 3));
                assertEquals(3, o.getItems().size());
                assertSame(first, o.getItems().get(0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aBrokenConstraintSaysWhichKindWithTheSqlState(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            ShopOrder o = shop.db.inTransaction(s -> {
                ShopOrder saved = s.insert(order("constraints"));
                s.insert(item(saved, 1, 1));
                return saved;
            });
            try (Session s = shop.db.openSession()) {
                ConstraintViolationException duplicate = assertThrows(ConstraintViolationException.class, () -> s.insert(item(o, 1, 2)));
                assertEquals(ConstraintViolationException.Kind.UNIQUE, duplicate.kind());
                assertTrue(duplicate.getMessage().startsWith("unique constraint violated: "), duplicate.getMessage());
            }
            try (Session s = shop.db.openSession()) {
                OrderItem orphan = new OrderItem();
                orphan.setOrderId(999L);
                orphan.setLineNo(1);
                orphan.setQuantity(1);
                ConstraintViolationException missing = assertThrows(ConstraintViolationException.class, () -> s.insert(orphan));
                assertEquals(ConstraintViolationException.Kind.FOREIGN_KEY, missing.kind());
                assertTrue(missing.getMessage().contains("[SQLState "), missing.getMessage());
            }
        }
    }
}
