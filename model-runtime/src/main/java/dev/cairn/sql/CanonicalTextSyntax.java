package dev.cairn.sql;

import java.util.List;

/**
 * How the expression text Cairn keeps in its model reads, whatever engine it was canonicalized for: names bare or in
 * {@code "…"}, {@code `…`} or {@code […]}, strings in {@code '…'} with {@code ''} for a quote (the canonical printer
 * doubles a MySQL backslash, so no backslash escapes a quote), {@code --} and block comments. Code that reads model
 * text without an engine at hand (renaming a column inside a CHECK) lexes it with this syntax. It never splits files:
 * its answers about statements are SQLite's.
 */
public final class CanonicalTextSyntax implements SqlSyntax {
    public static final CanonicalTextSyntax INSTANCE = new CanonicalTextSyntax();

    private CanonicalTextSyntax() {
    }

    @Override
    public boolean backslashEscapes() {
        return false;
    }

    @Override
    public boolean doubleQuotedStrings() {
        return false;
    }

    @Override
    public boolean backquotedNames() {
        return true;
    }

    @Override
    public boolean bracketedNames() {
        return true;
    }

    @Override
    public boolean escapeStrings() {
        return false;
    }

    @Override
    public boolean dollarQuotedStrings() {
        return false;
    }

    @Override
    public boolean charsetIntroducers() {
        return false;
    }

    @Override
    public boolean hashComments() {
        return false;
    }

    @Override
    public boolean dashCommentsNeedSpace() {
        return false;
    }

    @Override
    public boolean nestedBlockComments() {
        return false;
    }

    @Override
    public List<String> executableCommentOpeners() {
        return List.of();
    }

    @Override
    public boolean delimiterCommand() {
        return false;
    }

    @Override
    public boolean parenthesesHoldSemicolons() {
        return false;
    }

    @Override
    public RoutineBodies routineBodies() {
        return RoutineBodies.TRIGGER_BODIES;
    }

    @Override
    public boolean anonymousBlocks() {
        return false;
    }
}
