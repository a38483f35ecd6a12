package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.SchemaIntrospector;

/**
 * What MySQL and MariaDB share: one SQL family (backquotes, DDL that commits by itself, keys and indexes named per
 * table, {@code GET_LOCK}); {@link MySqlEngine} and {@link MariaDbEngine} answer where the two differ.
 */
abstract sealed class MySqlFamilyEngine implements Engine permits MySqlEngine, MariaDbEngine {

    @Override
    public DdlRenderer renderer() {
        return new MySqlRenderer(dialect(), keywords());
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new MySqlChangeRenderer(dialect(), keywords());
    }

    @Override
    public SchemaIntrospector introspector() {
        return new MySqlIntrospector();
    }
}
