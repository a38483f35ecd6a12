package dev.cairn.codegen;

import dev.cairn.migrate.DevDatabase;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.MigrationVersions;
import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.schema.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Migrations in, Java sources out: replays the files up to a version, plans the classes, writes each with
 * JavaParser. The result maps a path relative to the source root ({@code com/example/model/User.java}) to its text;
 * the same input always gives the same text (no timestamps, sorted everywhere).
 */
public final class ModelGenerator {
    private final GeneratorOptions options;
    private final DevDatabase dev;

    public ModelGenerator(GeneratorOptions options) {
        this(options, DevDatabase.NONE);
    }

    /** With a scratch database for migrations that run DDL built at run time (see {@link DevDatabase}). */
    public ModelGenerator(GeneratorOptions options, DevDatabase dev) {
        this.options = options;
        this.dev = dev;
    }

    /** @param version the version whose schema to model, or null for the newest migration */
    public Map<String, String> generate(List<MigrationFile> migrations, Long version) {
        Map<String, String> files = new ConcurrentHashMap<>();
        generate(migrations, version, files::put);
        return new TreeMap<>(files);
    }

    /**
     * As {@link #generate(List, Long)}, handing each file to {@code sink} as soon as its text is ready, from any
     * thread: the classes are independent, so they are written on every core.
     *
     * @return the paths of the files, sorted
     */
    public List<String> generate(List<MigrationFile> migrations, Long version, BiConsumer<String, String> sink) {
        if (version != null) MigrationVersions.known(migrations, version);
        List<MigrationFile> upTo = migrations.stream().filter(m -> version == null || m.version() <= version).toList();
        List<ReplayedMigration> replayed = MigrationReplay.of(options.dialect(), upTo, dev);
        Schema schema = replayed.isEmpty() ? Schema.EMPTY : replayed.get(replayed.size() - 1).after();
        long at = replayed.isEmpty() ? 0 : replayed.get(replayed.size() - 1).version();
        return generate(schema, at, MigrationOrigins.of(replayed), sink);
    }

    public Map<String, String> generate(Schema schema, long version, MigrationOrigins origins) {
        Map<String, String> files = new ConcurrentHashMap<>();
        generate(schema, version, origins, files::put);
        return new TreeMap<>(files);
    }

    private List<String> generate(Schema schema, long version, MigrationOrigins origins, BiConsumer<String, String> sink) {
        ModelPlan plan = new ModelPlanner(options, origins).plan(schema, version);
        String dir = plan.packageName().replace('.', '/') + "/";
        List<String> paths = new ArrayList<>();
        for (ModelPlan.EntityModel e : plan.entities()) paths.add(dir + e.className() + ".java");
        for (ModelPlan.EnumModel e : plan.enums()) paths.add(dir + e.className() + ".java");
        paths.add(dir + ModelPlan.MODELS_CLASS + ".java");
        plan.entities().parallelStream().forEach(e -> sink.accept(dir + e.className() + ".java", EntitySource.write(plan.packageName(), e)));
        for (ModelPlan.EnumModel e : plan.enums()) sink.accept(dir + e.className() + ".java", EnumSource.write(plan.packageName(), e));
        sink.accept(dir + ModelPlan.MODELS_CLASS + ".java", ModelsSource.write(plan));
        Collections.sort(paths);
        return paths;
    }
}
