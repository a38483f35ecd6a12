package dev.cairn.replay;

import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.View;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which relations a view reads, and which views read a relation: PostgreSQL keeps a view's dependencies (by identity,
 * so they follow renames), drops the views that read a table or view with {@code DROP … CASCADE} and refuses the
 * DROP without it. What a view reads is learnt from its SELECT when it is created ({@link ReplayState#viewReads}),
 * or, for a view replay did not create, from its definition.
 */
final class ViewReaders {
    private ViewReaders() {
    }

    /**
     * The relations (tables, views) a view's SELECT names, as the engine stores the names: the tables of its FROM
     * items, joins and subqueries, not its WITH names. A SELECT JSqlParser cannot read: every name in it that is a
     * relation of the schema.
     */
    static Set<String> relationsRead(TokenCursor in, Schema.Builder schema, String definition, Token at) {
        Set<String> out = new LinkedHashSet<>();
        try {
            Statement st = JSqlParserNames.parse(in.engine(), definition);
            for (String written : new TablesNamesFinder<Void>().getTables(st)) out.add(lastPart(in, written, at));
            return out;
        } catch (Exception | Error e) {
            for (Token t : SqlLexer.tokens(in.engine().syntax(), definition)) {
                if (!t.isName()) continue;
                String name = in.storedName(t.text(), at);
                if (schema.table(name).isPresent() || schema.view(name).isPresent()) out.add(name);
            }
            return out;
        }
    }

    /** The last part of a possibly qualified name as written ({@code public."T"}), as the engine stores it. */
    private static String lastPart(TokenCursor in, String written, Token at) {
        List<Token> tokens = SqlLexer.tokens(in.engine().syntax(), written);
        String last = written;
        for (Token t : tokens) if (t.isName()) last = t.text();
        return in.storedName(last, at);
    }

    /**
     * The views of the schema that read {@code relation}, directly or through other views, each after the views that
     * read it (the order they can be dropped in).
     */
    static List<View> of(TokenCursor in, Schema.Builder schema, ReplayState state, String relation) {
        List<View> out = new ArrayList<>();
        collect(in, schema, state, relation, out, new LinkedHashSet<>());
        return out;
    }

    private static void collect(TokenCursor in, Schema.Builder schema, ReplayState state, String relation, List<View> out, Set<String> seen) {
        for (View v : List.copyOf(schema.views())) {
            if (Names.same(v.name(), relation) || seen.contains(Names.key(v.name()))) continue;
            Set<String> reads = state.viewReads(v.name(), () -> relationsRead(in, schema, v.definition(), in.peek()));
            if (reads.stream().noneMatch(r -> Names.same(r, relation))) continue;
            seen.add(Names.key(v.name()));
            collect(in, schema, state, v.name(), out, seen);
            out.add(v);
        }
    }
}
