package dev.cairn.dialect.expression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function (same input, same immutable answer) for the inputs it was last asked, so that a
 * replay reading the same type or default in thousands of columns ({@code varchar(255)}, {@code DEFAULT 0}) works each
 * out once. Bounded: past {@code capacity} inputs it starts again. Safe to share between threads; a null answer and an
 * exception are not remembered.
 */
public final class RecentAnswers<K, V> {
    private final Function<K, V> function;
    private final int capacity;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public RecentAnswers(Function<K, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** @param input not null */
    public V get(K input) {
        V known = answers.get(input);
        if (known != null) return known;
        V answer = function.apply(input);
        if (answer != null) {
            if (answers.size() >= capacity) answers.clear();
            answers.put(input, answer);
        }
        return answer;
    }
}
