package dev.cairn.migrate;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A migration file's bytes as text in the migrations' encoding (UTF-8 unless the project says otherwise), or a
 * {@link MigrationFileProblem} that says the file is not in it and where (line, column and byte offset of the first
 * byte that does not decode), instead of the JDK's "Input length = 1". The text, not the bytes, is what the checksum
 * covers, so a file's checksum is the same in any encoding that reads it as the same text.
 */
final class MigrationText {
    private MigrationText() {
    }

    static String decode(byte[] bytes, String shown) {
        return decode(bytes, shown, StandardCharsets.UTF_8);
    }

    static String decode(byte[] bytes, String shown, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (!result.isError()) return out.flip().toString();
        int offset = in.position();
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
        String name = charset.name();
        String hint = charset.equals(StandardCharsets.UTF_8) ? " (a Latin-1 or Windows-1252 file?); save it as UTF-8" : "; save it as " + name;
        throw new MigrationFileProblem(shown + ":" + line + ":" + column + ": the file is not " + name + ": byte 0x"
                + String.format("%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF) + " at offset " + offset + " is not valid " + name + hint
                + ", or read the migrations in its encoding: set db.encoding or project.build.sourceEncoding");
    }
}
