package dev.cairn.migrate;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The hash of a schema the history stores with each migration: SHA-256 over the SHA-256 of each table's DDL, in name
 * order, then of the rest ({@link DdlRenderer#untabledText}). A table's digest is kept by identity: a schema shares
 * its untouched tables with the one before it, so a run of N migrations hashes each table version once, not the whole
 * schema N times.
 */
final class SchemaDigest {
    private final DdlRenderer renderer;
    private final Map<Table, byte[]> tables = new IdentityHashMap<>();

    SchemaDigest(DdlRenderer renderer) {
        this.renderer = renderer;
    }

    String of(Schema schema) {
        MessageDigest all = sha256();
        for (Table t : schema.tables().values()) all.update(tables.computeIfAbsent(t, x -> sha256().digest(bytes(renderer.tableText(x)))));
        all.update(sha256().digest(bytes(renderer.untabledText(schema))));
        return HexFormat.of().formatHex(all.digest());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
