package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementSplitterProperties {

    @Property(tries = 300)
    void joinedStatementsComeBackWithTheirPositions(@ForAll("statements") List<String> statements,
                                                    @ForAll("gaps") List<String> gaps) {
        StringBuilder text = new StringBuilder();
        List<SourcePosition> expected = new ArrayList<>();
        int line = 1;
        for (int k = 0; k < statements.size(); k++) {
            String gap = gaps.get(k % gaps.size());
            text.append(gap);
            line += gap.chars().filter(c -> c == '\n').count();
            int col = gap.length() - gap.lastIndexOf('\n');
            expected.add(new SourcePosition("p.sql", line, col));
            String st = statements.get(k);
            text.append(st).append(";\n");
            line += st.chars().filter(c -> c == '\n').count() + 1;
        }
        var out = new StatementSplitter(Dialect.POSTGRESQL).split("p.sql", text.toString());
        assertEquals(statements, out.stream().map(SqlStatement::sql).toList());
        assertEquals(expected, out.stream().map(SqlStatement::position).toList());
    }

    @Provide
    Arbitrary<List<String>> statements() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc;\n ").ofMaxLength(6).map(x -> "'" + x.replace("'", "") + "'"),
                Arbitraries.strings().withChars("xy; ").ofMaxLength(5).map(x -> "\"" + x + "\""),
                Arbitraries.strings().withChars("pq;'").ofMaxLength(5).map(x -> "$$" + x + "$$"),
                Arbitraries.strings().withChars("c;'").ofMaxLength(5).map(x -> "/* " + x + " */"),
                Arbitraries.strings().withChars("k;'").ofMaxLength(5).map(x -> "-- " + x + "\n"),
                Arbitraries.of("col", "1", "+", "(x)", "tbl"));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> "SELECT " + String.join(" ", parts) + " END_")
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> gaps() {
        return Arbitraries.of("", " ", "\n", "  \n\t", "-- lead; comment\n  ", "/* a; b */ ").list().ofMinSize(1).ofMaxSize(4);
    }
}
