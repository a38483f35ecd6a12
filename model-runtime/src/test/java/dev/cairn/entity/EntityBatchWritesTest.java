package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.sample.Customer;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The write side of the entity runtime beyond one row (issue 20): batched inserts that give every entity the key of its
 * own row, whatever the table's triggers do.
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
}
