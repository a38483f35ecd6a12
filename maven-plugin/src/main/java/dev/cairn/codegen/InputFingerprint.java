package dev.cairn.codegen;

import dev.cairn.migrate.MigrationFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of everything generation depends on (migration files, options, version, generator version), kept beside
 * the output with the list of files it produced: when both match, a run has nothing to do.
 */
public final class InputFingerprint {
    public static final String FILE_NAME = ".cairn-models";

    private InputFingerprint() {
    }

    public static String of(List<MigrationFile> migrations, GeneratorOptions options, Long version, String generatorVersion) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            StringBuilder b = new StringBuilder();
            b.append("generator=").append(generatorVersion).append('\n').append("options=").append(options).append('\n')
                    .append("version=").append(version).append('\n');
            for (MigrationFile m : migrations) {
                b.append(m.version()).append(' ').append(m.displayName()).append(' ').append(m.checksum()).append('\n');
            }
            return HexFormat.of().formatHex(d.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code root} holds the output of a run with this fingerprint, every file of it still there. */
    public static boolean upToDate(Path root, String fingerprint) throws IOException {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return false;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(fingerprint)) return false;
        for (String path : lines.subList(1, lines.size())) if (!Files.isRegularFile(root.resolve(path))) return false;
        return true;
    }

    public static void record(Path root, String fingerprint, java.util.Collection<String> files) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve(FILE_NAME), fingerprint + "\n" + String.join("\n", files) + "\n", StandardCharsets.UTF_8);
    }
}
