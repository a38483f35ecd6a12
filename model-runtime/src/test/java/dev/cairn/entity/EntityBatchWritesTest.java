package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.sample.Customer;
import dev.cairn.entity.sample.OrderItem;
import dev.cairn.entity.sample.ShopOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write side of the entity runtime beyond one row (issue 20), on SQLite, PostgreSQL and MariaDB: batched inserts
 * that give every entity the key of its own row, whatever the table's triggers do; upserts on the key or unique columns
 * that read the row back; and a failed write that leaves the transaction usable and as it was before the call.
 */
class EntityBatchWritesTest {

    private static Customer customer(String name, String city) {
        Customer c = new Customer();
        c.setName(name);
        c.setCity(city);
        return c;
    }

    /** The name of the row with this key, read with plain JDBC. */
    private static String nameOf(Session s, long id) throws Exception {
        try (PreparedStatement p = s.connection().prepareStatement("SELECT name FROM customers WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void insertAllOnSqliteGivesEachEntityItsOwnKeyEvenWhenATriggerInsertsIntoTheSameTable() throws Exception {
        try (ShopSchema shop = ShopSchema.on(Dialect.SQLITE); Session s = shop.db.openSession()) {
            try (Statement st = s.connection().createStatement()) {
                st.execute("CREATE TRIGGER customers_copy AFTER INSERT ON customers WHEN NEW.city = 'twice' "
                        + "BEGIN INSERT INTO customers (name) VALUES (NEW.name || ' (copy)'); END");
            }
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < 5; i++) customers.add(customer("customer " + i, i == 1 ? "twice" : "once"));
            s.insertAll(customers);
            for (Customer c : customers) assertEquals(c.getName(), nameOf(s, c.getId()));
        }
    }

    @Test
    void insertAllOnSqliteComputesTheKeysAboveTheLargestOneAndAcrossBatches() throws Exception {
        try (ShopSchema shop = ShopSchema.on(Dialect.SQLITE); Session s = shop.db.openSession()) {
            try (Statement st = s.connection().createStatement()) {
                st.execute("INSERT INTO customers (id, name) VALUES (500, 'far ahead')");
            }
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < 2500; i++) customers.add(customer("customer " + i, null));
            s.insertAll(customers);
            assertEquals(501, customers.get(0).getId());
            for (Customer c : customers) assertEquals(c.getName(), nameOf(s, c.getId()));
        }
    }

