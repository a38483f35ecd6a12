package dev.cairn.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Puts generated sources on disk: a file is written only when its text changed (so the compiler and IDEs see no
 * change when there is none), and a {@code .java} file of the generated packages that is no longer generated is
 * deleted. Files may be {@linkplain #put put} from several threads as the generator writes them; {@link #finish} then
 * deletes the files no longer generated.
 */
public final class GeneratedSources {
    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet(), unchanged = ConcurrentHashMap.newKeySet();
    /** The folders put into, and those of them made sure to exist (another thread's put waits until one is). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Path, Path> created = new ConcurrentHashMap<>();

    private GeneratedSources(Path root) {
        this.root = root;
    }

    /** What a write did; each list sorted. */
    public record Outcome(List<String> written, List<String> unchanged, List<String> deleted) {
    }

    /** Sources to be put under {@code root}, the root of the generated sources. */
    public static GeneratedSources into(Path root) {
        return new GeneratedSources(root);
    }

    /** Writes all {@code files} (path relative to {@code root} → text) and deletes the ones no longer generated. */
    public static Outcome write(Path root, Map<String, String> files) throws IOException {
        GeneratedSources sources = into(root);
        try {
            files.forEach(sources::put);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return sources.finish();
    }

    /**
     * Writes one file unless it holds this text already; safe to call from several threads.
     *
     * @throws UncheckedIOException when the file cannot be read or written
     */
    public void put(String path, String text) {
        Path p = root.resolve(path);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        folders.add(p.getParent());
        try {
            if (Arrays.equals(existing(p), bytes)) {
                unchanged.add(path);
                return;
            }
            created.computeIfAbsent(p.getParent(), GeneratedSources::createFolder);
            Files.write(p, bytes);
            written.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] existing(Path p) throws IOException {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Deletes the {@code .java} files of the folders written to that were not put this time. */
    public Outcome finish() throws IOException {
        List<String> deleted = new ArrayList<>();
        for (Path dir : folders.stream().sorted().toList()) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (rel.endsWith(".java") && !written.contains(rel) && !unchanged.contains(rel)) {
                        Files.delete(p);
                        deleted.add(rel);
                    }
                }
            }
        }
        return new Outcome(sorted(written), sorted(unchanged), deleted);
    }

    private static List<String> sorted(Collection<String> paths) {
        return paths.stream().sorted().toList();
    }
}
