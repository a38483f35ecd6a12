package dev.cairn.lint;

import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a migration being linted: what replay made of it (its changes, each table before and after it) and
 * its words, read with the engine's lexer when a rule first asks (comments left out).
 */
final class LintedStatement {
    private final LintedMigration migration;
    private final ReplayStep step;
    private List<Token> tokens;
    private List<String> head;

    LintedStatement(LintedMigration migration, ReplayStep step) {
        this.migration = migration;
        this.step = step;
    }

    LintedMigration migration() {
        return migration;
    }

    ReplayStep step() {
        return step;
    }

    SqlStatement statement() {
        return step.statement();
    }

    List<SchemaChange> changes() {
        return step.changes();
    }

    SourcePosition position() {
        return step.statement().position();
    }

    /** The statement's tokens, comments left out, ending with an END token. */
    List<Token> tokens() {
        if (tokens == null) tokens = SqlLexer.tokens(migration.engine().syntax(), step.statement().sql());
        return tokens;
    }

    /** Whether the statement starts with these words (read from its first few tokens only). */
    boolean startsWith(String... words) {
        List<String> first = head();
        if (words.length > first.size()) return false;
        for (int k = 0; k < words.length; k++) {
            if (!first.get(k).equalsIgnoreCase(words[k])) return false;
        }
        return true;
    }

    /** The first {@value #HEAD} tokens' texts, comments skipped: what most rules look at before anything else. */
    private List<String> head() {
        if (head != null) return head;
        List<String> out = new ArrayList<>(HEAD);
        SqlLexer lexer = new SqlLexer(migration.engine().syntax(), step.statement().sql());
        for (Token.Kind k = lexer.next(); k != Token.Kind.END && out.size() < HEAD; k = lexer.next()) {
            if (k != Token.Kind.COMMENT && k != Token.Kind.EXECUTABLE_COMMENT) out.add(lexer.text());
        }
        head = out;
        return head;
    }

    private static final int HEAD = 4;

    /** Whether the word occurs in the statement's text at all, in any case: a cheap test before reading its tokens. */
    boolean mentions(String word) {
        String sql = step.statement().sql();
        for (int k = 0; k + word.length() <= sql.length(); k++) {
            if (sql.regionMatches(true, k, word, 0, word.length())) return true;
        }
        return false;
    }

    /** Whether these words follow one another somewhere in the statement (read only if the first word occurs in it). */
    boolean hasWords(String... words) {
        return mentions(words[0]) && has(words);
    }

    /** Whether these words follow one another somewhere in the statement. */
    boolean has(String... words) {
        return find(words) >= 0;
    }

    /** The index of the first token of the first place these words follow one another, or -1. */
    int find(String... words) {
        List<Token> t = tokens();
        for (int k = 0; k + words.length < t.size(); k++) {
            if (matchesAt(k, words)) return k;
        }
        return -1;
    }

    private boolean matchesAt(int from, String... words) {
        List<Token> t = tokens();
        if (from + words.length >= t.size()) return false;
        for (int k = 0; k < words.length; k++) {
            if (!t.get(from + k).is(words[k])) return false;
        }
        return true;
    }

    /** Where these words stand in the file, or the statement's start if they do not occur. */
    SourcePosition positionOf(String... words) {
        int k = find(words);
        return k < 0 ? position() : positionOfToken(k);
    }

    SourcePosition positionOfToken(int index) {
        return step.statement().positionAt(tokens().get(index).start());
    }

    /**
     * The (last part of the) name after these words, e.g. the table after {@code DELETE FROM}, skipping
     * {@code ONLY} and {@code IF EXISTS}; null when the words do not occur or no name follows.
     */
    String nameAfter(String... words) {
        int k = find(words);
        if (k < 0) return null;
        List<Token> t = tokens();
        int i = k + words.length;
        while (i < t.size() && (t.get(i).is("ONLY") || t.get(i).is("IF") || t.get(i).is("EXISTS") || t.get(i).is("TABLE"))) i++;
        if (i >= t.size() || !t.get(i).isName()) return null;
        String name = t.get(i).name();
        while (i + 2 < t.size() && t.get(i + 1).isSymbol(".") && t.get(i + 2).isName()) {
            i += 2;
            name = t.get(i).name();
        }
        return name;
    }

    /** The ALTER TABLE, CREATE INDEX and other in-place changes of existing tables this statement made. */
    List<SchemaChange.TableAltered> alterations() {
        List<SchemaChange.TableAltered> out = new ArrayList<>(1);
        for (SchemaChange c : step.changes()) {
            if (c instanceof SchemaChange.TableAltered a) out.add(a);
        }
        return out;
    }

    /** Whether the table of that name existed before this migration (under this name or one it was renamed from). */
    boolean existedBefore(String table) {
        return migration.existedBefore(table);
    }
}
