package dev.cairn.codegen;

import dev.cairn.migrate.DevDatabase;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of db:generate-models without Maven: load the migrations, finish at once when the {@link InputFingerprint}
 * beside the output says nothing changed, otherwise generate and write the files whose text changed.
 */
public final class ModelGeneration {
    private final GeneratorOptions options;
    private final String generatorVersion;
    private final DevDatabase dev;

    /** @param generatorVersion the plugin's version, part of the fingerprint (a new generator regenerates) */
    public ModelGeneration(GeneratorOptions options, String generatorVersion) {
        this(options, generatorVersion, DevDatabase.NONE);
    }

    /** As {@link #ModelGeneration(GeneratorOptions, String)}, with a scratch database for DDL built at run time. */
    public ModelGeneration(GeneratorOptions options, String generatorVersion, DevDatabase dev) {
        this.options = options;
        this.generatorVersion = generatorVersion;
        this.dev = dev;
    }

    /**
     * What a run did: nothing ({@code upToDate}, {@code outcome} null), or wrote, kept and deleted the files in
     * {@code outcome}.
     */
    public record Result(boolean upToDate, GeneratedSources.Outcome outcome) {
    }

    /**
     * @param migrations    the folder of migration files
     * @param displayPrefix how messages and Javadoc show that folder (e.g. {@code src/main/resources/db/migrations/})
     * @param encoding      the encoding of the migration files
     * @param version       the schema version to model; null for the newest migration
     * @param out           the root of the generated sources
     */
    public Result run(Path migrations, String displayPrefix, Charset encoding, Long version, Path out) throws IOException {
        List<MigrationFile> files = MigrationDirectory.load(migrations, displayPrefix, encoding);
        String fingerprint = InputFingerprint.of(files, options, version, generatorVersion);
        if (InputFingerprint.upToDate(out, fingerprint)) return new Result(true, null);
        GeneratedSources sources = GeneratedSources.into(out);
        List<String> paths;
        try {
            paths = new ModelGenerator(options, dev).generate(files, version, sources::put); // each file written once it is ready
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        GeneratedSources.Outcome outcome = sources.finish();
        InputFingerprint.record(out, fingerprint, paths);
        return new Result(false, outcome);
    }
}
