package dev.cairn.migrate;

/** Where the migrator reports what it does (the Maven log, an application's logger, standard output). */
public interface MigrationLog {
    void info(String message);

    default void warn(String message) {
        info("WARNING: " + message);
    }

    MigrationLog STANDARD_OUT = System.out::println;

    /**
     * The platform's logger {@code dev.cairn.migrate} ({@link System.Logger}, INFO and WARNING): the application's
     * logging shows it (java.util.logging by default; SLF4J, Log4j or Logback through their {@code System.Logger}
     * bridge or JUL handler, as Spring Boot installs). The runtime API's default.
     */
    MigrationLog SYSTEM_LOGGER = systemLogger("dev.cairn.migrate");

    /** Messages to the {@link System.Logger} of this name. */
    static MigrationLog systemLogger(String name) {
        System.Logger logger = System.getLogger(name);
        return new MigrationLog() {
            @Override
            public void info(String message) {
                logger.log(System.Logger.Level.INFO, message);
            }

            @Override
            public void warn(String message) {
                logger.log(System.Logger.Level.WARNING, message);
            }
        };
    }
}
