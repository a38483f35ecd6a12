package dev.cairn.migrate;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores in {@code flyway_schema_history.checksum}: a CRC32 over the file's lines in UTF-8, each
 * without its line break, a byte order mark dropped, as a signed 32-bit integer. The import compares it with each
 * applied file's, so a file edited since Flyway applied it is named instead of imported.
 */
final class FlywayChecksum {
    private FlywayChecksum() {
    }

    static int of(String text) {
        CRC32 crc = new CRC32();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != '\n' && t.charAt(i) != '\r') continue;
            if (i == t.length() && start == i) break; // a text ending in a line break has no empty last line to a line reader
            crc.update(t.substring(start, i).getBytes(StandardCharsets.UTF_8));
            if (i < t.length() && t.charAt(i) == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        return (int) crc.getValue();
    }
}
