package dev.cairn.migrate;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The hash of a schema the history stores with each migration, to tell schemas apart: SHA-256 over the sum of the
 * SHA-256 digests of each table's DDL (four 64-bit lanes, each added modulo 2<sup>64</sup>; a table's DDL names it, so
 * the sum depends on which tables there are, not on their order) and the rest of the schema's DDL
 * ({@link DdlRenderer#untabledText}). A table's digest is kept by identity: a schema shares its untouched tables with
 * the one before it, so a run of N migrations digests each table version once and adds up four numbers per table,
 * instead of hashing the whole schema N times.
 */
final class SchemaDigest {
    private final DdlRenderer renderer;
    private final Map<Table, long[]> tables = new IdentityHashMap<>();

    SchemaDigest(DdlRenderer renderer) {
        this.renderer = renderer;
    }

    String of(Schema schema) {
        long[] sum = new long[4];
        for (Table t : schema.tables().values()) {
            long[] d = tables.computeIfAbsent(t, x -> lanes(sha256().digest(bytes(renderer.tableText(x)))));
            for (int k = 0; k < 4; k++) sum[k] += d[k];
        }
        ByteBuffer all = ByteBuffer.allocate(32);
        for (long lane : sum) all.putLong(lane);
        MessageDigest sha = sha256();
        sha.update(all.array());
        sha.update(bytes(renderer.untabledText(schema)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long[] lanes(byte[] digest) {
        ByteBuffer b = ByteBuffer.wrap(digest);
        return new long[]{b.getLong(), b.getLong(), b.getLong(), b.getLong()};
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
