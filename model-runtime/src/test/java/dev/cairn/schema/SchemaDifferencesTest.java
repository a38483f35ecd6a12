package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The judge of every schema assertion and of drift, judged: {@link SchemaDifferences} must report every difference the
 * model can hold. The mutations are generated, not listed: {@link Mutations} walks a schema that holds every kind of
 * object with every attribute set (and unset), and makes each single change the model allows — every component of
 * every record changed alone (strings, numbers, flags, enums, nulls), every list element removed, added, changed and
 * swapped with its neighbour, every map entry removed, added and changed. A component added to a record later is
 * mutated too, and {@link #everyComponentOfEveryRecordIsMutatedAndReported} fails until the judge reports it.
 */
class SchemaDifferencesTest {
    /** What equality leaves out on purpose (each documented on its record): changing them alone is no difference. */
    private static final Set<String> COSMETIC = Set.of("View.definition", "Routine.source", "SqlType.declared", "Index.implicit");

    /** What the judge resolves as the engines do: a foreign key's target written in another case is the same target. */
    private static final Set<String> RESOLVED_WITHOUT_CASE = Set.of("ForeignKey.referencedTable", "ForeignKey.referencedColumns");

    /** The model's records; the rich schema must hold each, so that every one of their components is mutated. */
    private static final Set<Class<?>> MODEL = Set.of(Schema.class, Table.class, Column.class, SqlType.class, PrimaryKey.class,
            UniqueConstraint.class, CheckConstraint.class, ForeignKey.class, Index.class, IndexKey.class, Policy.class, View.class,
            EnumType.class, Sequence.class, Routine.class);

    @Test
    void equalSchemasHaveNoDifferences() {
        assertTrue(SchemaDifferences.between(rich(), rich()).isEmpty(), SchemaDifferences.between(rich(), rich()).toString());
        assertTrue(SchemaDifferences.between(Schema.EMPTY, Schema.EMPTY).isEmpty());
        assertEquals("(no differences)", SchemaDifferences.between(rich(), rich()).toString());
    }

    @Test
    void aCheckAtColumnLevelIsNotTheSameCheckAtTableLevel() {
        Column age = Column.of("age", SqlType.of("int", TypeFamily.INTEGER), true);
        Schema columnLevel = Schema.EMPTY.withTable(Table.of("t", List.of(age)).withChecks(List.of(new CheckConstraint(null, "age > 0", "age"))));
        Schema tableLevel = Schema.EMPTY.withTable(Table.of("t", List.of(age)).withChecks(List.of(new CheckConstraint("CONSTRAINT_1", "age > 0"))));
        assertEquals("table t: check missing: (age > 0) of column age\ntable t: check unexpected: CONSTRAINT_1 (age > 0)",
                SchemaDifferences.between(columnLevel, tableLevel).toString());
    }

    @Test
    void everySingleMutationIsReportedBothWaysUnlessEqualityLeavesItOutOnPurpose() {
        Schema schema = rich();
        List<Mutation> mutations = Mutations.of(schema);
        assertTrue(mutations.size() > 400, "mutations made: " + mutations.size());
        List<String> failures = new ArrayList<>();
        for (Mutation m : mutations) {
            SchemaDifferences forward = SchemaDifferences.between(schema, m.schema());
            SchemaDifferences backward = SchemaDifferences.between(m.schema(), schema);
            boolean cosmetic = COSMETIC.contains(m.component()) || m.schema().equals(schema)
                    || RESOLVED_WITHOUT_CASE.contains(m.component()) && m.path().endsWith(" upper-cased");
            if (cosmetic) {
                if (!forward.isEmpty() || !backward.isEmpty()) failures.add(m.path() + ": cosmetic, yet reported: " + forward);
                continue;
            }
            if (forward.isEmpty()) failures.add(m.path() + ": not reported (expected → actual)");
            if (backward.isEmpty()) failures.add(m.path() + ": not reported (actual → expected)");
            for (String line : forward.differences()) {
                if (m.owners().stream().noneMatch(o -> line.startsWith(o + ":"))) failures.add(m.path() + ": reported on another object: " + line);
            }
            if (!readable(forward)) failures.add(m.path() + ": reported as a part missing and unexpected, both written alike: " + forward);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + mutations.size() + " mutations misjudged:\n" + String.join("\n", failures));
    }

    @Test
    void everyComponentOfEveryRecordIsMutatedAndReported() {
        Schema schema = rich();
        Set<String> components = new TreeSet<>();
        for (Class<?> type : MODEL) for (RecordComponent c : type.getRecordComponents()) components.add(type.getSimpleName() + "." + c.getName());
        Set<String> reported = new TreeSet<>();
        Set<String> mutated = new TreeSet<>();
        for (Mutation m : Mutations.of(schema)) {
            mutated.addAll(m.components());
            if (!SchemaDifferences.between(schema, m.schema()).isEmpty()) reported.addAll(m.components());
        }
        Set<String> notMutated = new TreeSet<>(components);
        notMutated.removeAll(mutated);
        assertEquals(Set.of(), notMutated, "components the rich schema does not exercise");
        Set<String> notReported = new TreeSet<>(components);
        notReported.removeAll(reported);
        assertEquals(new TreeSet<>(COSMETIC), notReported, "components whose change alone is never reported");
    }

    @Test
    void theRichSchemaHoldsEveryKindOfModelObject() {
        assertEquals(MODEL, Mutations.recordTypesIn(rich()));
    }

    // ---- differences written out, each as the reader of a drift report sees it ----

    @Test
    void aReorderedTableIsReportedWithBothOrders() {
        Table users = rich().table("users").orElseThrow();
        List<Column> swapped = new ArrayList<>(users.columns());
        Collections.swap(swapped, 1, 2);
        SchemaDifferences d = SchemaDifferences.between(rich(), rich().withTable(users.withColumns(swapped)));
        assertEquals(List.of("table users: column order [id, email, name, score, tags, mood, age, full_name] ≠ [id, name, email, score, tags, mood, age, full_name]"),
                d.differences());
    }

    @Test
    void aColumnAddedOrDroppedIsReportedOnceAndNotAsAReorder() {
        Table users = rich().table("users").orElseThrow();
        Schema dropped = rich().withTable(users.withoutColumn("email"));
        assertEquals(List.of("table users: column email: missing"), SchemaDifferences.between(rich(), dropped).differences());
        assertEquals(List.of("table users: column email: unexpected"), SchemaDifferences.between(dropped, rich()).differences());
    }

    @Test
    void eachColumnAttributeIsNamedInItsLine() {
        Table users = rich().table("users").orElseThrow();
        Map<String, Column> changed = new LinkedHashMap<>();
        Column email = users.column("email").orElseThrow();
        changed.put("table users: column email: type varchar(200) (varchar) ≠ varchar(201) (varchar)",
                email.withType(new SqlType("varchar", TypeFamily.VARCHAR, 201, null, null, 0, List.of(), false, "VARCHAR(201)")));
        changed.put("table users: column email: NOT NULL ≠ nullable", email.withNullable(true));
        changed.put("table users: column email: default 'lower('x')' ≠ none", email.withDefault(null));
        changed.put("table users: column email: identity NONE ≠ ALWAYS", email.withIdentity(Identity.ALWAYS));
        changed.put("table users: column email: collation 'C' ≠ 'POSIX'", email.withCollation("POSIX"));
        changed.put("table users: column email: character set 'utf8mb4' ≠ none", email.withCharset(null));
        changed.put("table users: column email: comment 'where we write' ≠ none", email.withComment(null));
        changed.put("table users: column email: generated none ≠ 'lower(name)' STORED", email.withGenerated("lower(name)", true));
        changed.put("table users: column email: name spelled email ≠ EMAIL", email.withName("EMAIL"));
        for (var e : changed.entrySet()) {
            Schema actual = rich().withTable(users.mapColumn("email", c -> e.getValue()));
            assertEquals(List.of(e.getKey()), SchemaDifferences.between(rich(), actual).differences());
        }
    }

    @Test
    void aVirtualColumnMadeStoredIsReported() {
        Table users = rich().table("users").orElseThrow();
        Column full = users.column("full_name").orElseThrow();
        Schema actual = rich().withTable(users.mapColumn("full_name", c -> c.withGenerated(full.generatedExpression(), !full.generatedStored())));
        assertFalse(SchemaDifferences.between(rich(), actual).isEmpty());
    }

    @Test
    void theDeclaredSpellingOfATypeAndTheTextsEnginesRewriteAreNoDifference() {
        Table users = rich().table("users").orElseThrow();
        Schema respelled = rich().withTable(users.mapColumn("age", c -> c.withType(c.type().withDeclared("INT(11) UNSIGNED"))));
        assertTrue(SchemaDifferences.between(rich(), respelled).isEmpty());
        View v = rich().view("active_users").orElseThrow();
        Schema rewritten = rich().withView(new View(v.name(), "select id from users where score > 0", v.columns(), v.comment()));
        assertTrue(SchemaDifferences.between(rich(), rewritten).isEmpty());
    }

    @Test
    void partsDeclaredInAnotherOrderAreNoDifference() {
        Table users = rich().table("users").orElseThrow();
        List<Index> reversed = new ArrayList<>(users.indexes());
        Collections.reverse(reversed);
        List<CheckConstraint> checks = new ArrayList<>(users.checks());
        Collections.reverse(checks);
        Schema other = rich().withTable(users.withIndexes(reversed).withChecks(checks));
        assertTrue(SchemaDifferences.between(rich(), other).isEmpty(), SchemaDifferences.between(rich(), other).toString());
    }

    @Test
    void aForeignKeyWhoseActionChangedIsShownMissingAndUnexpectedWithBothActions() {
        Table posts = rich().table("posts").orElseThrow();
        ForeignKey fk = posts.foreignKeys().get(0);
        ForeignKey restrict = new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), ForeignKeyAction.RESTRICT,
                fk.onUpdate(), fk.deferral());
        Schema actual = rich().withTable(posts.withForeignKeys(List.of(restrict, posts.foreignKeys().get(1))));
        List<String> d = SchemaDifferences.between(rich(), actual).differences();
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("table posts: foreign key missing: ") && d.get(0).contains("ON DELETE CASCADE"), d.get(0));
        assertTrue(d.get(1).startsWith("table posts: foreign key unexpected: ") && d.get(1).contains("ON DELETE RESTRICT"), d.get(1));
    }

    @Test
    void objectsMissingAndUnexpectedAreNamedWithTheirKind() {
        Schema without = rich().withoutTable("posts").withoutView("active_users").withoutEnumType("mood").withoutSequence("ticket_no");
        assertEquals(List.of("table posts: missing", "view active_users: missing", "enum type mood: missing", "sequence ticket_no: missing"),
                SchemaDifferences.between(rich(), without).differences());
        assertEquals(List.of("table posts: unexpected", "view active_users: unexpected", "enum type mood: unexpected", "sequence ticket_no: unexpected"),
                SchemaDifferences.between(without, rich()).differences());
    }

    /** A part reported missing and unexpected must show what differs: two lines written alike tell the reader nothing. */
    private static boolean readable(SchemaDifferences d) {
        Set<String> seen = new LinkedHashSet<>();
        for (String line : d.differences()) {
            String neutral = line.replace(" missing: ", " ~ ").replace(" unexpected: ", " ~ ");
            if (!seen.add(neutral)) return false;
        }
        return true;
    }

    // ---- the rich schema ----

    private static SqlType type(String name, TypeFamily family, Integer length, Integer precision, Integer scale, int dims,
                                List<String> values, boolean unsigned) {
        return new SqlType(name, family, length, precision, scale, dims, values, unsigned, name.toUpperCase(Locale.ROOT));
    }

    /**
     * A schema with every kind of object and every attribute used at least once (and left unset elsewhere), in the
     * shapes the engines give them; it need not be valid on one engine, the judge compares models.
     */
    static Schema rich() {
        SqlType bigint = type("bigint", TypeFamily.INTEGER, null, null, null, 0, List.of(), false);
        List<Column> userColumns = List.of(
                new Column("id", bigint, false, null, Identity.ALWAYS, null, false, null, null, null),
                new Column("email", type("varchar", TypeFamily.VARCHAR, 200, null, null, 0, List.of(), false), false, "lower('x')",
                        Identity.NONE, null, false, "utf8mb4", "C", "where we write"),
                new Column("name", type("text", TypeFamily.TEXT, null, null, null, 0, List.of(), false), true, "'anonymous'",
                        Identity.NONE, null, false, null, null, null),
                new Column("score", type("numeric", TypeFamily.DECIMAL, null, 10, 2, 0, List.of(), false), true, "0.5",
                        Identity.NONE, null, false, null, null, null),
                new Column("tags", type("text", TypeFamily.TEXT, null, null, null, 1, List.of(), false), true, null,
                        Identity.NONE, null, false, null, null, null),
                new Column("mood", type("enum", TypeFamily.ENUM, null, null, null, 0, List.of("sad", "ok", "happy"), false), true, "'ok'",
                        Identity.NONE, null, false, null, "utf8mb4_bin", null),
                new Column("age", type("int", TypeFamily.INTEGER, null, null, null, 0, List.of(), true), true, null,
                        Identity.NONE, null, false, null, null, null),
                new Column("full_name", type("text", TypeFamily.TEXT, null, null, null, 0, List.of(), false), true, null,
                        Identity.NONE, "name || email", true, null, null, null));
        Table users = new Table("users", userColumns,
                new PrimaryKey("users_pkey", List.of("id"), Deferral.INITIALLY_DEFERRED, List.of("email")),
                List.of(new UniqueConstraint("users_email_name_key", List.of("email", "name"), Deferral.INITIALLY_IMMEDIATE, List.of("score")),
                        new UniqueConstraint(null, List.of("age"))),
                List.of(new CheckConstraint("users_score_check", "score >= 0"), new CheckConstraint(null, "age < 200")),
                List.of(new ForeignKey("users_referrer_fkey", List.of("age"), "users", List.of("id"), ForeignKeyAction.SET_NULL,
                        ForeignKeyAction.CASCADE, Deferral.INITIALLY_DEFERRED)),
                List.of(new Index("users_lower_idx", true, List.of(new IndexKey(null, "lower(email)", true, 0), IndexKey.column("name")),
                                "score > 0", "btree", List.of("tags")),
                        new Index("users_name_prefix", false, List.of(IndexKey.prefix("name", 10, false), new IndexKey("age", null, true)),
                                null, null),
                        new Index("users_tags_gin", false, List.of(IndexKey.column("tags")), null, "gin")),
                "people who write",
                Map.of(Table.ENGINE, "InnoDB", Table.ROW_LEVEL_SECURITY, "on"),
                List.of(new Policy("users_own", true, "SELECT", List.of("app", "auditor"), "id = 1", null),
                        new Policy("users_write", false, "UPDATE", List.of(), "id > 0", "score >= 0")));
        Table posts = new Table("posts", List.of(
                new Column("id", bigint, false, "nextval('ticket_no')", Identity.AUTO_INCREMENT, null, false, null, null, null),
                new Column("user_id", bigint, false, null, Identity.NONE, null, false, null, null, "who wrote it"),
                new Column("body", type("text", TypeFamily.TEXT, null, null, null, 0, List.of(), false), true, null,
                        Identity.NONE, null, false, null, null, null)),
                new PrimaryKey(null, List.of("id", "user_id")),
                List.of(), List.of(),
                List.of(new ForeignKey(null, List.of("user_id"), "users", List.of("id"), ForeignKeyAction.CASCADE, null),
                        new ForeignKey("posts_user_fkey2", List.of("user_id", "id"), "users", List.of("id", "age"), null, ForeignKeyAction.RESTRICT)),
                List.of(), null, Map.of(), List.of());
        SortedMap<String, Table> tables = new TreeMap<>(Map.of("users", users, "posts", posts));
        SortedMap<String, View> views = new TreeMap<>(Map.of("active_users",
                new View("active_users", "SELECT id, name FROM users WHERE score > 0", List.of("id", "name"), "who is active")));
        SortedMap<String, EnumType> enums = new TreeMap<>(Map.of("mood", new EnumType("mood", List.of("sad", "ok", "happy"), "how one feels"),
                "plain", new EnumType("plain", List.of("a"), null)));
        SortedMap<String, Sequence> sequences = new TreeMap<>(Map.of(
                "ticket_no", new Sequence("ticket_no", "bigint", 100L, 5L, 1L, 1_000_000L, 20L, true),
                "plain_seq", new Sequence("plain_seq", null, null)));
        Routine trigger = new Routine(Routine.Kind.TRIGGER, "users_audit", "users", "AFTER", List.of("INSERT", "UPDATE OF name, email"),
                "FOR EACH ROW EXECUTE FUNCTION audit()", "AFTER INSERT OR UPDATE OF name, email ON users FOR EACH ROW EXECUTE FUNCTION audit()");
        Routine function = Routine.of(Routine.Kind.FUNCTION, "audit", "() RETURNS TRIGGER LANGUAGE PLPGSQL AS $$BEGIN RETURN NEW; END$$",
                "audit() returns trigger language plpgsql as $$begin return new; end$$");
        SortedMap<String, Routine> routines = new TreeMap<>(Map.of(trigger.key(), trigger, function.key(), function));
        return new Schema(tables, views, enums, sequences, routines);
    }

    // ---- the mutations ----

    /**
     * One schema that differs from the original in one place.
     *
     * @param path      where, such as {@code tables[users].columns[2].type.length}
     * @param component the record component changed, such as {@code SqlType.length}, or the record holding the list or
     *                  map changed ({@code Table.columns})
     * @param owner     how the judge must name the top-level object changed: {@code table users}, {@code trigger users.users_audit}
     */
    record Mutation(String path, String component, List<String> enclosing, Set<String> owners, Schema schema) {
        /** The components changed, the innermost and those around it. */
        Set<String> components() {
            Set<String> all = new LinkedHashSet<>(enclosing);
            all.add(component);
            return all;
        }
    }

    /** Each single change the model allows in a schema, made by walking its records, lists and maps. */
    static final class Mutations {
        /** @param component the innermost component changed; {@code enclosing} the components around it, outermost first */
        private record Variant(String path, String component, List<String> enclosing, Object value) {
            Variant(String path, String component, Object value) {
                this(path, component, List.of(), value);
            }

            Variant inside(String outer, Object newValue) {
                List<String> all = new ArrayList<>();
                all.add(outer);
                all.addAll(enclosing);
                return new Variant(path, component, all, newValue);
            }
        }

        static List<Mutation> of(Schema schema) {
            List<Mutation> out = new ArrayList<>();
            for (RecordComponent c : Schema.class.getRecordComponents()) {
                @SuppressWarnings("unchecked")
                SortedMap<String, Object> map = (SortedMap<String, Object>) get(schema, c);
                for (var entry : map.entrySet()) {
                    String owner = owner(c.getName(), entry.getKey());
                    String at = c.getName() + "[" + entry.getKey() + "]";
                    TreeMap<String, Object> removed = new TreeMap<>(map);
                    removed.remove(entry.getKey());
                    add(out, schema, c, removed, new Variant(at + " removed", "Schema." + c.getName(), null), Set.of(owner));
                    for (Variant v : variants(entry.getValue(), at, c.getName())) {
                        // a value renamed moves to its new key, as Schema.with… and the builder put it
                        String key = keyOf(v.value());
                        if (key == null) continue; // an object without a name
                        TreeMap<String, Object> changed = new TreeMap<>(map);
                        changed.remove(entry.getKey());
                        changed.put(key, v.value());
                        add(out, schema, c, changed, v, new LinkedHashSet<>(List.of(owner, owner(c.getName(), key))));
                    }
                }
            }
            return out;
        }

        private static void add(List<Mutation> out, Schema schema, RecordComponent c, Object value, Variant v, Set<String> owners) {
            Object changed = with(schema, c, value);
            if (changed != null) out.add(new Mutation(v.path(), v.component(), v.enclosing(), owners, (Schema) changed));
        }

        private static String keyOf(Object value) {
            if (value instanceof Routine r) return r.key();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (c.getName().equals("name")) return get(value, c) == null ? null : Names.key((String) get(value, c));
            }
            throw new AssertionError("no name: " + value);
        }

        private static String owner(String map, String key) {
            return switch (map) {
                case "tables" -> "table " + key;
                case "views" -> "view " + key;
                case "enumTypes" -> "enum type " + key;
                case "sequences" -> "sequence " + key;
                default -> key; // a routine's key names its kind
            };
        }

        /** Every value that differs from {@code value} in one place. */
        private static List<Variant> variants(Object value, String path, String component) {
            List<Variant> out = new ArrayList<>();
            if (value instanceof Record r) {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    String name = r.getClass().getSimpleName() + "." + c.getName();
                    Object current = get(r, c);
                    for (Variant v : componentVariants(current, c.getType(), path + "." + c.getName(), name)) {
                        Object changed = with(r, c, v.value());
                        if (changed != null && valid(changed)) out.add(v.component().equals(name) ? new Variant(v.path(), name, changed) : v.inside(name, changed));
                    }
                }
            } else if (value instanceof List<?> list) {
                for (int k = 0; k < list.size(); k++) {
                    List<Object> removed = new ArrayList<>(list);
                    removed.remove(k);
                    out.add(new Variant(path + "[" + k + "] removed", component, removed));
                    for (Variant v : variants(list.get(k), path + "[" + k + "]", component)) {
                        List<Object> changed = new ArrayList<>(list);
                        changed.set(k, v.value());
                        out.add(new Variant(v.path(), v.component(), v.enclosing(), changed));
                    }
                    if (k + 1 < list.size()) {
                        List<Object> swapped = new ArrayList<>(list);
                        Collections.swap(swapped, k, k + 1);
                        out.add(new Variant(path + "[" + k + "↔" + (k + 1) + "]", component, swapped));
                    }
                }
                Object extra = extra(list);
                if (extra != null) {
                    List<Object> added = new ArrayList<>(list);
                    added.add(extra);
                    out.add(new Variant(path + "[+]", component, added));
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    Map<Object, Object> removed = new TreeMap<>(map);
                    removed.remove(key);
                    out.add(new Variant(path + "[" + key + "] removed", component, removed));
                    Map<Object, Object> changed = new TreeMap<>(map);
                    changed.put(key, map.get(key) + "_x");
                    out.add(new Variant(path + "[" + key + "] changed", component, changed));
                }
                Map<Object, Object> added = new TreeMap<>(map);
                added.put("extra option", "on");
                out.add(new Variant(path + "[+]", component, added));
            } else {
                out.addAll(componentVariants(value, value.getClass(), path, component));
            }
            return out;
        }

        /** The values a component of this type can take instead of {@code current}: scalars here, the rest by {@link #variants}. */
        private static List<Variant> componentVariants(Object current, Class<?> type, String path, String component) {
            List<Variant> out = new ArrayList<>();
            if (type == String.class) {
                if (current == null) {
                    out.add(new Variant(path + " set", component, "x"));
                } else {
                    String s = (String) current;
                    out.add(new Variant(path + " changed", component, s + "_x"));
                    if (!s.toUpperCase(Locale.ROOT).equals(s)) out.add(new Variant(path + " upper-cased", component, s.toUpperCase(Locale.ROOT)));
                    out.add(new Variant(path + " unset", component, null));
                }
            } else if (type == boolean.class || type == Boolean.class) {
                out.add(new Variant(path + " flipped", component, !(Boolean) current));
            } else if (type == int.class) {
                out.add(new Variant(path + " +1", component, (Integer) current + 1));
            } else if (type == Integer.class) {
                out.add(new Variant(path + (current == null ? " set" : " +1"), component, current == null ? 1 : (Integer) current + 1));
                if (current != null) out.add(new Variant(path + " unset", component, null));
            } else if (type == Long.class) {
                out.add(new Variant(path + (current == null ? " set" : " +1"), component, current == null ? 7L : (Long) current + 1));
                if (current != null) out.add(new Variant(path + " unset", component, null));
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (constant != current) out.add(new Variant(path + " = " + constant, component, constant));
                }
            } else if (current == null) {
                // an unset record (a table without a primary key): setting one is a mutation of another table
            } else {
                if (current instanceof Record) out.add(new Variant(path + " unset", component, null));
                for (Variant v : variants(current, path, component)) out.add(v);
            }
            return out;
        }

        /** An element to add to a list: a new name, or a new element shaped like the first one with its first string changed. */
        private static Object extra(List<?> list) {
            if (list.isEmpty()) return null;
            Object first = list.get(0);
            if (first instanceof String s) return s + "_extra";
            if (first instanceof Record r) {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (c.getType() == String.class && get(r, c) != null) return with(r, c, get(r, c) + "_extra");
                }
            }
            return null;
        }

        /** Whether the model could hold this record: an index key is a column or an expression, never both. */
        private static boolean valid(Object record) {
            return !(record instanceof IndexKey k && k.column() != null && k.expression() != null);
        }

        /** The record types found in a schema, for the check that it holds them all. */
        static Set<Class<?>> recordTypesIn(Object value) {
            Set<Class<?>> out = new LinkedHashSet<>();
            collect(value, out);
            return out;
        }

        private static void collect(Object value, Set<Class<?>> out) {
            if (value instanceof Record r) {
                out.add(r.getClass());
                for (RecordComponent c : r.getClass().getRecordComponents()) collect(get(r, c), out);
            } else if (value instanceof Iterable<?> it) {
                for (Object o : it) collect(o, out);
            } else if (value instanceof Map<?, ?> m) {
                for (Object o : m.values()) collect(o, out);
            }
        }

        private static Object get(Object record, RecordComponent c) {
            try {
                return c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** The record with one component replaced, through its canonical constructor; null where that refuses the value. */
        private static Object with(Object record, RecordComponent changed, Object value) {
            RecordComponent[] cs = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[cs.length];
            Object[] args = new Object[cs.length];
            for (int k = 0; k < cs.length; k++) {
                types[k] = cs[k].getType();
                args[k] = cs[k].getName().equals(changed.getName()) ? value : get(record, cs[k]);
            }
            try {
                Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
                ctor.setAccessible(true);
                return ctor.newInstance(args);
            } catch (InvocationTargetException refused) {
                return null; // the model refuses it (a primary key without columns, a prefix of no column)
            } catch (ReflectiveOperationException e) {
                fail(e);
                return null;
            }
        }
    }
}
