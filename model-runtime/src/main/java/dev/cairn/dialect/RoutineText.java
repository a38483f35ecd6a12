package dev.cairn.dialect;

import dev.cairn.schema.Routine;
import dev.cairn.schema.Routine.Kind;
import dev.cairn.schema.Schema;
import dev.cairn.sql.RoutineBodies;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the text of a {@code CREATE TRIGGER | FUNCTION | PROCEDURE | EXTENSION} statement into a {@link Routine}.
 * Replay reads the statement a migration wrote with it, and each engine's introspector the statement its catalog
 * returns ({@code sqlite_master.sql}, {@code pg_get_triggerdef}, {@code pg_get_functiondef}, {@code SHOW CREATE
 * TRIGGER | FUNCTION | PROCEDURE}); one reader for both is what makes the normalised definitions compare equal.
 * <p>
 * What the definition keeps: a trigger's {@code FOR EACH ROW | STATEMENT} (written out where the engine's default
 * applies: statement for an {@code EXECUTE FUNCTION} trigger, row for a trigger with a body), its {@code WHEN}
 * condition without parentheses and casts, and its body or the function it executes with the arguments as the
 * strings the engine passes; a routine's parameter names and canonical types (modes {@code IN} and defaults left
 * out), its canonical return type, its language ({@code sql} when none is written), the characteristics that differ
 * from the default ({@code IMMUTABLE}, {@code STRICT}, {@code SECURITY DEFINER}, {@code DETERMINISTIC}, {@code READS
 * SQL DATA}, …; costs, settings and comments left out) and its body: a string body's value exactly (PostgreSQL stores
 * it so), any other body as its tokens. Words are compared in upper case and comments and spacing are dropped.
 */
