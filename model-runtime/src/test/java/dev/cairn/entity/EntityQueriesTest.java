package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.sample.OrderItem;
import dev.cairn.entity.sample.ShopOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What users expect of the entity runtime next (issue 20), on SQLite, PostgreSQL and MariaDB: includes that load a
 * relationship for every row in one statement, offset and keyset pagination, batched insertAll and updateAll, and a
 * statement listener that counts what ran.
 */
class EntityQueriesTest {

    /** 100 orders of 3 items each, committed. */
    private static void hundredOrders(Database db) {
        db.runInTransaction(s -> {
            List<ShopOrder> orders = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ShopOrder o = new ShopOrder();
                o.setNote("order " + i);
                orders.add(o);
            }
            s.insertAll(orders);
            List<OrderItem> items = new ArrayList<>();
            for (ShopOrder o : orders) {
                for (int line = 1; line <= 3; line++) {
                    OrderItem item = new OrderItem();
                    item.setOrder(o);
                    item.setLineNo(line);
                    item.setQuantity(line);
                    items.add(item);
                }
            }
            s.insertAll(items);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void anIncludeLoads100RowsAndTheirChildrenInTwoStatements(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            hundredOrders(shop.db);
            List<String> ran = new ArrayList<>();
            shop.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
            try (Session s = shop.db.openSession()) {
                int items = 0;
                for (ShopOrder o : s.select(ShopOrder.META).with(ShopOrder.ITEMS).list()) {
                    items += o.getItems().size();
                    for (OrderItem i : o.getItems()) assertSame(o, i.getOrder());
                }
                assertEquals(300, items);
                assertEquals(2, ran.size(), String.join("\n", ran));
                assertTrue(ran.get(1).contains(" IN ("), ran.get(1));
                ran.clear();
                // the other way: items with their orders, which the session already holds
                List<OrderItem> all = s.select(OrderItem.META).with(OrderItem.ORDER).list();
                assertEquals(300, all.size());
                assertNotNull(all.get(299).getOrder());
                assertEquals(2, ran.size(), String.join("\n", ran));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void offsetAndKeysetPagination(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            hundredOrders(shop.db);
            try (Session s = shop.db.openSession()) {
                Query<ShopOrder> byId = s.select(ShopOrder.META).orderBy(ShopOrder.ID.asc());
                List<ShopOrder> page2 = byId.page(2, 10).list();
                assertEquals(List.of("order 20", "order 29"), List.of(page2.get(0).getNote(), page2.get(9).getNote()));
                assertThrows(IllegalStateException.class, () -> byId.offset(5).list());
                // keyset: by item line descending, then order id ascending; every row once, in order
                Query<OrderItem> byLine = s.select(OrderItem.META).orderBy(OrderItem.LINE_NO.desc(), OrderItem.ORDER_ID.asc());
                List<OrderItem> seen = new ArrayList<>();
                List<OrderItem> page = byLine.limit(40).list();
                while (!page.isEmpty()) {
                    seen.addAll(page);
                    page = byLine.after(page.get(page.size() - 1)).limit(40).list();
                }
                assertEquals(byLine.list(), seen);
                assertEquals(300, seen.size());
                assertEquals(3, seen.get(0).getLineNo());
                assertEquals(1, seen.get(299).getLineNo());
                assertTrue(s.select(OrderItem.META).where(OrderItem.QUANTITY.gt(2)).exists());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void insertAllReadsBackWhatTheDatabaseFilledAndUpdateAllWritesWhatChanged(Dialect dialect) throws Exception {
        try (ShopSchema shop = ShopSchema.on(dialect)) {
            hundredOrders(shop.db);
            List<String> ran = new ArrayList<>();
            try (Session s = shop.db.openSession()) {
                List<ShopOrder> orders = s.select(ShopOrder.META).orderBy(ShopOrder.ID.asc()).list();
                assertEquals(List.of(1L, 100L), List.of(orders.get(0).getId(), orders.get(99).getId()));
                assertEquals("en", orders.get(50).getLang());
                for (ShopOrder o : orders) o.setTotal(o.getId().intValue() * 10);
                orders.get(0).setNote("first");
                shop.db.addStatementListener((sql, parameters, took) -> ran.add(sql));
                s.updateAll(orders);
                // two shapes of change: total alone, and total with note; one batch each
                assertEquals(2, ran.size(), String.join("\n", ran));
                assertEquals(1, orders.get(0).getVersion());
                s.commit();
            }
            try (Session a = shop.db.openSession(); Session b = shop.db.openSession()) {
                ShopOrder oa = a.find(ShopOrder.META, 7L).orElseThrow();
                List<ShopOrder> all = b.select(ShopOrder.META).list();
                a.commit();
                b.commit();
                oa.setNote("changed by A");
                a.update(oa);
                a.commit();
                for (ShopOrder o : all) o.setNote("changed by B");
                assertThrows(OptimisticLockException.class, () -> b.updateAll(all));
                b.rollback();
            }
            try (Session s = shop.db.openSession()) {
                assertEquals(70, s.find(ShopOrder.META, 7L).orElseThrow().getTotal());
                assertEquals("changed by A", s.find(ShopOrder.META, 7L).orElseThrow().getNote());
                assertEquals("first", s.find(ShopOrder.META, 1L).orElseThrow().getNote());
            }
        }
    }
}
