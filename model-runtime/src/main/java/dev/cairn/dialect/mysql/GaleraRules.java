package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ClusterRules;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlStatement;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a MariaDB Galera cluster ({@code wsrep_on}): every node applies the same row changes (write sets) and
 * runs DDL in total order isolation. Refused before anything runs: a table in an engine other than InnoDB (its rows are
 * not replicated, so nodes drift apart), {@code LOCK TABLES} and {@code FLUSH TABLES … WITH READ LOCK} (not supported
 * in a cluster), {@code GET_LOCK}/{@code RELEASE_LOCK} (they lock one node only), a table without a primary key where
 * {@code wsrep_mode} requires one, and a statement whose text alone exceeds {@code wsrep_max_ws_size} or whose rows
 * exceed {@code wsrep_max_ws_rows}. Warned: a table left without a primary key (its rows are replicated by whole-row
 * match, slow and unsafe for DELETE), and an UPDATE or DELETE on a table whose estimated rows exceed the row limit.
 */
final class GaleraRules implements ClusterRules {
    static final GaleraRules INSTANCE = new GaleraRules();

    private static final Pattern STRINGS = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\"|--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LOCK_TABLES = Pattern.compile("(?is)^\\s*(LOCK\\s+TABLES?|UNLOCK\\s+TABLES?|FLUSH\\s+TABLES?\\b.*\\bWITH\\s+READ\\s+LOCK)\\b");
    private static final Pattern NAMED_LOCK = Pattern.compile("(?i)\\b(GET_LOCK|RELEASE_LOCK|RELEASE_ALL_LOCKS)\\s*\\(");
    private static final Pattern CHANGE_ROWS = Pattern.compile("(?is)^\\s*(?:UPDATE(?:\\s+LOW_PRIORITY)?(?:\\s+IGNORE)?|DELETE(?:\\s+LOW_PRIORITY)?(?:\\s+QUICK)?(?:\\s+IGNORE)?\\s+FROM)\\s+`?([\\w$]+)`?(?:\\s*\\.\\s*`?([\\w$]+)`?)?");
    private static final Pattern VALUES_ROWS = Pattern.compile("\\)\\s*,\\s*\\(");
    private static final Pattern INSERT_VALUES = Pattern.compile("(?is)^\\s*(?:INSERT|REPLACE)\\b.*?\\bVALUES?\\s*\\(");

    private GaleraRules() {
    }

    @Override
    public Optional<Cluster> detect(Connection c) throws SQLException {
        if (!"1".equals(variable(c, "wsrep_on"))) return Optional.empty();
        long rows = Long.parseLong(variable(c, "wsrep_max_ws_rows"));
        long bytes = Long.parseLong(variable(c, "wsrep_max_ws_size"));
        String mode = String.valueOf(variable(c, "wsrep_mode")).toUpperCase(Locale.ROOT); // MariaDB 10.6 and later
        int nodes = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
            if (r.next()) nodes = r.getInt(2);
        }
        Map<String, Long> estimated = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, table_rows FROM information_schema.TABLES WHERE table_schema = DATABASE() AND table_rows IS NOT NULL")) {
            while (r.next()) estimated.put(r.getString(1).toLowerCase(Locale.ROOT), r.getLong(2));
        }
        return Optional.of(new Cluster("MariaDB Galera", nodes, rows, bytes, mode.contains("REQUIRED_PRIMARY_KEY"), estimated));
    }

    /** A server variable's value; null where the server has no such variable (MySQL, a MariaDB without wsrep or older). */
    private static String variable(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT @@" + name)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1193) return null;
            throw e;
        }
    }

    @Override
    public List<Finding> check(Cluster cluster, SqlStatement statement, Schema before, Schema after) {
        List<Finding> out = new ArrayList<>();
        for (Table t : after.tables().values()) {
            Table old = before.table(t.name()).orElse(null);
            if (t.equals(old)) continue;
            String engine = t.options().get(Table.ENGINE);
            if (engine != null && !engine.equalsIgnoreCase("InnoDB") && (old == null || !engine.equalsIgnoreCase(old.options().get(Table.ENGINE)))) {
                out.add(new Finding(statement, true, "table " + t.name() + " uses ENGINE=" + engine + ", whose rows a Galera cluster does "
                        + "not replicate (only InnoDB's are): the nodes would hold different data. Use ENGINE=InnoDB"));
            }
            if (t.primaryKey() == null && (old == null || old.primaryKey() != null)) {
                out.add(new Finding(statement, cluster.primaryKeyRequired(), "table " + t.name() + " has no primary key: " + (cluster.primaryKeyRequired()
                        ? "this cluster's wsrep_mode (REQUIRED_PRIMARY_KEY) refuses writes to it. "
                        : "a Galera cluster replicates its row changes by matching whole rows on every node (slow, and a DELETE of duplicate rows may differ between nodes). ")
                        + "Give it a PRIMARY KEY"));
            }
        }
        String code = STRINGS.matcher(statement.sql()).replaceAll("''");
        if (LOCK_TABLES.matcher(code).find()) {
            out.add(new Finding(statement, true, "LOCK TABLES, UNLOCK TABLES and FLUSH TABLES WITH READ LOCK are not supported in a Galera "
                    + "cluster (they would lock one node while the others take writes); leave them out: Cairn's lock keeps other migrators away"));
        }
        Matcher named = NAMED_LOCK.matcher(code);
        if (named.find()) {
            out.add(new Finding(statement, true, named.group(1).toUpperCase(Locale.ROOT) + " takes a lock on one node only in a Galera "
                    + "cluster: a session on another node is granted the same lock. Leave it out of migrations"));
        }
        if (cluster.maxWriteSetBytes() > 0 && statement.sql().length() > cluster.maxWriteSetBytes()) {
            out.add(new Finding(statement, true, "the statement alone is " + statement.sql().length() + " bytes, more than this cluster's "
                    + "wsrep_max_ws_size (" + cluster.maxWriteSetBytes() + "): its write set would be refused. Split it"));
        }
        if (cluster.maxWriteSetRows() > 0) {
            if (INSERT_VALUES.matcher(code).find()) {
                long rows = VALUES_ROWS.matcher(code).results().count() + 1;
                if (rows > cluster.maxWriteSetRows()) {
                    out.add(new Finding(statement, true, "the statement inserts " + rows + " rows, more than this cluster's wsrep_max_ws_rows ("
                            + cluster.maxWriteSetRows() + "): its write set would be refused. Split it"));
                }
            }
            Matcher change = CHANGE_ROWS.matcher(code);
            if (change.find()) {
                String table = (change.group(2) != null ? change.group(2) : change.group(1)).toLowerCase(Locale.ROOT);
                Long rows = cluster.estimatedRows().get(table);
                if (rows != null && rows > cluster.maxWriteSetRows()) {
                    out.add(new Finding(statement, false, "table " + table + " holds about " + rows + " rows, more than this cluster's "
                            + "wsrep_max_ws_rows (" + cluster.maxWriteSetRows() + "): if the statement changes that many, its write set is "
                            + "refused. Change the rows in batches"));
                }
            }
        }
        return out;
    }
}
