package dev.cairn.replay;

import dev.cairn.dialect.Engine;
import dev.cairn.sql.CanonicalTextSyntax;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSqlParser reads a few words as keywords that the engines take as plain names ({@code script}): a query that fails
 * to parse is tried once more with each such bare word quoted. A word counts as one when the engine does not reserve
 * it, is not a function's name, and JSqlParser refuses it as a selected column ({@code SELECT a, word FROM t}); the
 * answer is remembered per word.
 */
final class JSqlParserNames {
    private static final Map<String, Boolean> REFUSED = new ConcurrentHashMap<>();

    private JSqlParserNames() {
    }

    static Statement parse(Engine engine, String sql) throws ParseException {
        try {
            return parser(engine, sql).Statement();
        } catch (ParseException first) {
            String quoted = quoteRefusedNames(engine, sql);
            if (quoted.equals(sql)) throw first;
            try {
                return parser(engine, quoted).Statement();
            } catch (ParseException | RuntimeException again) {
                throw first;
            }
        }
    }

    private static net.sf.jsqlparser.parser.CCJSqlParser parser(Engine engine, String sql) {
        return CCJSqlParserUtil.newParser(sql).withSquareBracketQuotation(engine.ddl().quotesNamesInBrackets());
    }

    /** {@code sql} with every bare word JSqlParser refuses as a name (and the engine does not reserve) in the engine's name quotes. */
    static String quoteRefusedNames(Engine engine, String sql) {
        List<Token> tokens = SqlLexer.tokens(CanonicalTextSyntax.INSTANCE, sql);
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD || k + 1 < tokens.size() && tokens.get(k + 1).isSymbol("(")) continue;
            String word = t.text();
            if (engine.keywords().isReserved(word) || !refused(word)) continue;
            String name = engine.ddl().foldsUnquotedNamesToLowerCase() ? word.toLowerCase(Locale.ROOT) : word;
            char quote = engine.syntax().doubleQuotedStrings() ? '`' : '"';
            out.append(sql, copied, t.start()).append(quote).append(name).append(quote);
            copied = t.end();
        }
        return copied == 0 ? sql : out.append(sql, copied, sql.length()).toString();
    }

    private static boolean refused(String word) {
        return REFUSED.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            if (!w.matches("[a-z_][a-z0-9_]*")) return false;
            try {
                CCJSqlParserUtil.newParser("SELECT a, " + w + " FROM t").Statement();
                return false;
            } catch (ParseException | RuntimeException | Error e) {
                return true;
            }
        });
    }
}
