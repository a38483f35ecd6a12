package dev.cairn.entity;

/** The database is not at the schema version the entity classes were generated from. */
public class SchemaVersionMismatch extends EntityException {
    private final long databaseVersion;
    private final long generatedVersion;

    public SchemaVersionMismatch(String message, long databaseVersion, long generatedVersion) {
        super(message);
        this.databaseVersion = databaseVersion;
        this.generatedVersion = generatedVersion;
    }

    public long databaseVersion() {
        return databaseVersion;
    }

    public long generatedVersion() {
        return generatedVersion;
    }
}
