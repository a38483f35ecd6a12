package dev.cairn.lint;

import dev.cairn.dialect.Engine;
import dev.cairn.migrate.DownDerivation;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.schema.Names;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A migration being linted, with what its statements did so far: which of its tables existed before it (followed
 * through renames) and which it created.
 */
final class LintedMigration {
    private final ReplayedMigration replayed;
    private final Engine engine;
    private final ConstraintValidation validation;
    private final DownDerivation downs;
    /** Table key now → the table's name before this migration, or null for a table this migration created. */
    private final Map<String, String> origins = new HashMap<>();
    private final List<LintedStatement> statements = new ArrayList<>();

    LintedMigration(ReplayedMigration replayed, Engine engine, ConstraintValidation validation, DownDerivation downs) {
        this.replayed = replayed;
        this.engine = engine;
        this.validation = validation;
        this.downs = downs;
    }

    /** The engine's down derivation, made once per lint run. */
    DownDerivation downs() {
        return downs;
    }

    ReplayedMigration replayed() {
        return replayed;
    }

    MigrationFile file() {
        return replayed.file();
    }

    Engine engine() {
        return engine;
    }

    void add(LintedStatement s) {
        statements.add(s);
    }

    /** The statements seen so far, the current one last. */
    List<LintedStatement> statementsSoFar() {
        return statements;
    }

    ConstraintValidation validation() {
        return validation;
    }

    /** The table of that (current) name as it was before this migration, if it existed then. */
    Optional<Table> before(String table) {
        String key = Names.key(table);
        if (origins.containsKey(key)) {
            String origin = origins.get(key);
            return origin == null ? Optional.empty() : replayed.before().table(origin);
        }
        return replayed.before().table(table);
    }

    /** Whether the table of that (current) name existed before this migration, under this name or another. */
    boolean existedBefore(String table) {
        return before(table).isPresent();
    }

    /** Follows the statement's creations, drops and renames, after the rules have seen it. */
    void follow(SchemaChange change) {
        if (change instanceof SchemaChange.TableCreated c) {
            origins.put(Names.key(c.table().name()), null);
        } else if (change instanceof SchemaChange.TableRenamed r) {
            String origin = before(r.from()).map(Table::name).orElse(null);
            origins.remove(Names.key(r.from()));
            origins.put(Names.key(r.to()), origin);
        } else if (change instanceof SchemaChange.TableDropped d) {
            origins.put(Names.key(d.table().name()), null);
        }
    }
}
