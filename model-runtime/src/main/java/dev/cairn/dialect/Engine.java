package dev.cairn.dialect;

import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/**
 * Everything Cairn knows about one database engine, as answers to named questions. Code outside {@code dialect/}
 * asks the engine ({@code engine.renderer()}, …) instead of comparing {@link Dialect} values, so a new engine is a new
 * package under {@code dialect/} whose engine class the compiler walks through, question by question: the methods
 * here and in the objects they return have no defaults.
 * <p>
 * An engine is stateless and shared; what it hands out may keep state (a renderer caches the text of the tables it
 * rendered) and is new on every call. {@code dialect.engines.Engines} finds the engine of a dialect or JDBC URL.
 */
public interface Engine {

    /** The engine's identity: its user-facing name and what a JDBC URL says. */
    Dialect dialect();

    /** Writes the model as this engine's DDL (a new renderer on every call). */
    DdlRenderer renderer();

    /** Writes one schema change as the DDL that carries a live database through it. */
    ChangeRenderer changeRenderer();

    /** Reads a live database of this engine into the model. */
    SchemaIntrospector introspector();

    /** How this engine's SQL reads (quotes, escapes, comments) and what ends a statement in a migration file. */
    SqlSyntax syntax();

    /** The words this engine will not take as bare names. */
    Keywords keywords();

    /** How this engine writes types, and the canonical type of one as written. */
    TypeSystem types();

    /** Brings expressions (defaults, checks, index keys) into this engine's canonical spelling. */
    ExpressionCanonicalizer expressions();
}
