package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.Policy;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's row-level security policies, parts of their table: {@code CREATE POLICY name ON table [AS PERMISSIVE |
 * RESTRICTIVE] [FOR ALL | SELECT | INSERT | UPDATE | DELETE] [TO role, …] [USING (…)] [WITH CHECK (…)]},
 * {@code ALTER POLICY name ON table RENAME TO other | [TO role, …] [USING (…)] [WITH CHECK (…)]} and
 * {@code DROP POLICY [IF EXISTS] name ON table [CASCADE | RESTRICT]}, refused where PostgreSQL refuses them.
 */
final class PolicyStatement {
    private static final Set<String> COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

    private PolicyStatement() {
    }

    /** After {@code CREATE POLICY}. */
    static List<SchemaChange> create(TokenCursor in, Schema.Builder schema) {
        Name name = in.name("the policy name");
        Table table = onTable(in, schema);
        if (table.policy(name.text()).isPresent()) {
            throw in.problem(name.token(), "policy " + name.text() + " for table " + table.name() + " already exists", "choose another policy name");
        }
        boolean permissive = true;
        if (in.accept("AS")) {
            if (in.accept("RESTRICTIVE")) permissive = false;
            else in.expect("PERMISSIVE");
        }
        String command = "ALL";
        if (in.accept("FOR")) {
            Token t = in.next();
            command = t.text().toUpperCase(Locale.ROOT);
            if (!COMMANDS.contains(command)) throw in.problem(t, "unknown policy command " + t.text(), "write ALL, SELECT, INSERT, UPDATE or DELETE");
        }
        List<String> roles = in.accept("TO") ? roles(in) : List.of(Policy.PUBLIC);
        Token usingAt = in.peek();
        String using = in.accept("USING") ? condition(in, "the USING condition") : null;
        Token checkAt = in.peek();
        String check = in.accept("WITH", "CHECK") ? condition(in, "the WITH CHECK condition") : null;
        in.expectEnd();
        if (using != null && command.equals("INSERT")) {
            throw in.problem(usingAt, "only WITH CHECK expression allowed for INSERT", "write the condition as WITH CHECK (…)");
        }
        if (check != null && (command.equals("SELECT") || command.equals("DELETE"))) {
            throw in.problem(checkAt, "WITH CHECK cannot be applied to SELECT or DELETE", "write the condition as USING (…)");
        }
        return put(in, schema, table, null, new Policy(name.text(), permissive, command, roles, using, check));
    }

    /** After {@code ALTER POLICY}. */
    static List<SchemaChange> alter(TokenCursor in, Schema.Builder schema) {
        Name name = in.name("the policy name");
        Table table = onTable(in, schema);
        Policy before = existing(in, table, name);
        if (in.accept("RENAME", "TO")) {
            Name to = in.name("the new policy name");
            in.expectEnd();
            if (table.policy(to.text()).isPresent()) {
                throw in.problem(to.token(), "policy " + to.text() + " for table " + table.name() + " already exists", "choose another policy name");
            }
            return put(in, schema, table, before, before.withName(to.text()));
        }
        Policy after = before;
        if (in.accept("TO")) after = after.withRoles(roles(in));
        Token usingAt = in.peek();
        if (in.accept("USING")) {
            if (after.command().equals("INSERT")) throw in.problem(usingAt, "only WITH CHECK expression allowed for INSERT", "write the condition as WITH CHECK (…)");
            after = after.withUsing(condition(in, "the USING condition"));
        }
        Token checkAt = in.peek();
        if (in.accept("WITH", "CHECK")) {
            if (after.command().equals("SELECT") || after.command().equals("DELETE")) {
                throw in.problem(checkAt, "WITH CHECK cannot be applied to SELECT or DELETE", "write the condition as USING (…)");
            }
            after = after.withCheck(condition(in, "the WITH CHECK condition"));
        }
        in.expectEnd();
        return put(in, schema, table, before, after);
    }

    /** After {@code DROP POLICY}. */
    static List<SchemaChange> drop(TokenCursor in, Schema.Builder schema) {
        boolean ifExists = in.accept("IF", "EXISTS");
        Name name = in.name("the policy name");
        Table table = onTable(in, schema);
        if (!in.accept("CASCADE")) in.accept("RESTRICT");
        in.expectEnd();
        Policy p = table.policy(name.text()).orElse(null);
        if (p == null) {
            if (ifExists) return List.of();
            throw in.problem(name.token(), "policy " + name.text() + " for table " + table.name() + " does not exist", "check the policy name");
        }
        return put(in, schema, table, p, null);
    }

    private static Table onTable(TokenCursor in, Schema.Builder schema) {
        in.expect("ON");
        Name t = in.qualifiedName("the table name");
        return schema.table(t.text()).orElseThrow(() -> in.problem(t.token(), "table " + t.text() + " does not exist",
                "create the table before its policies, or check the name"));
    }

    private static Policy existing(TokenCursor in, Table table, Name name) {
        return table.policy(name.text()).orElseThrow(() -> in.problem(name.token(), "policy " + name.text() + " for table "
                + table.name() + " does not exist", "check the policy name"));
    }

    /** {@code role, …}: names as the catalog keeps them, {@code PUBLIC} as {@link Policy#PUBLIC}. */
    private static List<String> roles(TokenCursor in) {
        List<String> roles = new ArrayList<>();
        do {
            roles.add(in.name("a role name").text());
        } while (in.accept(","));
        return roles;
    }

    private static String condition(TokenCursor in, String what) {
        Span s = in.parenthesized(what);
        return in.engine().expressions().canonical(s.text());
    }

    /** The table with {@code before} (if any) replaced by {@code after} (if any), its conditions canonical for the columns' types. */
    private static List<SchemaChange> put(TokenCursor in, Schema.Builder schema, Table table, Policy before, Policy after) {
        List<Policy> list = new ArrayList<>(table.policies());
        if (before != null) list.remove(before);
        if (after != null) list.add(after);
        Changes changes = new Changes(schema);
        changes.altered(table, in.engine().expressions().withColumnTypes(table.withPolicies(list)));
        return changes.list();
    }
}