    private static long count(Session s, String table) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ShopOrder order(String note) {
        ShopOrder o = new ShopOrder();
        o.setNote(note);
        return o;
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void upsertOnTheKeyInsertsThenUpdatesAndReadsTheRowBack(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            long id = shop.db.inTransaction(s -> s.insert(order("first")).getId());
            try (Session s = shop.db.openSession()) {
                ShopOrder again = new ShopOrder();
                again.setId(id);
                again.setNote("second");
                again.setTotal(7);
                assertSame(again, s.upsert(again));
                assertTrue(again.isPersisted());
                assertEquals("second", again.getNote());
                assertEquals(7, again.getTotal());
                assertEquals("en", again.getLang(), "a column the upsert left out keeps the row's value, read back");
                assertEquals("WELCOME", again.getCoupon());
                assertNotNull(again.getPlacedAt());
                assertEquals(1, again.getVersion(), "the version goes up on the update");
                assertSame(again, s.find(ShopOrder.META, id).orElseThrow());
                again.setNote("third");
                s.update(again);
                ShopOrder fresh = new ShopOrder();
                fresh.setId(id + 100);
                fresh.setNote("new row");
                s.upsert(fresh);
                assertEquals("en", fresh.getLang());
                assertEquals(0, fresh.getVersion());
                s.commit();
                assertEquals(2, count(s, "shop_orders"));
            }
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.find(ShopOrder.META, id).orElseThrow();
                assertEquals("third", o.getNote());
                assertEquals(7, o.getTotal());
                assertEquals(2, o.getVersion());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void upsertOnUniqueColumnsUpdatesTheRowThatHasThemAndReadsItsKeyBack(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            try (Session s = shop.db.openSession(); Statement st = s.connection().createStatement()) {
                st.execute("CREATE UNIQUE INDEX customers_name ON customers (name)");
                s.commit();
            }
            long id = shop.db.inTransaction(s -> s.insert(customer("Ann", "Oslo")).getId());
            try (Session s = shop.db.openSession()) {
                Customer ann = s.upsert(customer("Ann", "Bergen"), Customer.NAME);
                assertEquals(id, ann.getId());
                assertEquals("Bergen", ann.getCity());
                Customer bob = s.upsert(customer("Bob", null), Customer.NAME);
                assertNotNull(bob.getId());
                assertFalse(bob.getId() == id);
                Customer noCity = customer("Ann", null);
                s.upsert(noCity, Customer.NAME);
                assertNull(noCity.getCity(), "a nullable column the entity gives as null is written");
                s.commit();
                assertEquals(2, count(s, "customers"));
                EntityException noValue = assertThrows(EntityException.class, () -> s.upsert(new Customer(), Customer.NAME));
                assertTrue(noValue.getMessage().startsWith("customers.name is a unique column of the upsert and has no value"),
                        noValue.getMessage());
                assertThrows(EntityException.class, () -> s.upsert(ann, Customer.NAME), "a saved row is updated, not upserted");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aFailedWriteLeavesTheTransactionUsableAndAsItWas(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.insert(order("kept"));
                s.insert(item(o, 1, 1));
                assertThrows(ConstraintViolationException.class, () -> s.insert(item(o, 1, 2)));
                // the next statement runs: on PostgreSQL no "current transaction is aborted"
                s.insert(item(o, 2, 2));
                o.setNote("still kept");
                s.update(o);
                OrderItem orphan = item(o, 3, 3);
                orphan.setOrderId(o.getId() + 1000);
                assertThrows(ConstraintViolationException.class, () -> s.insert(orphan));
                assertEquals(2, count(s, "order_items"));
                s.commit();
            }
            try (Session s = shop.db.openSession()) {
                ShopOrder o = s.select(ShopOrder.META).first().orElseThrow();
                assertEquals("still kept", o.getNote());
                assertEquals(2, o.getItems().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aFailedInsertAllOrUpdateAllWritesNothingAndLeavesTheEntitiesAsTheyWere(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect); Session s = shop.db.openSession()) {
            ShopOrder o = s.insert(order("batches"));
            List<ShopOrder> orders = new ArrayList<>();
            for (int i = 0; i < 1500; i++) orders.add(order("order " + i));
            ShopOrder wide = order("x".repeat(200)); // too long for note VARCHAR(100) on the servers; SQLite takes it
            orders.add(wide);
            if (dialect != Dialect.SQLITE) {
                assertThrows(EntityException.class, () -> s.insertAll(orders));
                assertEquals(1, count(s, "shop_orders"), "no row of the failed call stays");
                for (ShopOrder each : orders) {
                    assertNull(each.getId());
                    assertNull(each.getLang());
                    assertFalse(each.isPersisted());
                }
                orders.remove(wide);
            }
            List<OrderItem> items = new ArrayList<>();
            for (int line = 1; line <= 3; line++) items.add(item(o, line, line));
            items.add(item(o, 2, 9)); // the same key twice
            assertThrows(ConstraintViolationException.class, () -> s.insertAll(items));
            assertEquals(0, count(s, "order_items"), "no row of the failed call stays");
            s.insertAll(orders);
            assertNotNull(orders.get(0).getId());
            assertEquals("en", orders.get(0).getLang());
            for (ShopOrder each : orders) each.setTotal(5);
            ShopOrder stale = orders.get(orders.size() - 1);
            try (Statement st = s.connection().createStatement()) {
                st.executeUpdate("UPDATE shop_orders SET version = 10 WHERE id = " + stale.getId());
            }
            assertThrows(OptimisticLockException.class, () -> s.updateAll(orders));
            try (Statement st = s.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT COUNT(*) FROM shop_orders WHERE total = 5")) {
                r.next();
                assertEquals(0, r.getLong(1), "the batches before the stale row are taken back too");
            }
            assertEquals(0, orders.get(0).getVersion());
            assertNotNull(s.insert(order("after")).getId());
            s.commit();
        }
    }

    private static OrderItem item(ShopOrder order, int lineNo, int quantity) {
        OrderItem i = new OrderItem();
        i.setOrder(order);
        i.setLineNo(lineNo);
        i.setQuantity(quantity);
        return i;
    }
}
