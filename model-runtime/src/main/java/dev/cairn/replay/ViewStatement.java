package dev.cairn.replay;

import dev.cairn.dialect.Namespaces;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.View;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.Token;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] VIEW name [(columns)] AS select}. The SELECT is parsed with JSqlParser to learn the
 * view's column names (see {@link ViewColumns}); the definition is kept as written.
 */
final class ViewStatement {
    private ViewStatement() {
    }

    /** Reads the statement after {@code CREATE [OR REPLACE] … VIEW}. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state, boolean orReplace) {
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        Name name = in.qualifiedName("the view name");
        View existing = schema.view(name.text()).orElse(null);
        if (existing != null && !orReplace) {
            if (ifNotExists) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), "view " + name.text() + " already exists", "use CREATE OR REPLACE VIEW, or drop the view first");
        }
        String holder = existing != null ? null : in.engine().namespaces().relationHolder(schema, name.text(), true);
        if (holder != null) {
            throw in.problem(name.token(), holder.equals("table") ? "a table named " + name.text() + " already exists"
                    : Namespaces.taken(holder, name.text()), "choose another view name");
        }
        List<String> columns = null;
        if (in.peek().isSymbol("(")) columns = in.nameList("a view column").stream().map(Name::text).toList();
        while (in.accept("WITH")) in.parenthesized("the view options");
        in.expect("AS");
        if (in.atEnd()) throw in.unexpected("expected the view's SELECT");
        Token first = in.peek();
        Span select = new Span(in.rest(), first);
        String definition = select.text().replaceAll("(?is)\\s+WITH\\s+(CASCADED\\s+|LOCAL\\s+)?CHECK\\s+OPTION\\s*$", "");
        if (columns == null) columns = new ViewColumns(in.engine().ddl(), schema, in, select.first()).of(parse(in, select, definition));
        View view = new View(name.text(), definition, columns, existing == null ? null : existing.comment());
        state.viewCreated(view.name(), ViewReaders.relationsRead(in, schema, definition, select.first()));
        Changes changes = new Changes(schema);
        changes.add(existing == null ? new SchemaChange.ViewCreated(view) : new SchemaChange.ViewReplaced(existing, view));
        return changes.list();
    }

    /** The column names of a view whose SELECT is {@code definition}, over the schema as it is now; empty when it cannot tell. */
    static java.util.Optional<List<String>> columnsOf(TokenCursor in, Schema.Builder schema, String definition) {
        try {
            Statement st = JSqlParserNames.parse(in.engine(), definition);
            if (!(st instanceof Select s)) return java.util.Optional.empty();
            return java.util.Optional.of(new ViewColumns(in.engine().ddl(), schema, in, in.peek()).of(s));
        } catch (ParseException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static Select parse(TokenCursor in, Span select, String definition) {
        try {
            Statement st = JSqlParserNames.parse(in.engine(), definition);
            if (st instanceof Select s) return s;
        } catch (ParseException e) {
            var t = e.currentToken == null ? null : e.currentToken.next;
            var at = t == null ? in.statement().positionAt(select.first().start())
                    : in.statement().positionAt(select.first().start()).offsetBy(t.beginLine, t.beginColumn);
            throw new SqlProblem(at, in.statement().sql(), "syntax error in the view's SELECT near '" + (t == null ? "" : t.image) + "'",
                    "fix the SELECT, or name the view's columns: CREATE VIEW v (a, b) AS …");
        } catch (RuntimeException | Error e) {
            // fall through
        }
        throw in.problem(select.first(), "Cairn cannot read this view's SELECT", "name the view's columns: CREATE VIEW v (a, b) AS …");
    }
}
