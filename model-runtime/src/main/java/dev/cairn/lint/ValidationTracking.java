package dev.cairn.lint;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.Token;

import java.util.List;

/** Follows {@code ADD CONSTRAINT … NOT VALID} and {@code VALIDATE CONSTRAINT} into the {@link ConstraintValidation}. */
final class ValidationTracking {
    private ValidationTracking() {
    }

    static void follow(LintedStatement s, ConstraintValidation validation) {
        if (!s.migration().engine().alterTable().hasNotValidAndUsingIndex() || !mentionsValid(s.statement().sql())) return;
        if (!s.startsWith("ALTER", "TABLE")) return;
        if (s.hasWords("NOT", "VALID")) {
            for (SchemaChange.TableAltered a : s.alterations()) {
                for (CheckConstraint c : a.after().checks()) if (!a.before().checks().contains(c)) validation.addedNotValid(a.after().name(), c.name());
                for (ForeignKey f : a.after().foreignKeys()) if (!a.before().foreignKeys().contains(f)) validation.addedNotValid(a.after().name(), f.name());
            }
        }
        int k = s.find("VALIDATE", "CONSTRAINT");
        String table = s.nameAfter("ALTER", "TABLE");
        List<Token> t = s.tokens();
        if (k >= 0 && table != null && t.get(k + 2).isName()) validation.validated(table, t.get(k + 2).name());
    }

    private static boolean mentionsValid(String sql) {
        for (int k = 0; k + 5 <= sql.length(); k++) {
            if (sql.regionMatches(true, k, "VALID", 0, 5)) return true;
        }
        return false;
    }
}
