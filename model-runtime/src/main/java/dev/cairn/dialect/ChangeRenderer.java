package dev.cairn.dialect;

import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;

import java.util.List;

/**
 * Writes one {@link SchemaChange} as the DDL that carries a live database from {@code before} to
 * {@code change.applyTo(before)}: the derived down of a migration is {@code render} of each step's inverse, in reverse
 * order, each against the schema it applies to. Statements come without a terminating {@code ;}, in an order the
 * engine accepts (foreign keys dropped before the keys they need, indexes before the foreign keys that use them, …).
 * Something the dialect cannot do from the model is an {@link IllegalArgumentException} naming it.
 * <p>
 * <b>SQLite table rebuilds.</b> Where SQLite's ALTER TABLE cannot make a change, the statements are SQLite's documented
 * rebuild (create {@code new_x} from the after-model, copy the common columns, drop {@code x}, rename {@code new_x} to
 * {@code x}, re-create the indexes and the views that read {@code x}). {@code DROP TABLE x} with foreign keys enforced
 * would delete (or cascade to) the rows of the tables that reference {@code x}, and {@code PRAGMA foreign_keys} is a
 * no-op inside a transaction; so when {@link #needsForeignKeysOff} says so, the caller must, <em>outside</em> the
 * migration's transaction, run {@code PRAGMA foreign_keys=OFF} (if it was on), then in the transaction run the
 * statements and check that {@code PRAGMA foreign_key_check} returns no rows, commit, and run {@code PRAGMA
 * foreign_keys=ON} again. The rebuild re-creates the table's triggers from the model; the migrator runs SQL
 * marked {@code -- cairn:rebuild} (derived downs that rebuild, db:diff output) that way and also keeps the triggers
 * the model does not hold.
 */
public interface ChangeRenderer {

    Dialect dialect();

    /** The statements that turn a database holding {@code before} into one holding {@code change.applyTo(before)}. */
    List<String> render(Schema before, SchemaChange change);

    /**
     * Whether {@link #render} of this change needs foreign-key enforcement switched off around it (SQLite table
     * rebuilds; see the class comment for what the caller must do). False on the other engines.
     */
    boolean needsForeignKeysOff(Schema before, SchemaChange change);
}
