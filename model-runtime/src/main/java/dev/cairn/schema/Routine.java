package dev.cairn.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trigger, function, procedure or extension: a named object whose body Cairn does not interpret. A trigger has its
 * table, its timing ({@code BEFORE}, {@code AFTER}, {@code INSTEAD OF}) and its events ({@code INSERT},
 * {@code UPDATE OF a, b}, …). {@code definition} is the rest of it in a normalised form (comments and spacing
 * dropped, words in upper case, defaults the engine adds written out, a function's body as the engine stores it), so
 * that the definition read back from the catalog compares equal to the replayed one. {@code source} is the text after
 * the name as written (or as the catalog returned it), which the renderers write after {@code CREATE <kind> <name>};
 * equality leaves it out, as it does a view's text.
 */
public record Routine(Kind kind, String name, String table, String timing, List<String> events, String definition, String source) {

    /** The kinds, each with the words that create one. */
    public enum Kind {
        TRIGGER("TRIGGER"), FUNCTION("FUNCTION"), PROCEDURE("PROCEDURE"), EXTENSION("EXTENSION");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The words after CREATE and DROP. */
        public String words() {
            return words;
        }

        /** Lower case, for messages and keys. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Routine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events == null ? List.of() : events);
        definition = definition == null ? "" : definition;
        source = source == null ? "" : source;
    }

    /** A function, procedure or extension: no table, timing or events. */
    public static Routine of(Kind kind, String name, String definition, String source) {
        return new Routine(kind, name, null, null, List.of(), definition, source);
    }

    /**
     * The key of this object in {@link Schema#routines()}: the kind, and a trigger's table (PostgreSQL names triggers
     * per table), then the name, as {@link Names#key} folds them, such as {@code trigger posts.audit}.
     */
    public String key() {
        return key(kind, table, name);
    }

    public static String key(Kind kind, String table, String name) {
        return kind.label() + " " + (table == null ? "" : Names.key(table) + ".") + Names.key(name);
    }

    public boolean isTrigger() {
        return kind == Kind.TRIGGER;
    }

    public Routine withName(String newName) {
        return new Routine(kind, newName, table, timing, events, definition, source);
    }

    public Routine withTable(String newTable) {
        return new Routine(kind, name, newTable, timing, events, definition, source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Routine r && kind == r.kind && name.equals(r.name) && Objects.equals(table, r.table)
                && Objects.equals(timing, r.timing) && events.equals(r.events) && definition.equals(r.definition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, table, timing, events, definition);
    }

    /** One line for messages: {@code trigger audit on posts AFTER INSERT FOR EACH ROW …}. */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.label()).append(' ').append(name);
        if (table != null) b.append(" on ").append(table);
        if (timing != null) b.append(' ').append(timing);
        if (!events.isEmpty()) b.append(' ').append(String.join(" OR ", events));
        if (!definition.isEmpty()) b.append(' ').append(definition);
        return b.toString();
    }
}
