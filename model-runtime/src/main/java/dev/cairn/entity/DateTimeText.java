package dev.cairn.entity;

import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * Reads SQLite's date-time text ({@code 2026-11-25 09:30:15}, with {@code T} or a space, seconds optional, a fraction
 * of up to nine digits) by position instead of through a {@code DateTimeFormatter}, whose optional sections copy the
 * parse state for every value: this runs once per row and column when entities load. Any other text goes to
 * {@code fallback}.
 */
final class DateTimeText {
    private DateTimeText() {
    }

    static LocalDateTime parse(String s, Function<String, LocalDateTime> fallback) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' && s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return fallback.apply(s);
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2), hour = digits(s, 11, 2), minute = digits(s, 14, 2);
        int second = 0, nano = 0;
        if (n > 16) {
            if (n < 19 || s.charAt(16) != ':') return fallback.apply(s);
            second = digits(s, 17, 2);
            if (n > 19) {
                if (s.charAt(19) != '.' || n == 20 || n > 29) return fallback.apply(s);
                int fraction = digits(s, 20, n - 20);
                if (fraction < 0) return fallback.apply(s);
                nano = fraction;
                for (int i = n - 20; i < 9; i++) nano *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) return fallback.apply(s);
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }

    /** The number written by {@code count} ASCII digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) return -1;
            value = value * 10 + d;
        }
        return value;
    }
}
