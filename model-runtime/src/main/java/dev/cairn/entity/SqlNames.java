package dev.cairn.entity;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;

/** Quotes identifiers the way the database's dialect needs them. */
public final class SqlNames {
    private final DdlRenderer renderer;

    SqlNames(Dialect dialect) {
        this.renderer = Engines.of(dialect).renderer();
    }

    public String quote(String identifier) {
        return renderer.quote(identifier);
    }
}
