package dev.cairn.replay;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Engine;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the statements whose effect on the schema replay cannot know, because the DDL they run is built or chosen at
 * run time. The rule, the same on every engine where the construct exists:
 * <ul>
 *   <li>{@code EXECUTE} of a prepared statement, where the engine prepares DDL (MySQL, MariaDB: {@code PREPARE s FROM
 *       @sql}, {@code EXECUTE IMMEDIATE});</li>
 *   <li>a {@code DO} block (PostgreSQL) whose code may run DDL;</li>
 *   <li>{@code CALL} of a procedure, unless the migrations created it with a body that runs no DDL;</li>
 *   <li>any other statement that is not DDL ({@code SELECT}, {@code INSERT}, {@code PERFORM} …) calling a function or
 *       procedure the migrations created with a body that may run DDL;</li>
 *   <li>a data change to the engine's catalog (SQLite's {@code sqlite_schema} under {@code writable_schema},
 *       PostgreSQL's {@code pg_catalog}).</li>
 * </ul>
 * Code "may run DDL" when it holds {@code CREATE}, {@code ALTER}, {@code DROP}, {@code RENAME}, {@code COMMENT ON},
 * {@code EXECUTE}, {@code PREPARE}, a {@code CALL} of a procedure not known to be free of DDL, or a call of a routine
 * known to run DDL; the text of its string literals counts too (dynamic SQL is built from them). The rule errs on the
 * side of "unknown": a routine the migrations did not create is taken as free of DDL when called as a function (the
 * engine's built-ins), and as unknown when called as a procedure. It remembers the routines across the statements
 * and files of one replay.
 */
final class DynamicDdl {
    private static final Set<String> DDL_WORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME", "EXECUTE", "PREPARE");
    private static final Set<String> DATA_CHANGES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");
    private static final Set<String> TARGET_PREFIXES = Set.of("INTO", "FROM", "OR", "IGNORE", "ONLY", "LOW_PRIORITY", "QUICK", "DELAYED",
            "HIGH_PRIORITY");
    private static final Set<String> NOT_ROUTINES = Set.of("TABLE", "VIEW", "INDEX", "TRIGGER", "EVENT", "CAST", "OPERATOR", "TYPE",
            "SEQUENCE", "SCHEMA", "EXTENSION", "AGGREGATE", "RULE", "POLICY", "DOMAIN", "TRANSFORM");
    private static final int NESTING = 3;

    private final Engine engine;
    private final DdlRules rules;
    /** Routines the migrations created, by lower-case name without schema: whether their code may run DDL. */
    private final Map<String, Boolean> routines = new HashMap<>();
    private boolean someRoutineRunsDdl;

    DynamicDdl(Engine engine) {
        this.engine = engine;
        this.rules = engine.ddl();
    }

    /**
     * Why the statement {@code in} stands at the start of has an effect replay cannot know; null when it has none.
     * Remembers the routines it creates or drops. Does not move {@code in}.
     */
    UnknownEffect check(TokenCursor in) {
        Token head = in.peek();
        if (head.kind() != Kind.WORD) return null;
        SqlStatement s = in.statement();
        switch (head.upper()) {
            case "CREATE" -> {
                observeCreate(in);
                return null;
            }
            case "DROP" -> {
                observeDrop(in);
                return null;
            }
            case "EXECUTE" -> {
                if (rules.preparedStatementsMayRunDdl()) {
                    return unknown(s, head, "EXECUTE runs a statement prepared at run time, which may be DDL");
                }
            }
            case "CALL" -> {
                Token name = lastNamePart(in, 1);
                if (name != null && !Boolean.FALSE.equals(routines.get(key(name)))) {
                    String known = routines.containsKey(key(name)) ? "its code may run DDL" : "the migrations did not create it";
                    return unknown(s, head, "CALL " + name.name() + " runs a procedure whose effect on the schema is unknown (" + known + ")");
                }
            }
            case "DO" -> {
                if (rules.doRunsCodeBlocks() && mayRunDdl(in, 1, 0)) return unknown(s, head, "the DO block's code may run DDL");
            }
            default -> {
                if (DATA_CHANGES.contains(head.upper())) {
                    UnknownEffect catalog = catalogWrite(in, s);
                    if (catalog != null) return catalog;
                }
            }
        }
        return someRoutineRunsDdl ? callOfDdlRoutine(in, s) : null;
    }

    /** Remembers a routine that {@code in}, a statement after one whose effect was unknown, creates or drops. */
    void observe(TokenCursor in) {
        if (in.at("CREATE")) observeCreate(in);
        else if (in.at("DROP")) observeDrop(in);
    }

    private void observeCreate(TokenCursor in) {
        int k = routineWord(in, 1);
        if (k < 0 || lastNamePart(in, k + 1) == null) return;
        int end = nameEnd(in, k + 1);
        boolean runsDdl = mayRunDdl(in, end + 1, 0);
        routines.put(key(in.peek(end)), runsDdl);
        someRoutineRunsDdl |= runsDdl;
    }

    private void observeDrop(TokenCursor in) {
        if (!in.peek(1).is("FUNCTION") && !in.peek(1).is("PROCEDURE")) return;
        int k = 2;
        if (in.peek(k).is("IF") && in.peek(k + 1).is("EXISTS")) k += 2;
        Token name = lastNamePart(in, k);
        if (name != null) routines.remove(key(name));
    }

    /** Where FUNCTION or PROCEDURE stands after CREATE [OR REPLACE] [DEFINER = …]; -1 if the statement creates something else. */
    private static int routineWord(TokenCursor in, int from) {
        for (int k = from; k < from + 12; k++) {
            Token t = in.peek(k);
            if (t.is("FUNCTION") || t.is("PROCEDURE")) return k;
            if (t.kind() == Kind.END || t.kind() == Kind.WORD && NOT_ROUTINES.contains(t.upper())) return -1;
        }
        return -1;
    }

    /** The last part of the (qualified) name at {@code from}: {@code s.f} gives {@code f}; null when no name is there. */
    private static Token lastNamePart(TokenCursor in, int from) {
        return in.peek(from).isName() ? in.peek(nameEnd(in, from)) : null;
    }

    /** Where the (qualified) name at {@code from} ends: the index of its last part. */
    private static int nameEnd(TokenCursor in, int from) {
        int k = from;
        while (in.peek(k + 1).isSymbol(".") && in.peek(k + 2).isName()) k += 2;
        return k;
    }

    private boolean mayRunDdl(TokenCursor in, int from, int depth) {
        for (int k = from; ; k++) {
            Token t = in.peek(k);
            if (t.kind() == Kind.END) return false;
            if (mayRunDdl(t, in.peek(k + 1), in.peek(k + 2), depth)) return true;
        }
    }

    private boolean mayRunDdl(String code, int depth) {
        List<Token> tokens = SqlLexer.tokens(engine.syntax(), code);
        for (int k = 0; k < tokens.size() - 1; k++) {
            Token next = tokens.get(k + 1);
            Token second = k + 2 < tokens.size() ? tokens.get(k + 2) : next;
            if (mayRunDdl(tokens.get(k), next, second, depth)) return true;
        }
        return false;
    }

    /** Whether the token {@code t} (followed by {@code next} and {@code second}) says that the code may run DDL. */
    private boolean mayRunDdl(Token t, Token next, Token second, int depth) {
        if (t.kind() == Kind.STRING) return depth < NESTING && mayRunDdl(SqlLiterals.stringValue(engine.syntax(), t.text()), depth + 1);
        if (t.kind() != Kind.WORD) return false;
        String word = t.upper();
        if (DDL_WORDS.contains(word)) return true;
        if (word.equals("COMMENT")) return next.is("ON");
        if (word.equals("CALL")) return !next.isName() || !Boolean.FALSE.equals(routines.get(key(next)));
        if (next.isSymbol(".") && second.isName()) return false; // a qualifier: the name after it is looked at next
        return next.isSymbol("(") && Boolean.TRUE.equals(routines.get(key(t)));
    }

    private UnknownEffect callOfDdlRoutine(TokenCursor in, SqlStatement s) {
        for (int k = 0; ; k++) {
            Token t = in.peek(k);
            if (t.kind() == Kind.END) return null;
            if (t.isName() && in.peek(k + 1).isSymbol("(") && Boolean.TRUE.equals(routines.get(key(t)))) {
                return unknown(s, t, t.name() + " is a routine the migrations created whose code may run DDL");
            }
        }
    }

    /** A data change ({@code INSERT INTO t}, {@code UPDATE OR REPLACE t}, {@code DELETE FROM t} …) whose target is the engine's catalog. */
    private UnknownEffect catalogWrite(TokenCursor in, SqlStatement s) {
        int k = 1;
        while (in.peek(k).kind() == Kind.WORD && TARGET_PREFIXES.contains(in.peek(k).upper())) k += in.peek(k).is("OR") ? 2 : 1;
        if (!in.peek(k).isName()) return null;
        String schema = null;
        Token name = in.peek(k);
        if (in.peek(k + 1).isSymbol(".") && in.peek(k + 2).isName()) {
            schema = name.name();
            name = in.peek(k + 2);
        }
        if (!rules.isCatalogTable(schema, name.name())) return null;
        return unknown(s, name, "it writes the catalog table " + name.name() + ", which changes the schema behind replay's back");
    }

    private static UnknownEffect unknown(SqlStatement s, Token at, String why) {
        return new UnknownEffect(s, s.positionAt(at.start()), why);
    }

    private static String key(Token name) {
        return name.name().toLowerCase(Locale.ROOT);
    }
}
