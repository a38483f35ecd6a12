package dev.cairn.dialect;

import dev.cairn.schema.Sequence;

import java.util.Locale;
import java.util.Map;

/**
 * What an engine makes of a sequence's options left out of CREATE SEQUENCE, and so which options the model keeps: the
 * value type ({@code AS bigint}), the bounds (ascending: 1 to the type's largest value; descending: the type's smallest
 * value to -1), the start (the lower bound ascending, the upper one descending), the step (1) and the cache. Replay and
 * introspection both build their {@link Sequence} here, so a sequence written with its defaults spelt out equals one
 * written without them, and equals what the engine reports.
 *
 * @param type   the type of a sequence written without AS, in its canonical spelling
 * @param ranges the canonical spelling of every type a sequence may have, with the values it can hold
 * @param names  other spellings of those types ({@code int4} → {@code integer}), lower case
 * @param cache  how many values a session caches when CACHE is left out
 */
public record SequenceDefaults(String type, Map<String, Range> ranges, Map<String, String> names, long cache) {

    /** The values a sequence of one type can hold, {@code min} to {@code max}. */
    public record Range(long min, long max) {
    }

    /** A sequence's options, each null where the statement (or the engine's answer) leaves it to the default. */
    public record Options(String type, Long start, Long increment, Long min, Long max, Long cache, Boolean cycle) {
        public static final Options NONE = new Options(null, null, null, null, null, null, null);

        /** These options, then {@code later}'s where it sets one. */
        public Options then(Options later) {
            return new Options(later.type != null ? later.type : type, later.start != null ? later.start : start,
                    later.increment != null ? later.increment : increment, later.min != null ? later.min : min,
                    later.max != null ? later.max : max, later.cache != null ? later.cache : cache, later.cycle != null ? later.cycle : cycle);
        }
    }

    /** The canonical spelling of a type written after AS, or null when no sequence can have it. */
    public String canonicalType(String written) {
        String t = written.toLowerCase(Locale.ROOT);
        t = names.getOrDefault(t, t);
        return ranges.containsKey(t) ? t : null;
    }

    /**
     * The model's sequence for these options: every option equal to what the engine would choose without it is null
     * (the cycle flag false), the type in its canonical spelling.
     */
    public Sequence sequence(String name, Options o) {
        String t = o.type() == null ? type : canonicalType(o.type());
        if (t == null) throw new IllegalArgumentException("not a sequence type: " + o.type());
        long step = o.increment() == null ? 1 : o.increment();
        Range range = ranges.get(t);
        long defaultMin = step > 0 ? 1 : range.min();
        long defaultMax = step > 0 ? range.max() : -1;
        long min = o.min() == null ? defaultMin : o.min();
        long max = o.max() == null ? defaultMax : o.max();
        long defaultStart = step > 0 ? min : max;
        return new Sequence(name, t.equals(type) ? null : t, o.start() == null || o.start() == defaultStart ? null : o.start(),
                step == 1 ? null : step, min == defaultMin ? null : min, max == defaultMax ? null : max,
                o.cache() == null || o.cache() == cache ? null : o.cache(), Boolean.TRUE.equals(o.cycle()));
    }

    /** Every option of a sequence of the model, defaults filled in: what the engine holds for it. */
    public Options options(Sequence s) {
        String t = s.type() == null ? type : s.type();
        long step = s.increment() == null ? 1 : s.increment();
        Range range = ranges.get(t);
        long min = s.minValue() != null ? s.minValue() : step > 0 ? 1 : range.min();
        long max = s.maxValue() != null ? s.maxValue() : step > 0 ? range.max() : -1;
        long start = s.start() != null ? s.start() : step > 0 ? min : max;
        return new Options(t, start, step, min, max, s.cache() != null ? s.cache() : cache, s.cycle());
    }
}
