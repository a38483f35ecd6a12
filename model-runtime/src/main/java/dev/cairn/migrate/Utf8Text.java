package dev.cairn.migrate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A migration file's bytes as text: UTF-8, or a {@link MigrationFileProblem} that says the file is not UTF-8 and where
 * (line, column and byte offset of the first byte that is not), instead of the JDK's "Input length = 1".
 */
final class Utf8Text {
    private Utf8Text() {
    }

    static String decode(byte[] bytes, String shown) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalid(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String column = String.valueOf(new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1);
            throw new MigrationFileProblem(shown + ":" + line + ":" + column + ": the file is not UTF-8: byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset + " is not valid UTF-8 (a Latin-1 or"
                    + " Windows-1252 file?); save it as UTF-8");
        }
    }

    /** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) return i;
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += extra + 1;
        }
        return Math.max(0, b.length - 1);
    }
}