public final class RoutineText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TRIGGER_CLAUSES = Set.of("FROM", "NOT", "DEFERRABLE", "INITIALLY", "REFERENCING");
    private static final Set<String> TYPE_STOP_WORDS = Set.of("LANGUAGE", "AS", "IMMUTABLE", "STABLE", "VOLATILE", "STRICT",
            "CALLED", "RETURNS", "SECURITY", "EXTERNAL", "PARALLEL", "COST", "ROWS", "SUPPORT", "SET", "WINDOW", "LEAKPROOF",
            "NOT", "TRANSFORM", "BEGIN", "RETURN", "COMMENT", "DETERMINISTIC", "CONTAINS", "NO", "READS", "MODIFIES", "SQL",
            "SELECT", "INSERT", "UPDATE", "DELETE", "IF", "CASE", "DECLARE", "CALL", "WITH", "REPLACE", "LOOP", "WHILE",
            "REPEAT", "LEAVE", "ITERATE", "DO", "SIGNAL", "RESIGNAL", "OPEN", "FETCH", "CLOSE", "VALUES", "TRUNCATE",
            "CREATE", "DROP", "ALTER", "DEFAULT");
    /** First words of types of more than one word, which a parameter without a name may start with. */
    private static final Set<String> MULTI_WORD_TYPES = Set.of("DOUBLE", "CHARACTER", "CHAR", "NATIONAL", "BIT", "TIMESTAMP",
            "TIME", "INTERVAL", "LONG");

    /** What a statement read: the object, whether it said OR REPLACE or IF NOT EXISTS, and where the name stands. */
    public record Read(Routine routine, boolean orReplace, boolean ifNotExists, int nameAt) {
    }

    /** A statement this reader cannot read; {@code at} is the offset of the token where it stopped. */
    public static final class Unreadable extends IllegalArgumentException {
        private final int at;

        Unreadable(String message, int at) {
            super(message);
            this.at = at;
        }

        public int at() {
            return at;
        }
    }

    private final Engine engine;
    private final String sql;
    private final List<Token> tokens;
    private final boolean stringBodies;
    private int i;

    private RoutineText(Engine engine, String sql) {
        this.engine = engine;
        this.sql = sql;
        this.tokens = SqlLexer.tokens(engine.syntax(), sql);
        this.stringBodies = engine.syntax().routineBodies() == RoutineBodies.BEGIN_ATOMIC;
    }

    /**
     * Reads a CREATE statement; null when it creates something else or something not modelled (a temporary or
     * constraint trigger, an aggregate, an event).
     */
    public static Read read(Engine engine, String sql) {
        return new RoutineText(engine, sql).create();
    }

    /**
     * Puts what a catalog's CREATE statement text defines into an introspected schema, a trigger spelled on its table
     * as the table is; text this reader cannot read (or does not model) is left out.
     */
    public static void putIntrospected(Engine engine, Schema.Builder schema, String createText) {
        putIntrospected(engine, schema, createText, null);
    }

    /**
     * {@link #putIntrospected(Engine, Schema.Builder, String)} for a catalog that qualifies names with the schema read
     * ({@code pg_get_triggerdef} does always): {@code namespace.} is taken out before a name, outside strings, so the
     * text renders into any schema.
     */
    public static void putIntrospected(Engine engine, Schema.Builder schema, String createText, String namespace) {
        if (createText == null) return;
        if (namespace != null) createText = unqualified(engine, createText, namespace);
        Read read;
        try {
            read = read(engine, createText);
        } catch (Unreadable e) {
            return;
        }
        if (read == null) return;
        Routine r = read.routine();
        if (r.isTrigger()) {
            String table = schema.table(r.table()).map(t -> t.name()).orElse(schema.view(r.table()).map(v -> v.name()).orElse(r.table()));
            r = r.withTable(table);
        }
        schema.putRoutine(r);
    }

    private static String unqualified(Engine engine, String text, String namespace) {
        List<Token> tokens = SqlLexer.tokens(engine.syntax(), text);
        StringBuilder b = new StringBuilder();
        int copied = 0;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isName() && t.name().equals(namespace) && tokens.get(k + 1).isSymbol(".") && (k == 0 || !tokens.get(k - 1).isSymbol("."))) {
                b.append(text, copied, t.start());
                copied = tokens.get(k + 1).end();
            }
        }
        return copied == 0 ? text : b.append(text.substring(copied)).toString();
    }

    /** The kind a {@code CREATE} or {@code DROP} statement names at these words, or null. */
    public static Kind kindOf(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "TRIGGER" -> Kind.TRIGGER;
            case "FUNCTION" -> Kind.FUNCTION;
            case "PROCEDURE" -> Kind.PROCEDURE;
            case "EXTENSION" -> Kind.EXTENSION;
            default -> null;
        };
    }

    private Read create() {
        expect("CREATE");
        boolean orReplace = accept("OR") && expect("REPLACE");
        if (accept("DEFINER")) {
            accept("=");
            next();
            if (peek().isSymbol("(")) skipParenthesized(); // CURRENT_USER()
            if (peek().isSymbol("@")) {
                next();
                next();
            }
        }
        if (at("TEMP") || at("TEMPORARY") || at("CONSTRAINT") || at("AGGREGATE") || at("EVENT")) return null;
        Kind kind = peek().kind() == Token.Kind.WORD ? kindOf(peek().text()) : null;
        if (kind == null) return null;
        next();
        boolean ifNotExists = false;
        if (at("IF")) {
            next();
            expect("NOT");
            expect("EXISTS");
            ifNotExists = true;
        }
        Token nameToken = peek();
        String name = qualifiedName("the " + kind.label() + " name");
        String source = restText();
        Routine routine = switch (kind) {
            case TRIGGER -> trigger(name, source);
            case FUNCTION, PROCEDURE -> routine(kind, name, source);
            case EXTENSION -> Routine.of(kind, name, "", source);
        };
        return new Read(routine, orReplace, ifNotExists, nameToken.start());
    }

    private Routine trigger(String name, String source) {
        String timing = "BEFORE";
        if (accept("BEFORE")) timing = "BEFORE";
        else if (accept("AFTER")) timing = "AFTER";
        else if (accept("INSTEAD")) {
            expect("OF");
            timing = "INSTEAD OF";
        }
        TreeSet<String> events = new TreeSet<>((a, b) -> Integer.compare(eventOrder(a), eventOrder(b)));
        do {
            Token e = next();
            switch (e.upper()) {
                case "INSERT", "DELETE", "TRUNCATE" -> events.add(e.upper());
                case "UPDATE" -> {
                    if (accept("OF")) {
                        List<String> columns = new ArrayList<>();
                        do columns.add(name("a column name")); while (accept(","));
                        events.add("UPDATE OF " + String.join(", ", columns));
                    } else {
                        events.add("UPDATE");
                    }
                }
                default -> throw new Unreadable("expected INSERT, UPDATE, DELETE or TRUNCATE", e.start());
            }
        } while (accept("OR") || accept(","));
        expect("ON");
        String table = qualifiedName("the table name");
        List<String> clauses = new ArrayList<>();
        while (peek().kind() == Token.Kind.WORD && TRIGGER_CLAUSES.contains(peek().upper())) {
            int from = i;
            while (!atEnd() && !at("FOR") && !at("WHEN") && !at("EXECUTE") && !at("BEGIN")) next();
            clauses.add(normal(from, i, false));
        }
        String level = null;
        if (accept("FOR")) {
            accept("EACH");
            level = next().upper();
        }
        if (at("FOLLOWS") || at("PRECEDES")) { // MySQL: the order among triggers of one event is not modelled
            next();
            qualifiedName("a trigger name");
        }
        String when = null;
        if (accept("WHEN")) {
            int from = i;
            int depth = 0;
            while (!atEnd() && !(depth == 0 && (at("BEGIN") || at("EXECUTE")))) {
                if (peek().isSymbol("(")) depth++;
                if (peek().isSymbol(")")) depth--;
                next();
            }
            when = normal(from, i, true);
        }
        String body;
        if (accept("EXECUTE")) {
            if (!accept("FUNCTION")) expect("PROCEDURE");
            String function = qualifiedName("the function name");
            expect("(");
            List<String> arguments = new ArrayList<>();
            while (!peek().isSymbol(")") && !atEnd()) {
                Token a = next();
                if (a.isSymbol(",")) continue;
                String value = a.kind() == Token.Kind.STRING ? SqlLiterals.stringValue(engine.syntax(), a.text()) : a.text();
                arguments.add("'" + value.replace("'", "''") + "'");
            }
            expect(")");
            body = "EXECUTE FUNCTION " + function + "(" + String.join(", ", arguments) + ")";
            if (level == null) level = "STATEMENT";
        } else {
            body = normal(i, tokens.size() - 1, false);
            if (level == null) level = "ROW";
        }
        StringBuilder d = new StringBuilder();
        for (String c : clauses) d.append(c).append(' ');
        d.append("FOR EACH ").append(level);
        if (when != null) d.append(" WHEN ").append(when);
        d.append(' ').append(body);
        return new Routine(Kind.TRIGGER, name, table, timing, List.copyOf(events), d.toString(), source);
    }

    private static int eventOrder(String event) {
        return event.startsWith("INSERT") ? 0 : event.startsWith("DELETE") ? 1 : event.startsWith("UPDATE") ? 2 : 3;
    }

    private Routine routine(Kind kind, String name, String source) {
        expect("(");
        List<String> parameters = new ArrayList<>();
        while (!peek().isSymbol(")")) {
            if (atEnd()) throw new Unreadable("the parameter list is never closed", peek().start());
            int from = i;
            int depth = 0;
            while (!atEnd() && !(depth == 0 && (peek().isSymbol(",") || peek().isSymbol(")")))) {
                if (peek().isSymbol("(")) depth++;
                if (peek().isSymbol(")")) depth--;
                next();
            }
            String parameter = parameter(from, i);
            if (!parameter.isEmpty()) parameters.add(parameter);
            accept(",");
        }
        expect(")");
        String returns = null;
        if (at("RETURNS") && !at("RETURNS", "NULL")) {
            next();
            if (accept("SETOF")) returns = "SETOF " + type(typeEnd());
            else if (at("TABLE", "(")) {
                int from = i;
                next();
                skipParenthesized();
                returns = normal(from, i, false);
            } else returns = type(typeEnd());
        }
        String language = null;
        String body = null;
        TreeSet<String> characteristics = new TreeSet<>();
        boolean bodyIsRest = false;
        while (!atEnd() && !bodyIsRest) {
            if (accept("LANGUAGE")) {
                Token l = next();
                language = (l.kind() == Token.Kind.STRING ? SqlLiterals.stringValue(engine.syntax(), l.text()) : l.name()).toLowerCase(Locale.ROOT);
            } else if (accept("AS")) {
                Token b = next();
                if (b.kind() == Token.Kind.STRING) {
                    body = SqlLiterals.stringValue(engine.syntax(), b.text());
                } else {
                    body = normal(i - 1, tokens.size() - 1, false);
                    bodyIsRest = true;
                }
                if (accept(",")) next(); // AS 'object file', 'link symbol'
            } else if (at("IMMUTABLE") || at("STABLE") || at("STRICT") || at("LEAKPROOF") || at("WINDOW") || at("DETERMINISTIC")) {
                characteristics.add(next().upper());
            } else if (accept("VOLATILE") || accept("NOT", "LEAKPROOF") || accept("NOT", "DETERMINISTIC") || accept("CONTAINS", "SQL")) {
                // the defaults
            } else if (accept("CALLED", "ON", "NULL", "INPUT")) {
                characteristics.remove("STRICT");
            } else if (accept("RETURNS", "NULL", "ON", "NULL", "INPUT")) {
                characteristics.add("STRICT");
            } else if (at("EXTERNAL", "SECURITY") || at("SECURITY") || at("SQL", "SECURITY")) {
                while (!accept("SECURITY")) next();
                String who = next().upper();
                if (!who.equals(stringBodies ? "INVOKER" : "DEFINER")) characteristics.add("SECURITY " + who);
            } else if (accept("PARALLEL")) {
                String p = next().upper();
                if (!p.equals("UNSAFE")) characteristics.add("PARALLEL " + p);
            } else if (at("NO", "SQL") || at("READS", "SQL", "DATA") || at("MODIFIES", "SQL", "DATA")) {
                int from = i;
                while (!at("SQL")) next();
                next();
                accept("DATA");
                characteristics.add(normal(from, i, false));
            } else if (accept("COST") || accept("ROWS") || accept("COMMENT") || accept("SUPPORT")) {
                next();
            } else if (stringBodies && accept("SET")) {
                while (!atEnd() && !atOptionStart()) next();
            } else if (stringBodies && at("TRANSFORM")) {
                while (!atEnd() && !atOptionStart()) next();
            } else {
                body = normal(i, tokens.size() - 1, false); // BEGIN ATOMIC … END, RETURN …, or a MySQL routine's body
                bodyIsRest = true;
            }
        }
        StringBuilder d = new StringBuilder("(").append(String.join(", ", parameters)).append(')');
        if (returns != null) d.append(" RETURNS ").append(returns);
        d.append(" LANGUAGE ").append(language == null ? "sql" : language);
        for (String c : characteristics) d.append(' ').append(c);
        d.append(" AS ").append(body == null ? "" : body);
        return Routine.of(kind, name, d.toString(), source);
    }

    private boolean atOptionStart() {
        Token t = peek();
        return t.kind() == Token.Kind.WORD && (TYPE_STOP_WORDS.contains(t.upper()) && !t.is("DEFAULT") && !t.is("FROM")
                && !t.is("SET") && !t.is("NOT") || t.is("NOT") && peek(1).is("LEAKPROOF"));
    }

    /** One parameter: {@code [mode] [name] type [DEFAULT | = expression]} as {@code [OUT |INOUT |VARIADIC ]name type}. */
    private String parameter(int from, int to) {
        int end = from;
        while (end < to && !tokens.get(end).is("DEFAULT") && !tokens.get(end).isSymbol("=")) end++;
        int k = from;
        String mode = "";
        if (k < end && (tokens.get(k).is("IN") || tokens.get(k).is("OUT") || tokens.get(k).is("INOUT") || tokens.get(k).is("VARIADIC"))) {
            String m = tokens.get(k).upper();
            if (!(m.equals("IN") && k + 1 < end && tokens.get(k + 1).is("OUT"))) {
                mode = m.equals("IN") ? "" : m + " ";
                k++;
            }
        }
        if (k >= end) return "";
        String name = "";
        Token first = tokens.get(k);
        if (end - k >= 2 && first.isName() && !(first.kind() == Token.Kind.WORD && MULTI_WORD_TYPES.contains(first.upper())
                && !tokens.get(k + 1).isSymbol("("))) {
            name = fold(first) + " ";
            k++;
        }
        return mode + name + type(k, end);
    }

    private int typeEnd() {
        int k = i;
        int depth = 0;
        while (tokens.get(k).kind() != Token.Kind.END) {
            Token t = tokens.get(k);
            if (depth == 0 && (t.isSymbol(";") || t.kind() == Token.Kind.STRING && k > i
                    || t.kind() == Token.Kind.WORD && k > i && TYPE_STOP_WORDS.contains(t.upper()))) break;
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")")) depth--;
            k++;
        }
        return k;
    }

    private String type(int end) {
        String t = type(i, end);
        i = end;
        return t;
    }

    /** The canonical spelling of the type written by the tokens {@code from..to}. */
    private String type(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("CHARSET") || t.is("COLLATE") || t.is("CHARACTER") && k + 1 < to && tokens.get(k + 1).is("SET")) to = k;
        }
        if (from >= to) return "";
        String text = sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        try {
            return engine.types().toSql(engine.types().parse(text)).toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return normal(from, to, false).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The tokens {@code from..to} in one spelling: words in upper case, single spaces, comments dropped; with
     * {@code bare} also without parentheses and {@code ::type} casts, as PostgreSQL adds both when it prints a
     * condition.
     */
    private String normal(int from, int to, boolean bare) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.END) break;
            if (t.isSymbol(";") && k == to - 1) break;
            if (bare && (t.isSymbol("(") || t.isSymbol(")"))) continue;
            if (bare && t.isSymbol("::")) {
                k++;
                while (k + 1 < to && tokens.get(k + 1).kind() == Token.Kind.WORD && isTypeWord(tokens.get(k + 1))) k++;
                continue;
            }
            if (!b.isEmpty()) b.append(' ');
            b.append(t.kind() == Token.Kind.WORD ? t.upper() : t.kind() == Token.Kind.QUOTED_NAME && PLAIN.matcher(t.name()).matches()
                    ? t.name().toUpperCase(Locale.ROOT) : t.text());
        }
        return b.toString();
    }

    /**
     * The trigger as the engine keeps it after {@code ALTER TABLE from RENAME TO to} where the engine rewrites the
     * table's name in trigger text ({@link DdlRules#renameTableRewritesTriggers}, SQLite): each mention of the table
     * as a name becomes the new name in double quotes, as SQLite writes it. The trigger unchanged when it does not
     * mention the table.
     */
    public static Routine renamingTable(Engine engine, Routine trigger, String from, String to) {
        List<Token> tokens = SqlLexer.tokens(engine.syntax(), trigger.source());
        StringBuilder b = new StringBuilder();
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean qualifier = k > 0 && tokens.get(k - 1).isSymbol(".");
            if (t.isName() && !qualifier && t.name().equalsIgnoreCase(from)) {
                b.append(trigger.source(), copied, t.start()).append('"').append(to.replace("\"", "\"\"")).append('"');
                copied = t.end();
            }
        }
        if (copied == 0) return trigger;
        b.append(trigger.source().substring(copied));
        Read read = read(engine, "CREATE TRIGGER \"" + trigger.name().replace("\"", "\"\"") + "\" " + b);
        return read == null ? trigger : read.routine().withTable(trigger.table()).withName(trigger.name());
    }

    private static boolean isTypeWord(Token t) {
        return t.is("PRECISION") || t.is("VARYING") || t.is("WITH") || t.is("WITHOUT") || t.is("TIME") || t.is("ZONE");
    }

    private String restText() {
        Token first = peek();
        int end = tokens.size() - 1;
        while (end > i && tokens.get(end - 1).isSymbol(";")) end--;
        return first.kind() == Token.Kind.END || end <= i ? "" : sql.substring(first.start(), tokens.get(end - 1).end()).strip();
    }

    private String qualifiedName(String what) {
        String n = name(what);
        while (peek().isSymbol(".") && peek(1).isName()) {
            next();
            n = name(what);
        }
        return n;
    }

    private String name(String what) {
        Token t = peek();
        if (!t.isName()) throw new Unreadable("expected " + what, t.start());
        next();
        return fold(t);
    }

    /** The name as the engine stores it ({@link DdlRules#storedName}); a name the engine refuses is unreadable there. */
    private String fold(Token t) {
        return engine.ddl().storedName(t, new StatementSite() {
            @Override
            public List<String> namesIn(String expression) {
                return List.of();
            }

            @Override
            public dev.cairn.sql.SqlProblem refused(String what, String hint) {
                throw new Unreadable(what, t.start());
            }
        });
    }

    private void skipParenthesized() {
        expect("(");
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t.kind() == Token.Kind.END) throw new Unreadable("a ( is never closed", t.start());
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")")) depth--;
        }
    }

    private Token peek() {
        return tokens.get(i);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(i + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.END) i++;
        return t;
    }

    private boolean atEnd() {
        return peek().kind() == Token.Kind.END || peek().isSymbol(";") && peek(1).kind() == Token.Kind.END;
    }

    private boolean at(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (!(t.is(words[k]) || t.kind() == Token.Kind.SYMBOL && t.text().equals(words[k]))) return false;
        }
        return true;
    }

    private boolean accept(String... words) {
        if (!at(words)) return false;
        i += words.length;
        return true;
    }

    private boolean expect(String word) {
        if (!accept(word)) {
            Token t = peek();
            throw new Unreadable("expected " + word + " near " + (t.kind() == Token.Kind.END ? "the end of the statement" : "'" + t.text() + "'"), t.start());
        }
        return true;
    }
}
