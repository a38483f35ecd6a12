package dev.cairn.property;

import dev.cairn.property.GeneratedSchema.GCheck;
import dev.cairn.property.GeneratedSchema.GColumn;
import dev.cairn.property.GeneratedSchema.GEnum;
import dev.cairn.property.GeneratedSchema.GForeignKey;
import dev.cairn.property.GeneratedSchema.GIndex;
import dev.cairn.property.GeneratedSchema.GKey;
import dev.cairn.property.GeneratedSchema.GTable;
import dev.cairn.property.GeneratedSchema.GView;
import dev.cairn.property.GeneratedSchema.Ident;
import dev.cairn.testing.RandomCases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Generates a random DDL script of {@value #MIN_STEPS}–{@value #MAX_STEPS} statements for one engine from a seed. Each
 * step is chosen only among the statements the engine accepts on the schema the earlier steps built (tracked in a
 * {@link GeneratedSchema}), so every prefix of a script is a valid script too.
 * <p>
 * The vocabulary: tables (STRICT, WITHOUT ROWID, auto-numbered keys), columns of many types (collated ones too),
 * defaults, nullability, primary, unique and foreign keys with actions and deferral, CHECK constraints, generated
 * columns, indexes (unique, descending, partial, on expressions, with a method), views (and their replacement),
 * triggers, comments, sequences, enum types, renames and drops of all of them, multi-action ALTER TABLE, and names
 * in any letter case, quoted, reserved, outside ASCII or longer than the engine keeps. A seed's script depends on this
 * vocabulary: widening it maps seeds to new scripts, so a bug a seed found also gets a test of its own.
 */
final class RandomDdlScript {
    static final int MIN_STEPS = 20;
    static final int MAX_STEPS = 40;

    private final DdlFlavor flavor;
    private final GeneratedSchema schema = new GeneratedSchema();
    private final Set<String> usedWords = new HashSet<>();
    private final Vocabulary vocabulary;

    /**
     * What a script may say. {@link #BASIC} is the vocabulary of the first generators (tables, columns, keys, indexes,
     * triggers and their alterations): its seeds give the scripts they always gave, so the regression seeds found with
     * it keep their meaning. {@link #WIDE} adds everything else the class comment lists; {@link #WIDE_REVERSIBLE}
     * leaves out what no down can undo (PostgreSQL {@code ALTER TYPE … ADD VALUE}), for histories that go back down.
     */
    enum Vocabulary {
        BASIC(false, false), WIDE(true, false), WIDE_REVERSIBLE(true, true);

        final boolean wide;
        final boolean reversibleOnly;

        Vocabulary(boolean wide, boolean reversibleOnly) {
            this.wide = wide;
            this.reversibleOnly = reversibleOnly;
        }
    }

    private RandomDdlScript(DdlFlavor flavor, Vocabulary vocabulary) {
        this.flavor = flavor;
        this.vocabulary = vocabulary;
    }

    /** The script of the test case {@code seed} in the basic vocabulary: the same seed always gives the same script. */
    static DdlScript generate(DdlFlavor flavor, long seed) {
        return generate(flavor, seed, Vocabulary.BASIC);
    }

    /** The script of the test case {@code seed} in {@code vocabulary}. */
    static DdlScript generate(DdlFlavor flavor, long seed, Vocabulary vocabulary) {
        RandomDdlScript generator = new RandomDdlScript(flavor, vocabulary);
        Choices c = new Choices(new RandomCases(seed));
        int steps = c.between(MIN_STEPS, MAX_STEPS);
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < steps; i++) statements.add(generator.step(c));
        int logTables = generator.triggerSetupDone > 0 ? 1 : 0; // trigger_log
        return new DdlScript(flavor.dialect(), seed, statements, generator.schema.tables.size() + logTables);
    }

    private enum Kind {
        CREATE_TABLE, ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, CREATE_INDEX, DROP_INDEX, RENAME_TABLE, DROP_TABLE,
        CREATE_EXISTING_TABLE_IF_NOT_EXISTS, DROP_MISSING_IF_EXISTS, ADD_FOREIGN_KEY, ADD_UNIQUE, DROP_CONSTRAINT,
        ALTER_DEFAULT, ALTER_NULLABILITY, ALTER_TYPE, CREATE_TRIGGER, DROP_TRIGGER, CREATE_VIEW, DROP_VIEW, ADD_CHECK,
        DROP_CHECK, COMMENT, CREATE_SEQUENCE, ALTER_SEQUENCE, DROP_SEQUENCE, CREATE_ENUM, ADD_ENUM_VALUE, DROP_ENUM
    }

    private String step(Choices c) {
        Kind[] kinds = Kind.values();
        int[] weights = new int[kinds.length];
        for (int i = 0; i < kinds.length; i++) weights[i] = weight(kinds[i]);
        return switch (kinds[c.weighted(weights)]) {
            case CREATE_TABLE -> createTable(c);
            case ADD_COLUMN -> addColumn(c);
            case DROP_COLUMN -> dropColumn(c);
            case RENAME_COLUMN -> renameColumn(c);
            case CREATE_INDEX -> createIndex(c);
            case DROP_INDEX -> dropIndex(c);
            case RENAME_TABLE -> renameTable(c);
            case DROP_TABLE -> dropTable(c);
            case CREATE_EXISTING_TABLE_IF_NOT_EXISTS -> createExistingTable(c);
            case DROP_MISSING_IF_EXISTS -> dropMissing(c);
            case ADD_FOREIGN_KEY -> addForeignKey(c);
            case ADD_UNIQUE -> addUnique(c);
            case DROP_CONSTRAINT -> dropConstraint(c);
            case ALTER_DEFAULT -> alterDefault(c);
            case ALTER_NULLABILITY -> alterNullability(c);
            case ALTER_TYPE -> alterType(c);
            case CREATE_TRIGGER -> createTrigger(c);
            case DROP_TRIGGER -> dropTrigger(c);
            case CREATE_VIEW -> createView(c);
            case DROP_VIEW -> dropView(c);
            case ADD_CHECK -> addCheck(c);
            case DROP_CHECK -> dropCheck(c);
            case COMMENT -> comment(c);
            case CREATE_SEQUENCE -> createSequence(c);
            case ALTER_SEQUENCE -> alterSequence(c);
            case DROP_SEQUENCE -> dropSequence(c);
            case CREATE_ENUM -> createEnum(c);
            case ADD_ENUM_VALUE -> addEnumValue(c);
            case DROP_ENUM -> dropEnum(c);
        };
    }

    private int weight(Kind kind) {
        if (!vocabulary.wide && kind.ordinal() >= Kind.CREATE_VIEW.ordinal()) return 0;
        int tables = schema.tables.size();
        boolean any = tables > 0;
        boolean alter = flavor.canAlterConstraints();
        return switch (kind) {
            case CREATE_TABLE -> tables < 2 ? 60 : tables < 6 ? 25 : 6;
            case ADD_COLUMN -> any ? 12 : 0;
            case DROP_COLUMN -> droppableColumns().isEmpty() ? 0 : 8;
            case RENAME_COLUMN -> renamableColumns().isEmpty() ? 0 : 8;
            case CREATE_INDEX -> tables().stream().anyMatch(t -> !keyable(t).isEmpty()) ? 12 : 0;
            case DROP_INDEX -> droppableIndexes().isEmpty() ? 0 : 7;
            case RENAME_TABLE -> renamableTables().isEmpty() ? 0 : 7;
            case DROP_TABLE -> droppableTables().isEmpty() ? 0 : 5;
            case CREATE_EXISTING_TABLE_IF_NOT_EXISTS -> any ? 2 : 0;
            case DROP_MISSING_IF_EXISTS -> 2;
            case ADD_FOREIGN_KEY -> alter && !foreignKeyOptions().isEmpty() ? 10 : 0;
            case ADD_UNIQUE -> alter && tables().stream().anyMatch(t -> !keyable(t).isEmpty()) ? 6 : 0;
            case DROP_CONSTRAINT -> alter && !droppableConstraints().isEmpty() ? 6 : 0;
            case ALTER_DEFAULT -> flavor.canAlterColumns() && !defaultAlterable().isEmpty() ? 5 : 0;
            case ALTER_NULLABILITY -> flavor.canAlterColumns() && !nullabilityAlterable().isEmpty() ? 5 : 0;
            case ALTER_TYPE -> flavor.canAlterColumns() && !typeAlterable().isEmpty() ? 5 : 0;
            case CREATE_TRIGGER -> any ? 5 : 0;
            case DROP_TRIGGER -> triggers.isEmpty() ? 0 : 2;
            case CREATE_VIEW -> any ? 5 : 0;
            case DROP_VIEW -> schema.views.isEmpty() ? 0 : 3;
            case ADD_CHECK -> alter && !checkable().isEmpty() ? 4 : 0;
            case DROP_CHECK -> alter && !schema.checks.isEmpty() ? 3 : 0;
            case COMMENT -> flavor.supportsComments() && any ? 4 : 0;
            case CREATE_SEQUENCE -> flavor.supportsSequences() ? (schema.sequences.size() < 2 ? 3 : 1) : 0;
            case ALTER_SEQUENCE -> schema.sequences.isEmpty() ? 0 : 2;
            case DROP_SEQUENCE -> schema.sequences.isEmpty() ? 0 : 2;
            case CREATE_ENUM -> flavor.supportsEnumTypes() ? (schema.enums.size() < 2 ? 4 : 1) : 0;
            case ADD_ENUM_VALUE -> vocabulary.reversibleOnly || schema.enums.isEmpty() ? 0 : 2;
            case DROP_ENUM -> schema.enums.stream().anyMatch(e -> !schema.isUsed(e)) ? 2 : 0;
        };
    }

    // ---------------------------------------------------------------- triggers

    /** The triggers alive, each an AFTER INSERT trigger on its table writing a row to {@code trigger_log}. */
    private final List<Object[]> triggers = new ArrayList<>();
    private int triggerSetupDone;
    private int triggerCount;

    /** The next statement the flavor needs before its first trigger ({@code trigger_log}, a function), else a trigger. */
    private String createTrigger(Choices c) {
        List<String> setup = flavor.triggerSetup();
        if (triggerSetupDone < setup.size()) return setup.get(triggerSetupDone++);
        GTable t = c.pick(tables());
        String name = "trg_" + ++triggerCount;
        triggers.add(new Object[]{name, t});
        return flavor.createTrigger(name, flavor.tableRef(t.id, c));
    }

    private String dropTrigger(Choices c) {
        Object[] trigger = c.pick(triggers);
        triggers.remove(trigger);
        return flavor.dropTrigger((String) trigger[0], flavor.tableRef(((GTable) trigger[1]).id, c));
    }

    // ---------------------------------------------------------------- CREATE TABLE

    private String createTable(Choices c) {
        GTable t = new GTable(newTableName(c));
        t.strict = !flavor.strictTypes().isEmpty() && c.chance(10);
        List<String> lines = new ArrayList<>();
        List<String> tableConstraints = new ArrayList<>();
        int pkMode = c.weighted(new int[]{25, 25, 20, 20, 10}); // none, inline, auto-increment, table-level, named table-level
        boolean needsRowid = false;
        if (pkMode == 2) {
            DdlFlavor.AutoIncrementColumn auto = c.pick(flavor.autoIncrementColumns());
            GColumn id = new GColumn(newColumnName(c), auto.type(), true, null, true);
            t.columns.add(id);
            t.primaryKey = List.of(id);
            id.inPrimaryKey = true;
            lines.add(flavor.declare(id.id) + " " + auto.definition());
            needsRowid = auto.rowidTable();
        }
        int pkColumns = pkMode == 1 ? 1 : pkMode >= 3 ? 1 + c.below(2) : 0;
        int count = Math.max(1 + c.below(5), pkColumns);
        List<GColumn> ordinary = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean inKey = i < pkColumns;
            ColumnType type = inKey ? c.pick(keyableTypes(t)) : c.pick(types(t));
            GColumn col = newColumn(c, t, type, true, !inKey);
            ordinary.add(col);
            t.columns.add(col);
        }
        if (pkColumns > 0) t.primaryKey = List.copyOf(ordinary.subList(0, pkColumns));
        for (GColumn pk : t.primaryKey) pk.inPrimaryKey = true;
        List<String> inlineClauses = new ArrayList<>();
        for (int i = 0; i < ordinary.size(); i++) inlineClauses.add(pkMode == 1 && i == 0 ? " PRIMARY KEY" : "");
        if (pkMode >= 3) {
            String name = pkMode == 4 ? "CONSTRAINT " + flavor.declare(newName(c, "pk")) + " " : "";
            tableConstraints.add(name + "PRIMARY KEY (" + refs(t.primaryKey, c) + ")");
        }
        // unique keys, never on exactly the primary key's columns
        for (int i = pkColumns; i < ordinary.size(); i++) {
            GColumn col = ordinary.get(i);
            if (col.type.keyable() && c.chance(12)) {
                t.uniques.add(new GKey(null, List.of(col)));
                inlineClauses.set(i, inlineClauses.get(i) + " UNIQUE");
            }
        }
        List<GColumn> keyable = keyable(t);
        if (keyable.size() >= 1 && c.chance(25)) {
            List<GColumn> cols = someOf(keyable, 1 + c.below(2), c);
            if (!cols.equals(t.primaryKey) && t.uniques.stream().noneMatch(u -> u.columns.equals(cols))) {
                Ident name = c.chance(50) ? newName(c, "uq") : null;
                t.uniques.add(new GKey(name, cols));
                if (flavor.foreignKeysNeedIndexes() && name != null && c.chance(50))
                    tableConstraints.add("UNIQUE KEY " + flavor.declare(name) + " (" + refs(cols, c) + ")");
                else
                    tableConstraints.add((name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ") + "UNIQUE (" + refs(cols, c) + ")");
            }
        }
        for (int i = pkColumns; i < ordinary.size(); i++) {
            GColumn col = ordinary.get(i);
            if (!DdlFlavor.isNumeric(col.type) || !wide(c, 12)) continue;
            if (!flavor.keepsColumnChecks()) t.checked.add(col);
            String name = flavor.ref(col.id, c);
            col.ownCheck = checkCondition(c);
            inlineClauses.set(i, inlineClauses.get(i) + " CHECK (" + name + col.ownCheck + ")");
        }
        List<GColumn> checkable = ordinary.stream().filter(col -> DdlFlavor.isNumeric(col.type)).toList();
        if (!checkable.isEmpty() && wide(c, 10)) {
            GColumn col = c.pick(checkable);
            Ident name = c.chance(70) ? newName(c, "ck") : null;
            t.checked.add(col);
            if (name != null) schema.checks.add(new GCheck(name, t, col));
            tableConstraints.add((name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ") + "CHECK (" + checkExpression(col, c) + ")");
        }
        for (int i = 0; i < ordinary.size(); i++) lines.add(columnDefinition(ordinary.get(i), c) + inlineClauses.get(i));
        if (!checkable.isEmpty() && wide(c, 12)) {
            GColumn base = c.pick(checkable);
            String definition = flavor.generatedColumn(base.type.sql(), flavor.ref(base.id, c), c);
            if (definition != null) {
                GColumn generated = new GColumn(newColumnName(c), base.type, false, null, false);
                generated.generatedFrom = base;
                t.columns.add(generated);
                lines.add(flavor.declare(generated.id) + " " + definition);
            }
        }
        // foreign keys, each on new columns typed like the referenced key
        int fkCount = c.below(3);
        for (int k = 0; k < fkCount; k++) {
            List<Target> targets = new ArrayList<>();
            for (GTable p : schema.tables) for (List<GColumn> key : schema.referenceableKeys(p)) targets.add(new Target(p, key));
            if (!t.primaryKey.isEmpty()) targets.add(new Target(t, t.primaryKey));
            if (targets.isEmpty() || (t.strict && targets.stream().noneMatch(x -> strictOk(x.key)))) break;
            Target target = c.pick(targets);
            if (t.strict && !strictOk(target.key)) continue;
            List<GColumn> fkColumns = new ArrayList<>();
            for (GColumn pc : target.key) {
                GColumn col = new GColumn(newColumnName(c), pc.type.referencing(), c.chance(20), null, false);
                fkColumns.add(col);
            }
            Ident name = c.chance(40) ? newName(c, "fk") : null;
            String actions = actions(fkColumns, target.key, c);
            String parentRef = target.table == t ? flavor.declare(t.id) : flavor.tableRef(target.table.id, c);
            if (fkColumns.size() == 1 && name == null && c.chance(50)) {
                lines.add(columnDefinition(fkColumns.get(0), c) + " REFERENCES " + parentRef + " (" + refs(target.key, c) + ")" + actions);
            } else {
                for (GColumn col : fkColumns) lines.add(columnDefinition(col, c));
                tableConstraints.add((name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ") + "FOREIGN KEY (" + refs(fkColumns, c)
                        + ") REFERENCES " + parentRef + " (" + refs(target.key, c) + ")" + actions);
            }
            t.columns.addAll(fkColumns);
            t.foreignKeys.add(new GForeignKey(name, fkColumns, target.table, target.key));
        }
        if (flavor.foreignKeysNeedIndexes())
            for (GForeignKey fk : t.foreignKeys) if (!covered(t, fk.columns, null)) t.implicitIndexes.add(fk.columns);
        boolean withoutRowid = flavor.supportsWithoutRowid() && !t.primaryKey.isEmpty() && !needsRowid && c.chance(15);
        t.withoutRowid = withoutRowid;
        if (withoutRowid) for (GColumn pk : t.primaryKey) pk.notNull = true;
        lines.addAll(tableConstraints);
        schema.tables.add(t);
        return "CREATE TABLE " + (c.chance(15) ? "IF NOT EXISTS " : "") + flavor.declare(t.id) + " (\n  " + joinLines(lines, c) + "\n)"
                + flavor.tableSuffix(c, t, withoutRowid);
    }

    private record Target(GTable table, List<GColumn> key) {
    }

    private boolean strictOk(List<GColumn> key) {
        return key.stream().allMatch(col -> flavor.strictTypes().stream().anyMatch(s -> s.sql().equals(col.type.referencingSql())));
    }

    private String joinLines(List<String> lines, Choices c) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (c.chance(5)) b.append("/* part ").append(i + 1).append("; of the table */ ");
            b.append(lines.get(i));
            if (i < lines.size() - 1) b.append(',');
            if (c.chance(8)) b.append(" -- note; ").append(i + 1);
            if (i < lines.size() - 1) b.append("\n  ");
        }
        return b.toString();
    }

    private GColumn newColumn(Choices c, GTable t, ColumnType type, boolean createTime, boolean mayBeNull) {
        boolean notNull = c.chance(30);
        List<String> defaults = new ArrayList<>(type.defaults());
        if (createTime) defaults.addAll(type.createOnlyDefaults());
        if (notNull) defaults.remove("NULL");
        String dflt = !defaults.isEmpty() && c.chance(30) ? c.pick(defaults) : null;
        GColumn col = new GColumn(newColumnName(c), type, notNull, dflt, false);
        col.explicitNull = mayBeNull && !notNull && c.chance(10);
        return col;
    }

    private String columnDefinition(GColumn col, Choices c) {
        StringBuilder b = new StringBuilder(flavor.declare(col.id)).append(' ').append(col.type.sql());
        String nullability = col.notNull ? " NOT NULL" : col.explicitNull ? " NULL" : "";
        String dflt = col.defaultSql == null ? "" : " DEFAULT " + col.defaultSql;
        if (c.chance(20)) b.append(dflt).append(nullability);
        else b.append(nullability).append(dflt);
        return b.toString();
    }

    private String actions(List<GColumn> fkColumns, List<GColumn> parentColumns, Choices c) {
        StringBuilder b = new StringBuilder();
        if (c.chance(30)) b.append(" ON DELETE ").append(action(fkColumns, parentColumns, false, c));
        if (c.chance(20)) b.append(" ON UPDATE ").append(action(fkColumns, parentColumns, true, c));
        if (!flavor.deferralClauses().isEmpty() && wide(c, 15)) b.append(c.pick(flavor.deferralClauses()));
        return b.toString();
    }

    private String action(List<GColumn> fkColumns, List<GColumn> parentColumns, boolean onUpdate, Choices c) {
        List<String> options = new ArrayList<>(List.of("RESTRICT", "NO ACTION"));
        boolean childNullable = fkColumns.stream().noneMatch(col -> col.notNull || col.inPrimaryKey);
        boolean parentNotNull = parentColumns.stream().allMatch(col -> col.notNull || col.inPrimaryKey);
        // MariaDB: ON UPDATE CASCADE may not carry a NULL of the parent into a NOT NULL child column
        if (!onUpdate || !flavor.setNullNeedsNullable() || childNullable || parentNotNull) options.add("CASCADE");
        if (!flavor.setNullNeedsNullable() || childNullable) options.add("SET NULL");
        if (flavor.supportsSetDefaultAction()) options.add("SET DEFAULT");
        return c.pick(options);
    }

    // ---------------------------------------------------------------- columns

    private String addColumn(Choices c) {
        GTable t = c.pick(tables());
        String tableRef = flavor.tableRef(t.id, c);
        List<Target> targets = new ArrayList<>();
        if (!t.strict) for (GTable p : schema.tables) for (List<GColumn> key : schema.referenceableKeys(p)) if (key.size() == 1) targets.add(new Target(p, key));
        if (!targets.isEmpty() && c.chance(20)) {
            Target target = c.pick(targets);
            GColumn col = new GColumn(newColumnName(c), target.key.get(0).type.referencing(), false, null, false);
            String actions = actions(List.of(col), target.key, c);
            t.columns.add(col);
            t.foreignKeys.add(new GForeignKey(null, List.of(col), target.table, target.key));
            if (flavor.foreignKeysNeedIndexes() && !covered(t, List.of(col), null)) t.implicitIndexes.add(List.of(col));
            return flavor.addColumn(tableRef, columnDefinition(col, c) + " REFERENCES " + flavor.tableRef(target.table.id, c)
                    + " (" + flavor.ref(target.key.get(0).id, c) + ")" + actions, c);
        }
        ColumnType type = c.pick(types(t));
        GColumn col = newColumn(c, t, type, false, true);
        if (col.notNull && flavor.addColumnNotNullNeedsDefault() && (col.defaultSql == null || col.defaultSql.equals("NULL"))) {
            List<String> nonNull = type.defaults().stream().filter(d -> !d.equals("NULL")).toList();
            col = new GColumn(col.id, type, !nonNull.isEmpty(), nonNull.isEmpty() ? null : c.pick(nonNull), false);
        }
        String definition = columnDefinition(col, c);
        if (flavor.addColumnMayBeUnique() && type.keyable() && c.chance(15)) {
            definition += " UNIQUE";
            t.uniques.add(new GKey(null, List.of(col)));
        }
        t.columns.add(col);
        String statement = flavor.addColumn(tableRef, definition, c);
        if (flavor.supportsMultiActionAlter() && wide(c, 15)) {
            GColumn second = newColumn(c, t, c.pick(types(t)), false, true);
            t.columns.add(second);
            statement += ", ADD " + (c.chance(50) ? "COLUMN " : "") + columnDefinition(second, c);
        }
        return statement;
    }

    private List<Object[]> droppableColumns() {
        List<Object[]> result = new ArrayList<>();
        for (GTable t : schema.tables) {
            if (t.columns.size() < 2) continue;
            for (GColumn col : t.columns) if (!schema.isInvolved(t, col)) result.add(new Object[]{t, col});
        }
        return result;
    }

    private String dropColumn(Choices c) {
        Object[] choice = c.pick(droppableColumns());
        GTable t = (GTable) choice[0];
        GColumn col = (GColumn) choice[1];
        t.columns.remove(col);
        return flavor.dropColumn(flavor.tableRef(t.id, c), flavor.ref(col.id, c), c);
    }

    /**
     * Columns the engine lets a script rename. SQLite 3.5x refuses to rename the single primary key column of a
     * WITHOUT ROWID table when a UNIQUE constraint contains it ("error in table … after rename: no such column").
     */
    private List<Placed> renamableColumns() {
        return columnsWhere((t, col) -> !(t.withoutRowid && t.primaryKey.size() == 1 && t.primaryKey.contains(col)
                && t.uniques.stream().anyMatch(k -> k.columns.contains(col)))
                && (flavor.renamesFollowDependents() || !schema.isDependedOn(t, col) && !col.generated()), true);
    }

    private String renameColumn(Choices c) {
        Placed p = c.pick(renamableColumns());
        GTable t = p.table;
        GColumn col = p.column;
        Ident newName = newColumnName(c);
        String sql = flavor.renameColumn(flavor.tableRef(t.id, c), col, flavor.declare(newName), c);
        col.id = newName;
        for (GView v : schema.views) if (v.table == t && v.columns.contains(col)) v.replaceable = false; // its column keeps the old name
        return sql;
    }

    // ---------------------------------------------------------------- indexes

    private String createIndex(Choices c) {
        List<GTable> candidates = tables().stream().filter(t -> !keyable(t).isEmpty()).toList();
        GTable t = c.pick(candidates);
        List<GColumn> keyable = keyable(t);
        List<GColumn> cols = someOf(keyable, 1 + c.below(Math.min(3, keyable.size())), c);
        boolean unique = c.chance(25);
        boolean unnamed = flavor.supportsUnnamedIndex() && c.chance(10);
        Ident name = unnamed ? null : newName(c, "ix");
        StringJoiner parts = new StringJoiner(", ");
        boolean expression = false;
        boolean descending = false;
        for (GColumn col : cols) {
            String ref = flavor.ref(col.id, c);
            boolean desc = c.chance(15);
            boolean lower = flavor.supportsPartialIndexes() && DdlFlavor.isText(col.type) && wide(c, 12);
            expression |= lower;
            descending |= desc;
            parts.add((lower ? "lower(" + ref + ")" : ref) + (desc ? " DESC" : ""));
        }
        String where = flavor.supportsPartialIndexes() && wide(c, 15) ? " WHERE " + flavor.ref(cols.get(0).id, c) + " IS NOT NULL" : "";
        schema.indexes.add(new GIndex(name, t, cols, unique, !expression && where.isEmpty()));
        if (flavor.foreignKeysNeedIndexes()) t.implicitIndexes.removeIf(list -> GeneratedSchema.startsWith(cols, list));
        String tableRef = flavor.tableRef(t.id, c);
        if (flavor.foreignKeysNeedIndexes() && c.chance(30))
            return "ALTER TABLE " + tableRef + " ADD " + (unique ? "UNIQUE " : "") + (c.chance(50) ? "INDEX " : "KEY ") + flavor.declare(name) + " (" + parts + ")";
        String method = vocabulary.wide ? flavor.indexMethod(unique, cols.size() == 1 && !expression && !descending, c) : "";
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (!unnamed && c.chance(10) ? "IF NOT EXISTS " : "")
                + (unnamed ? "" : flavor.declare(name) + " ") + "ON " + tableRef + method + " (" + parts + ")" + where;
    }

    private List<GIndex> droppableIndexes() {
        List<GIndex> result = new ArrayList<>();
        for (GIndex i : schema.indexes) {
            if (i.name == null) continue;
            if (i.unique && schema.isReferencedKey(i.table, i.columns)) continue;
            if (flavor.foreignKeysNeedIndexes() && neededByForeignKey(i.table, i.columns, i)) continue;
            result.add(i);
        }
        return result;
    }

    /** MySQL/MariaDB: whether dropping the index or key on {@code columns} would leave some foreign key without an index. */
    private boolean neededByForeignKey(GTable table, List<GColumn> columns, Object self) {
        for (GForeignKey fk : table.foreignKeys)
            if (GeneratedSchema.startsWith(columns, fk.columns) && !covered(table, fk.columns, self)) return true;
        for (GTable other : schema.tables)
            for (GForeignKey fk : other.foreignKeys)
                if (fk.parent == table && GeneratedSchema.startsWith(columns, fk.parentColumns) && !covered(table, fk.parentColumns, self))
                    return true;
        return false;
    }

    /** Whether some index of the table other than {@code except} starts with {@code columns}. */
    private boolean covered(GTable table, List<GColumn> columns, Object except) {
        if (!table.primaryKey.isEmpty() && GeneratedSchema.startsWith(table.primaryKey, columns)) return true;
        for (GKey k : table.uniques) if (k != except && GeneratedSchema.startsWith(k.columns, columns)) return true;
        for (GIndex i : schema.indexesOf(table)) if (i != except && GeneratedSchema.startsWith(i.columns, columns)) return true;
        for (List<GColumn> list : table.implicitIndexes) if (GeneratedSchema.startsWith(list, columns)) return true;
        return false;
    }

    private String dropIndex(Choices c) {
        GIndex i = c.pick(droppableIndexes());
        schema.indexes.remove(i);
        return flavor.dropIndex(flavor.ref(i.name, c), flavor.tableRef(i.table.id, c), c.chance(15), c);
    }

    // ---------------------------------------------------------------- tables

    private List<GTable> renamableTables() {
        return tables().stream().filter(t -> flavor.renamesFollowDependents() || !schema.hasViews(t)).toList();
    }

    private String renameTable(Choices c) {
        GTable t = c.pick(renamableTables());
        Ident newName = newTableName(c);
        String sql = flavor.renameTable(flavor.tableRef(t.id, c), flavor.declare(newName), c);
        t.id = newName;
        return sql;
    }

    private List<GTable> droppableTables() {
        return schema.tables.stream().filter(t -> flavor.dropTableCascades() || !schema.isReferencedByOtherTable(t) && !schema.hasViews(t)).toList();
    }

    private String dropTable(Choices c) {
        GTable t = c.pick(droppableTables());
        boolean cascade = flavor.dropTableCascades() && (schema.isReferencedByOtherTable(t) || schema.hasViews(t) || c.chance(10));
        schema.tables.remove(t);
        schema.indexes.removeIf(i -> i.table == t);
        schema.views.removeIf(v -> v.table == t); // PostgreSQL: dropped by CASCADE
        schema.checks.removeIf(k -> k.table == t);
        triggers.removeIf(trigger -> trigger[1] == t); // dropped with their table
        for (GTable other : schema.tables) other.foreignKeys.removeIf(fk -> fk.parent == t);
        return "DROP TABLE " + (c.chance(20) ? "IF EXISTS " : "") + flavor.tableRef(t.id, c) + (cascade ? " CASCADE" : "");
    }

    private String createExistingTable(Choices c) {
        GTable t = c.pick(tables());
        return "CREATE TABLE IF NOT EXISTS " + flavor.tableRef(t.id, c) + " (" + flavor.declare(newColumnName(c)) + " " + c.pick(flavor.types()).sql() + ")";
    }

    private String dropMissing(Choices c) {
        if (!schema.tables.isEmpty() && c.chance(40)) {
            Ident missing = newName(c, "ix");
            return flavor.dropIndex(flavor.declare(missing), flavor.tableRef(c.pick(tables()).id, c), true, c);
        }
        return "DROP TABLE IF EXISTS " + flavor.declare(newTableName(c));
    }

    // ---------------------------------------------------------------- constraints (not SQLite)

    private record ForeignKeyOption(GTable child, Target target, List<List<GColumn>> candidates) {
    }

    /** For each child table and referenceable key: the child's columns that could hold each key column. */
    private List<ForeignKeyOption> foreignKeyOptions() {
        List<ForeignKeyOption> options = new ArrayList<>();
        for (GTable child : schema.tables) {
            Set<GColumn> used = new HashSet<>();
            for (GForeignKey fk : child.foreignKeys) used.addAll(fk.columns);
            for (GTable parent : schema.tables) {
                for (List<GColumn> key : schema.referenceableKeys(parent)) {
                    List<List<GColumn>> candidates = new ArrayList<>();
                    for (GColumn kc : key) {
                        candidates.add(child.columns.stream().filter(col -> !used.contains(col) && col != kc && !col.autoIncrement && !col.generated()
                                && !child.checked.contains(col) && col.ownCheck == null
                                && !key.contains(col) && col.type.sql().equals(kc.type.referencingSql())).toList());
                    }
                    if (candidates.stream().allMatch(list -> list.size() >= key.size()))
                        options.add(new ForeignKeyOption(child, new Target(parent, key), candidates));
                }
            }
        }
        return options;
    }

    private String addForeignKey(Choices c) {
        ForeignKeyOption option = c.pick(foreignKeyOptions());
        List<GColumn> cols = new ArrayList<>();
        for (List<GColumn> candidates : option.candidates) {
            List<GColumn> free = candidates.stream().filter(col -> !cols.contains(col)).toList();
            cols.add(c.pick(free));
        }
        GTable t = option.child;
        Ident name = c.chance(50) ? newName(c, "fk") : null;
        t.foreignKeys.add(new GForeignKey(name, cols, option.target.table, option.target.key));
        if (flavor.foreignKeysNeedIndexes() && !covered(t, cols, null)) t.implicitIndexes.add(List.copyOf(cols));
        return "ALTER TABLE " + flavor.tableRef(t.id, c) + " ADD " + (name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ")
                + "FOREIGN KEY (" + refs(cols, c) + ") REFERENCES " + flavor.tableRef(option.target.table.id, c)
                + " (" + refs(option.target.key, c) + ")" + actions(cols, option.target.key, c);
    }

    private String addUnique(Choices c) {
        GTable t = c.pick(tables().stream().filter(x -> !keyable(x).isEmpty()).toList());
        List<GColumn> keyable = keyable(t);
        List<GColumn> cols = someOf(keyable, 1 + c.below(Math.min(2, keyable.size())), c);
        Ident name = c.chance(50) ? newName(c, "uq") : null;
        t.uniques.add(new GKey(name, cols));
        if (flavor.foreignKeysNeedIndexes()) t.implicitIndexes.removeIf(list -> GeneratedSchema.startsWith(cols, list));
        String tableRef = flavor.tableRef(t.id, c);
        if (flavor.foreignKeysNeedIndexes() && name != null && c.chance(40))
            return "ALTER TABLE " + tableRef + " ADD UNIQUE " + (c.chance(50) ? "KEY " : "INDEX ") + flavor.declare(name) + " (" + refs(cols, c) + ")";
        return "ALTER TABLE " + tableRef + " ADD " + (name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ") + "UNIQUE (" + refs(cols, c) + ")";
    }

    private List<Object[]> droppableConstraints() {
        List<Object[]> result = new ArrayList<>();
        for (GTable t : schema.tables) {
            for (GForeignKey fk : t.foreignKeys) if (fk.name != null) result.add(new Object[]{t, fk});
            for (GKey k : t.uniques) {
                if (k.name == null || schema.isReferencedKey(t, k.columns)) continue;
                if (flavor.foreignKeysNeedIndexes() && neededByForeignKey(t, k.columns, k)) continue;
                result.add(new Object[]{t, k});
            }
        }
        return result;
    }

    private String dropConstraint(Choices c) {
        Object[] choice = c.pick(droppableConstraints());
        GTable t = (GTable) choice[0];
        String tableRef = flavor.tableRef(t.id, c);
        if (choice[1] instanceof GForeignKey fk) {
            t.foreignKeys.remove(fk);
            return flavor.dropForeignKey(tableRef, flavor.ref(fk.name, c), c);
        }
        GKey key = (GKey) choice[1];
        t.uniques.remove(key);
        return flavor.dropUnique(tableRef, flavor.ref(key.name, c), c);
    }

    // ---------------------------------------------------------------- ALTER COLUMN (not SQLite)

    private record Placed(GTable table, GColumn column) {
    }

    private List<Placed> columnsWhere(java.util.function.BiPredicate<GTable, GColumn> test) {
        return columnsWhere(test, false);
    }

    private List<Placed> columnsWhere(java.util.function.BiPredicate<GTable, GColumn> test, boolean autoIncrementToo) {
        List<Placed> result = new ArrayList<>();
        for (GTable t : schema.tables)
            for (GColumn col : t.columns) if ((autoIncrementToo || !col.autoIncrement) && test.test(t, col)) result.add(new Placed(t, col));
        return result;
    }

    private boolean inForeignKey(GTable t, GColumn col) {
        for (GForeignKey fk : t.foreignKeys) if (fk.columns.contains(col)) return true;
        for (GTable other : schema.tables) for (GForeignKey fk : other.foreignKeys) if (fk.parent == t && fk.parentColumns.contains(col)) return true;
        return false;
    }

    private boolean indexed(GTable t, GColumn col) {
        return schema.indexedColumnLists(t).stream().anyMatch(list -> list.contains(col));
    }

    private List<Placed> defaultAlterable() {
        return columnsWhere((t, col) -> !col.generated() && (col.defaultSql != null || col.type.defaults().stream().anyMatch(d -> !d.equals("NULL"))));
    }

    private List<Placed> nullabilityAlterable() {
        return columnsWhere((t, col) -> !col.inPrimaryKey && !col.generated() && (!flavor.foreignKeysNeedIndexes() || !inForeignKey(t, col)));
    }

    private List<Placed> typeAlterable() {
        return columnsWhere((t, col) -> !inForeignKey(t, col) && !(flavor.foreignKeysNeedIndexes() && col.inPrimaryKey)
                && !col.generated() && !schema.isDependedOn(t, col)
                && flavor.widenings(col.type).stream().anyMatch(w -> w.keyable() || !indexed(t, col)));
    }

    private String alterDefault(Choices c) {
        Placed p = c.pick(defaultAlterable());
        String table = flavor.tableRef(p.table.id, c);
        List<String> options = p.column.type.defaults().stream().filter(d -> !d.equals("NULL")).toList();
        if (p.column.defaultSql != null && (options.isEmpty() || c.chance(40))) {
            p.column.defaultSql = null;
            return flavor.dropDefault(table, p.column, c);
        }
        p.column.defaultSql = c.pick(options);
        return flavor.setDefault(table, p.column, c);
    }

    private String alterNullability(Choices c) {
        Placed p = c.pick(nullabilityAlterable());
        p.column.notNull = !p.column.notNull;
        p.column.explicitNull = false;
        return flavor.alterNullability(flavor.tableRef(p.table.id, c), p.column, c);
    }

    private String alterType(Choices c) {
        Placed p = c.pick(typeAlterable());
        boolean indexed = indexed(p.table, p.column);
        List<ColumnType> targets = flavor.widenings(p.column.type).stream().filter(w -> w.keyable() || !indexed).toList();
        ColumnType target = c.pick(targets);
        p.column.type = target;
        if (flavor.foreignKeysNeedIndexes()) // MODIFY restates the default: a new one, or none
            p.column.defaultSql = !target.defaults().isEmpty() && c.chance(50) ? c.pick(target.defaults()) : null;
        return flavor.alterType(flavor.tableRef(p.table.id, c), p.column, c);
    }

    // ---------------------------------------------------------------- helpers

    /** A chance taken only in the wide vocabulary: the basic one draws nothing here, so its seeds keep their scripts. */
    private boolean wide(Choices c, int percent) {
        return vocabulary.wide && c.chance(percent);
    }

    private List<GTable> tables() {
        return schema.tables;
    }

    private List<ColumnType> types(GTable t) {
        if (t.strict) return flavor.strictTypes();
        if (!vocabulary.wide) return flavor.types();
        List<ColumnType> types = new ArrayList<>(flavor.types());
        types.addAll(flavor.wideTypes());
        for (GEnum e : schema.enums) types.add(e.type);
        return types;
    }

    private List<ColumnType> keyableTypes(GTable t) {
        return types(t).stream().filter(ColumnType::keyable).toList();
    }

    private List<GColumn> keyable(GTable t) {
        return t.columns.stream().filter(col -> col.type.keyable() && !col.generated()).toList();
    }

    /** {@code n} distinct items of {@code from}, in a chosen order. */
    private static List<GColumn> someOf(List<GColumn> from, int n, Choices c) {
        List<GColumn> pool = new ArrayList<>(from);
        List<GColumn> result = new ArrayList<>();
        for (int i = 0; i < n && !pool.isEmpty(); i++) result.add(pool.remove(c.below(pool.size())));
        return List.copyOf(result);
    }

    private String refs(List<GColumn> columns, Choices c) {
        StringJoiner j = new StringJoiner(", ");
        for (GColumn col : columns) j.add(flavor.ref(col.id, c));
        return j.toString();
    }

    private Ident newTableName(Choices c) {
        int n = schema.next();
        return switch (c.below(vocabulary.wide ? 12 : 10)) {
            case 10 -> longName(c, "t" + n);
            case 11 -> new Ident(c.pick(flavor.nonAsciiWords()) + "_t" + n, true);
            case 6 -> new Ident("T" + n, false);
            case 7 -> new Ident("Tab" + n, false);
            case 8 -> new Ident("t" + n, true);
            case 9 -> new Ident("Tab" + n, true);
            default -> new Ident("t" + n, false);
        };
    }

    private Ident newColumnName(Choices c) {
        int n = schema.next();
        return switch (c.below(vocabulary.wide ? 14 : 12)) {
            case 12 -> longName(c, "c" + n);
            case 13 -> new Ident(c.pick(flavor.nonAsciiWords()) + n, true);
            case 7 -> new Ident("C" + n, false);
            case 8 -> new Ident("Col" + n, false);
            case 9 -> new Ident("c" + n, true);
            case 10 -> new Ident("Col" + n, true);
            case 11 -> awkwardName(c, n);
            default -> new Ident("c" + n, false);
        };
    }

    private Ident awkwardName(Choices c, int n) {
        String word = c.pick(flavor.awkwardColumnNames());
        if (!usedWords.add(word)) return new Ident("c" + n, false);
        return new Ident(word, flavor.mustQuote(word) || c.chance(30));
    }

    private Ident newName(Choices c, String prefix) {
        int n = schema.next();
        return switch (c.below(vocabulary.wide ? 10 : 8)) {
            case 8 -> longName(c, prefix + n);
            case 9 -> new Ident(prefix + "_" + c.pick(flavor.nonAsciiWords()) + n, true);
            case 6 -> new Ident(prefix.toUpperCase(java.util.Locale.ROOT) + n, false);
            case 7 -> new Ident(prefix + n, true);
            default -> new Ident(prefix + n, false);
        };
    }

    /**
     * A name of about {@link DdlFlavor#longNameBytes()} UTF-8 bytes starting with {@code head} (unique in itself): on
     * PostgreSQL often beyond the 63 bytes it keeps, sometimes cut inside a character of two bytes.
     */
    private Ident longName(Choices c, String head) {
        boolean multibyte = c.chance(30);
        int target = flavor.longNameBytes() - c.below(12);
        StringBuilder b = new StringBuilder(head).append('_');
        String filler = multibyte ? "é" : "long_name_";
        for (int i = 0; b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < target; i++)
            b.append(filler.charAt(i % filler.length()));
        return new Ident(b.toString(), multibyte || c.chance(20));
    }

    // ---------------------------------------------------------------- CHECK constraints

    private String checkExpression(GColumn col, Choices c) {
        String x = flavor.ref(col.id, c);
        return x + checkCondition(c);
    }

    /** A CHECK's condition after its column's name. */
    private static String checkCondition(Choices c) {
        return switch (c.below(3)) {
            case 1 -> " <> 12345";
            case 2 -> " BETWEEN -1000 AND 100000";
            default -> " > -1000";
        };
    }

    /** Numeric columns outside foreign keys (MariaDB refuses a CHECK on a column of a foreign key with an action). */
    private List<Placed> checkable() {
        return columnsWhere((t, col) -> DdlFlavor.isNumeric(col.type) && !col.generated() && !inForeignKey(t, col));
    }

    private String addCheck(Choices c) {
        Placed p = c.pick(checkable());
        Ident name = c.chance(60) ? newName(c, "ck") : null;
        p.table.checked.add(p.column);
        if (name != null) schema.checks.add(new GCheck(name, p.table, p.column));
        return "ALTER TABLE " + flavor.tableRef(p.table.id, c) + " ADD " + (name == null ? "" : "CONSTRAINT " + flavor.declare(name) + " ")
                + "CHECK (" + checkExpression(p.column, c) + ")";
    }

    /** Drops a named CHECK; its column stays counted as checked (another CHECK may name it too). */
    private String dropCheck(Choices c) {
        GCheck check = c.pick(schema.checks);
        schema.checks.remove(check);
        return flavor.dropCheck(flavor.tableRef(check.table.id, c), flavor.ref(check.name, c), c);
    }

    // ---------------------------------------------------------------- views

    private String createView(Choices c) {
        List<GView> replaceable = schema.views.stream().filter(v -> v.replaceable && v.table.columns.stream().anyMatch(col -> !v.columns.contains(col))).toList();
        if (flavor.supportsCreateOrReplaceView() && !replaceable.isEmpty() && c.chance(20)) {
            // CREATE OR REPLACE VIEW with one more column at the end (PostgreSQL keeps the others as they were)
            GView old = c.pick(replaceable);
            List<GColumn> columns = new ArrayList<>(old.columns);
            columns.add(c.pick(old.table.columns.stream().filter(col -> !old.columns.contains(col)).toList()));
            GView v = new GView(old.name, old.table, columns);
            schema.views.set(schema.views.indexOf(old), v);
            return "CREATE OR REPLACE VIEW " + flavor.tableRef(v.name, c) + " AS SELECT " + refs(columns, c) + " FROM " + flavor.tableRef(v.table.id, c);
        }
        GTable t = c.pick(tables());
        List<GColumn> columns = someOf(t.columns, 1 + c.below(Math.min(3, t.columns.size())), c);
        GView v = new GView(newName(c, "v"), t, columns);
        StringJoiner select = new StringJoiner(", ");
        for (GColumn col : columns) {
            if (c.chance(15)) {
                select.add(flavor.ref(col.id, c) + " AS " + flavor.declare(newColumnName(c)));
                v.replaceable = false;
            } else {
                select.add(flavor.ref(col.id, c));
            }
        }
        schema.views.add(v);
        String where = c.chance(25) ? " WHERE " + flavor.ref(columns.get(0).id, c) + " IS NOT NULL" : "";
        return "CREATE VIEW " + flavor.declare(v.name) + " AS SELECT " + select + " FROM " + flavor.tableRef(t.id, c) + where;
    }

    private String dropView(Choices c) {
        GView v = c.pick(schema.views);
        schema.views.remove(v);
        return "DROP VIEW " + (c.chance(20) ? "IF EXISTS " : "") + flavor.tableRef(v.name, c);
    }

    // ---------------------------------------------------------------- comments

    private String comment(Choices c) {
        String literal = c.pick(List.of("'note " + schema.next() + "'", "'it''s'", "'naïve – ü'", "''"));
        List<Placed> columns = columnsWhere((t, col) -> !col.generated()
                && (flavor.canAlterColumns() && !flavor.foreignKeysNeedIndexes() || !inForeignKey(t, col)));
        if (!columns.isEmpty() && c.chance(50)) {
            Placed p = c.pick(columns);
            return flavor.commentOnColumn(flavor.tableRef(p.table.id, c), p.column, literal, c);
        }
        return flavor.commentOnTable(flavor.tableRef(c.pick(tables()).id, c), literal, c);
    }

    // ---------------------------------------------------------------- sequences

    private String createSequence(Choices c) {
        Ident name = newName(c, "seq");
        schema.sequences.add(name);
        StringBuilder b = new StringBuilder("CREATE SEQUENCE ").append(c.chance(10) ? "IF NOT EXISTS " : "").append(flavor.declare(name));
        if (c.chance(40)) b.append(" INCREMENT BY ").append(1 + c.below(5));
        if (c.chance(30)) b.append(" MINVALUE 1");
        if (c.chance(30)) b.append(" MAXVALUE ").append(1_000_000 + c.below(1000));
        if (c.chance(40)) b.append(" START WITH ").append(1 + c.below(100));
        if (c.chance(20)) b.append(" CACHE ").append(1 + c.below(20));
        if (c.chance(15)) b.append(" CYCLE");
        return b.toString();
    }

    private String alterSequence(Choices c) {
        Ident name = c.pick(schema.sequences);
        return "ALTER SEQUENCE " + flavor.tableRef(name, c) + " INCREMENT BY " + (2 + c.below(8));
    }

    private String dropSequence(Choices c) {
        Ident name = c.pick(schema.sequences);
        schema.sequences.remove(name);
        return "DROP SEQUENCE " + (c.chance(20) ? "IF EXISTS " : "") + flavor.tableRef(name, c);
    }

    // ---------------------------------------------------------------- enum types (PostgreSQL)

    private String createEnum(Choices c) {
        Ident name = newName(c, "mood");
        List<String> labels = new ArrayList<>(List.of("a", "b"));
        if (c.chance(50)) labels.add("it's");
        if (c.chance(30)) labels.add("é " + schema.next());
        GEnum e = new GEnum(name, labels, ColumnType.of(flavor.declare(name), true, "'a'"));
        schema.enums.add(e);
        StringJoiner values = new StringJoiner(", ");
        for (String label : labels) values.add(literal(label));
        return "CREATE TYPE " + flavor.declare(name) + " AS ENUM (" + values + ")";
    }

    private String addEnumValue(Choices c) {
        GEnum e = c.pick(schema.enums);
        String label = "v" + schema.next();
        String where = switch (c.below(3)) {
            case 1 -> " BEFORE " + literal(c.pick(e.labels));
            case 2 -> " AFTER " + literal(c.pick(e.labels));
            default -> "";
        };
        e.labels.add(label);
        return "ALTER TYPE " + flavor.ref(e.name, c) + " ADD VALUE " + (c.chance(20) ? "IF NOT EXISTS " : "") + literal(label) + where;
    }

    private String dropEnum(Choices c) {
        GEnum e = c.pick(schema.enums.stream().filter(x -> !schema.isUsed(x)).toList());
        schema.enums.remove(e);
        return "DROP TYPE " + (c.chance(20) ? "IF EXISTS " : "") + flavor.ref(e.name, c);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
