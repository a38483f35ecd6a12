package dev.cairn.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts generated sources on disk: a file is written only when its text changed (so the compiler and IDEs see no
 * change when there is none), and a {@code .java} file of the generated packages that is no longer generated is
 * deleted.
 */
public final class GeneratedSources {
    private GeneratedSources() {
    }

    /** What a write did. */
    public record Outcome(List<String> written, List<String> unchanged, List<String> deleted) {
    }

    public static Outcome write(Path root, Map<String, String> files) throws IOException {
        List<String> written = new ArrayList<>(), unchanged = new ArrayList<>(), deleted = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            if (!dirs.contains(p.getParent())) dirs.add(p.getParent());
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(p) && java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                unchanged.add(f.getKey());
                continue;
            }
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            written.add(f.getKey());
        }
        for (Path dir : dirs) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (rel.endsWith(".java") && !files.containsKey(rel)) {
                        Files.delete(p);
                        deleted.add(rel);
                    }
                }
            }
        }
        return new Outcome(written, unchanged, deleted);
    }
}
