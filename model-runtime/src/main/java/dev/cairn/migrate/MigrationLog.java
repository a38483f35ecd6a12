package dev.cairn.migrate;

/** Where the migrator reports what it does (the Maven log, an application's logger, standard output). */
public interface MigrationLog {
    void info(String message);

    default void warn(String message) {
        info("WARNING: " + message);
    }

    MigrationLog STANDARD_OUT = System.out::println;
}
