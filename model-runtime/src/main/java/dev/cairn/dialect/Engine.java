package dev.cairn.dialect;

import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/**
 * Everything Cairn knows about one database engine, as answers to named questions. Code outside {@code dialect/}
 * asks the engine ({@code engine.renderer()}, …) instead of comparing {@link Dialect} values, so a new engine is a new
 * package under {@code dialect/} whose engine class the compiler walks through, question by question: the methods
 * here and in the objects they return have no defaults.
 * <p>
 * An engine is stateless and shared; a renderer or introspector it hands out may keep state (a renderer caches the
 * text of the tables it rendered) and is new on every call, while its groups of answers ({@link #values()}, …) are
 * shared constants. {@code dialect.engines.Engines} finds the engine of a dialect or JDBC URL.
 */
public interface Engine {

    /** The engine's identity: its user-facing name and what a JDBC URL says. */
    Dialect dialect();

    // Reading SQL: how the text reads, which words are reserved, how types and expressions are spelt

    /** How this engine's SQL reads (quotes, escapes, comments) and what ends a statement in a migration file. */
    SqlSyntax syntax();

    /** The words this engine will not take as bare names. */
    Keywords keywords();

    /** How this engine writes types, and the canonical type of one as written. */
    TypeSystem types();

    /** Brings expressions (defaults, checks, index keys) into this engine's canonical spelling. */
    ExpressionCanonicalizer expressions();

    // Replaying DDL (Cairn's reader, dev.cairn.replay): what the engine's statements accept and do

    /** What the engine's CREATE and DROP statements accept and do (for Cairn's DDL reader). */
    DdlRules ddl();

    /** How the engine's keys, indexes and foreign keys behave. */
    KeyRules keys();

    /** Which ALTER TABLE actions the engine has, and the limits it checks. */
    AlterTableForms alterTable();

    /** The names the engine gives constraints and indexes written without one. */
    ConstraintNaming naming();

    /** Where the engine wants a name to be unique. */
    Namespaces namespaces();

    // Writing DDL from the model

    /** Writes the model as this engine's DDL (a new renderer on every call). */
    DdlRenderer renderer();

    /** Writes one schema change as the DDL that carries a live database through it. */
    ChangeRenderer changeRenderer();

    // Reading a live database into the model

    /** Reads a live database of this engine into the model. */
    SchemaIntrospector introspector();

    // Migrating a live database (dev.cairn.migrate)

    /** How migrations run here: transactions, commit points, table rebuilds, backups (stateless, shared). */
    MigrationRules migration();

    /** The lock that keeps a second migrator out while one works (stateless, shared). */
    SessionLock lock();

    /** What a cluster asks of migrations, and how to know one (stateless, shared; {@link ClusterRules#ONE_SERVER} for none). */
    ClusterRules cluster();

    /** How a SQL file reads for the engine's own command-line client, as a dry run writes one (stateless, shared). */
    ClientScriptSql clientScript();

    /** How the history table is typed and found (stateless, shared). */
    HistoryTableSql history();

    /** How the migrator opens connections and enters the schema it works in (stateless, shared). */
    ConnectionRules connections();

    // The entity runtime and the generated classes (dev.cairn.entity, codegen)

    /** How column values travel over JDBC, for the generated entity classes. */
    JdbcValues values();

    /** The SQL the entity runtime writes where engines differ, and its connection set-up. */
    EntitySql entitySql();
}
