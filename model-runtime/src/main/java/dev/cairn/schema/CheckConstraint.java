package dev.cairn.schema;

/** A CHECK constraint; {@code expression} is canonical SQL text; {@code name} is null where the dialect gives it none. */
public record CheckConstraint(String name, String expression) {
    /** As a record prints itself, written out: {@link Table} orders unnamed checks by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "CheckConstraint[name=" + name + ", expression=" + expression + "]";
    }
}
