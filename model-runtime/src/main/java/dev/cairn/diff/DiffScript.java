package dev.cairn.diff;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a diff as migration text in the dialect's own syntax: each change rendered against the schema it
 * applies to, a step's note as comment lines above its statements. When a step is a SQLite table rebuild the text
 * carries {@link RebuildMarker} and a written down part (the inverse rebuild, which keeps the rows; a derived down
 * would re-create the table empty).
 */
public record DiffScript(List<String> upStatements, String up, String down) {

    public boolean isEmpty() {
        return upStatements.isEmpty();
    }

    public static DiffScript of(ChangeRenderer renderer, Schema from, List<DiffStep> steps) {
        StringBuilder up = new StringBuilder();
        List<String> statements = new ArrayList<>();
        List<Schema> states = new ArrayList<>();
        boolean rebuilds = false;
        Schema s = from;
        for (DiffStep step : steps) {
            states.add(s);
            rebuilds |= renderer.needsForeignKeysOff(s, step.change());
            List<String> sql = renderer.render(s, step.change());
            if (step.note() != null && !sql.isEmpty()) for (String line : step.note().split("\n")) up.append("-- ").append(line).append('\n');
            for (String st : sql) up.append(terminated(st));
            statements.addAll(sql);
            s = step.change().applyTo(s);
        }
        if (!rebuilds) return new DiffScript(statements, up.toString(), null);
        StringBuilder down = new StringBuilder(RebuildMarker.LINE).append('\n');
        for (int k = steps.size() - 1; k >= 0; k--) {
            Schema before = steps.get(k).change().applyTo(states.get(k));
            for (String st : renderer.render(before, steps.get(k).change().inverse())) down.append(terminated(st));
        }
        return new DiffScript(statements, RebuildMarker.LINE + "\n" + up, down.toString());
    }

    /** One {@code ;} after the statement (an introspected view definition may bring its own). */
    private static String terminated(String statement) {
        return statement.strip().replaceAll(";+$", "") + ";\n";
    }

    /** The migration file's text: a header, the up part and, when there is one, the written down part. */
    public String fileText(String header) {
        StringBuilder b = new StringBuilder();
        for (String line : header.split("\n")) b.append("-- ").append(line).append('\n');
        b.append('\n').append(up);
        if (down != null) b.append("\n-- migrate:down\n").append(down);
        return b.toString();
    }
}
