package dev.cairn.sql;

import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows the tokens of the statement being split to know whether it stands inside the {@code BEGIN … END} body of a
 * trigger or routine (and how deep in the blocks nested there), where a {@code ;} does not end the statement. What a
 * body is comes from {@link SqlSyntax#routineBodies()} and {@link SqlSyntax#anonymousBlocks()}. Only the words that
 * can open or close a block are told apart; other tokens are remembered by their last character, since what stands
 * before a word ({@code t.end}, {@code (begin, …)}, {@code x = begin}) decides whether it is a keyword at all.
 */
final class BodyTracker {
    /** Word classes told apart; other tokens are remembered by their character (always positive). */
    private static final int NONE = 0;
    private static final int WORD = -1;
    private static final int LITERAL = -2;
    private static final int K_BEGIN = -3;
    private static final int K_END = -4;
    private static final int K_CASE = -5;
    private static final int K_IF = -6;
    private static final int K_LOOP = -7;
    private static final int K_WHILE = -8;
    private static final int K_REPEAT = -9;
    private static final int K_FOR = -10;
    private static final int K_THEN = -11;
    private static final int K_ELSE = -12;
    private static final int K_DO = -13;
    private static final int K_ROW = -14;
    private static final int K_CREATE = -15;
    /** TRIGGER, PROCEDURE, FUNCTION, EVENT: a CREATE of one of these may hold a BEGIN … END body. */
    private static final int K_ROUTINE_KIND = -16;
    /** TABLE, VIEW, INDEX …: a CREATE of one of these never holds a body, whatever words follow. */
    private static final int K_OTHER_KIND = -17;
    private static final int K_ON = -18;
    private static final int K_HANDLER = -19;

    private static final String[][] KEYWORDS_BY_LENGTH = new String[13][];
    private static final int[][] CODES_BY_LENGTH = new int[13][];

    static {
        Object[][] table = {
                {"IF", K_IF}, {"DO", K_DO}, {"ON", K_ON},
                {"END", K_END}, {"FOR", K_FOR}, {"ROW", K_ROW},
                {"CASE", K_CASE}, {"LOOP", K_LOOP}, {"THEN", K_THEN}, {"ELSE", K_ELSE},
                {"TYPE", K_OTHER_KIND}, {"ROLE", K_OTHER_KIND}, {"RULE", K_OTHER_KIND}, {"USER", K_OTHER_KIND},
                {"VIEW", K_OTHER_KIND},
                {"BEGIN", K_BEGIN}, {"WHILE", K_WHILE}, {"EVENT", K_ROUTINE_KIND}, {"TABLE", K_OTHER_KIND},
                {"INDEX", K_OTHER_KIND},
                {"REPEAT", K_REPEAT}, {"CREATE", K_CREATE}, {"SCHEMA", K_OTHER_KIND}, {"DOMAIN", K_OTHER_KIND},
                {"POLICY", K_OTHER_KIND}, {"SERVER", K_OTHER_KIND}, {"UNIQUE", K_OTHER_KIND},
                {"TRIGGER", K_ROUTINE_KIND}, {"HANDLER", K_HANDLER}, {"VIRTUAL", K_OTHER_KIND}, {"SPATIAL", K_OTHER_KIND},
                {"FUNCTION", K_ROUTINE_KIND}, {"SEQUENCE", K_OTHER_KIND}, {"DATABASE", K_OTHER_KIND},
                {"FULLTEXT", K_OTHER_KIND},
                {"PROCEDURE", K_ROUTINE_KIND}, {"EXTENSION", K_OTHER_KIND},
                {"TABLESPACE", K_OTHER_KIND},
                {"MATERIALIZED", K_OTHER_KIND},
        };
        for (int len = 0; len < KEYWORDS_BY_LENGTH.length; len++) {
            List<String> words = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            for (Object[] row : table) {
                if (((String) row[0]).length() == len) {
                    words.add((String) row[0]);
                    codes.add((Integer) row[1]);
                }
            }
            KEYWORDS_BY_LENGTH[len] = words.toArray(String[]::new);
            CODES_BY_LENGTH[len] = codes.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private enum CreateKind { NOT_CREATE, UNDECIDED, ROUTINE, OTHER }

    private final RoutineBodies bodies;
    private final boolean compoundStatements;
    private final boolean anonymousBlocks;
    private final String s;
    private final SqlLexer lexer;

    private int words;
    private int previous = NONE;
    private CreateKind createKind = CreateKind.NOT_CREATE;
    private int depth;
    private int bodyOpenedAt;
    /** SQLite: the trigger's ON table has been read, so a BEGIN can now open its body. */
    private boolean sawOn;
    /** MySQL: inside DECLARE … HANDLER FOR …, whose action may be a BEGIN … END block. */
    private boolean handlerPending;

    /** @param lexer the splitter's lexer, from whose position words are looked ahead */
    BodyTracker(SqlSyntax syntax, String text, SqlLexer lexer) {
        this.bodies = syntax.routineBodies();
        this.compoundStatements = bodies == RoutineBodies.COMPOUND_STATEMENTS;
        this.anonymousBlocks = syntax.anonymousBlocks();
        this.s = text;
        this.lexer = lexer;
    }

    boolean inBody() {
        return depth > 0;
    }

    int bodyOpenedAt() {
        return bodyOpenedAt;
    }

    /** A new statement starts. */
    void reset() {
        words = 0;
        previous = NONE;
        createKind = CreateKind.NOT_CREATE;
        depth = 0;
        sawOn = false;
        handlerPending = false;
    }

    void symbol(char last) {
        previous = last;
    }

    void literal() {
        previous = LITERAL;
    }

    void executableComment() {
        previous = WORD;
    }

    /** A {@code ;} that does not end the statement: it ends a statement of a body. */
    void semicolonInside() {
        previous = ';';
        handlerPending = false;
    }

    /** A word (or number) at {@code b..k}, with {@code parens} parentheses open around it. */
    void word(int b, int k, int parens) {
        words++;
        boolean classify = depth > 0 || words == 1 || createKind == CreateKind.UNDECIDED || createKind == CreateKind.ROUTINE;
        int kw = classify && previous != '.' ? keyword(b, k - b) : WORD;
        if (depth == 0) {
            atTopLevel(kw, b, k, parens);
        } else {
            inBody(kw, k);
        }
        previous = kw;
    }

    private void atTopLevel(int kw, int b, int k, int parens) {
        if (words == 1) {
            if (kw == K_CREATE) {
                createKind = CreateKind.UNDECIDED;
            } else if (kw == K_BEGIN && anonymousBlocks && followedByWords(k, "NOT", "ATOMIC")) {
                createKind = CreateKind.ROUTINE;
                openBody(b);
            }
        } else if (createKind == CreateKind.UNDECIDED) {
            if (kw == K_ROUTINE_KIND) createKind = CreateKind.ROUTINE;
            else if (kw == K_OTHER_KIND || words > 12) createKind = CreateKind.OTHER;
        } else if (createKind == CreateKind.ROUTINE) {
            if (kw == K_ON) {
                sawOn = true;
            } else if (kw == K_BEGIN && parens == 0 && beginOpensBody(k)) {
                openBody(b);
            } else if (compoundStatements && (previous == K_ROW || previous == ':') && opensCompoundStatement(kw, k)) {
                // a trigger body that is a single IF/CASE/LOOP/… statement: FOR EACH ROW IF … END IF
                openBody(b);
            }
        }
    }

    private void inBody(int kw, int k) {
        switch (kw) {
            case K_BEGIN -> {
                // only compound statements nest blocks; there BEGIN opens one where a statement starts or as a handler's action
                if (compoundStatements && (atBodyStatementStart() || handlerPending) && beginOpensBlock(k)) {
                    depth++;
                    handlerPending = false;
                }
            }
            case K_HANDLER -> handlerPending = compoundStatements;
            case K_CASE -> {
                if (previous != K_END && !identifierContext(previous)) depth++;
            }
            case K_IF, K_REPEAT, K_LOOP, K_WHILE, K_FOR -> {
                if (compoundStatements && atBodyStatementStart() && opensCompoundStatement(kw, k)) depth++;
            }
            case K_END -> {
                // a trigger body ends at END ; — an END elsewhere at that level is a column named end
                if (!identifierContext(previous) && (depth > 1 || bodies != RoutineBodies.TRIGGER_BODIES || endsStatement(k))) depth--;
            }
            default -> {
            }
        }
    }

    private void openBody(int at) {
        depth = 1;
        bodyOpenedAt = at;
    }

    private boolean beginOpensBody(int afterWord) {
        return switch (bodies) {
            case BEGIN_ATOMIC -> followedByWords(afterWord, "ATOMIC");
            case TRIGGER_BODIES -> sawOn && beginOpensBlock(afterWord);
            case COMPOUND_STATEMENTS -> beginOpensBlock(afterWord);
        };
    }

    private boolean beginOpensBlock(int afterWord) {
        if (identifierContext(previous) || isOperator(previous)) return false;
        SqlLexer ahead = lexer.lookingFrom(afterWord);
        if (significant(ahead) == Kind.END) return true;
        char next = s.charAt(ahead.start());
        return next != '(' && next != ')' && next != ',' && next != '.' && next != '=';
    }

    /** Whether a word before a BEGIN/END/CASE makes it an identifier ({@code t.end}, {@code (begin, …)}) instead. */
    private static boolean identifierContext(int previous) {
        return previous == '.' || previous == '(' || previous == ',';
    }

    private static boolean isOperator(int token) {
        return token > 0 && "=<>+-*/%|&^!~".indexOf(token) >= 0;
    }

    /** IF, LOOP … only open a block where a statement of a body may start (not {@code END IF}, not {@code DROP TABLE IF}). */
    private boolean atBodyStatementStart() {
        return switch (previous) {
            case ';', ':', K_BEGIN, K_THEN, K_ELSE, K_DO, K_LOOP, K_REPEAT -> true;
            default -> false;
        };
    }

    private boolean opensCompoundStatement(int kw, int afterWord) {
        return switch (kw) {
            case K_LOOP, K_WHILE, K_FOR, K_CASE -> true;
            // IF(c, a, b) and REPEAT(str, n) are functions; IF (c) THEN is a statement
            case K_IF, K_REPEAT -> !isCallWithArguments(afterWord);
            default -> false;
        };
    }

    private boolean isCallWithArguments(int afterWord) {
        SqlLexer ahead = lexer.lookingFrom(afterWord);
        if (significant(ahead) != Kind.SYMBOL || !ahead.isSymbol('(')) return false;
        int level = 1;
        for (Kind k = significant(ahead); k != Kind.END; k = significant(ahead)) {
            if (ahead.isSymbol('(')) level++;
            else if (ahead.isSymbol(')') && --level == 0) return false;
            else if (ahead.isSymbol(',') && level == 1) return true;
        }
        return false;
    }

    private boolean followedByWords(int from, String... expected) {
        SqlLexer ahead = lexer.lookingFrom(from);
        for (String w : expected) {
            significant(ahead);
            if (!ahead.isWord(w)) return false;
        }
        return true;
    }

    private boolean endsStatement(int afterWord) {
        SqlLexer ahead = lexer.lookingFrom(afterWord);
        return significant(ahead) == Kind.END || ahead.isSymbol(';');
    }

    /** The next token that is not a comment. */
    private static Kind significant(SqlLexer ahead) {
        Kind k = ahead.next();
        while (k == Kind.COMMENT) k = ahead.next();
        return k;
    }

    private int keyword(int b, int len) {
        if (len >= KEYWORDS_BY_LENGTH.length) return WORD;
        String[] candidates = KEYWORDS_BY_LENGTH[len];
        for (int c = 0; c < candidates.length; c++) {
            if (s.regionMatches(true, b, candidates[c], 0, len)) return CODES_BY_LENGTH[len][c];
        }
        return WORD;
    }
}
