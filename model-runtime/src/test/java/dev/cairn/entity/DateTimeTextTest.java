package dev.cairn.entity;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateTimeTextTest {
    private static final LocalDateTime FALLBACK = LocalDateTime.MIN;

    @Test
    void readsSqliteDateTimeTextByPosition() {
        assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30, 15), DateTimeText.parse("2026-11-25 09:30:15", s -> FALLBACK));
        assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30), DateTimeText.parse("2026-11-25T09:30", s -> FALLBACK));
        assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30, 15, 500_000_000), DateTimeText.parse("2026-11-25 09:30:15.5", s -> FALLBACK));
        assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30, 15, 123_456_789),
                DateTimeText.parse("2026-11-25 09:30:15.123456789", s -> FALLBACK));
    }

    @Test
    void otherTextGoesToTheFallback() {
        for (String odd : List.of("2026-11-25", "2026-11-25 09:30:1", "2026-11-25 09:30:15.", "2026-11-25 09:30:15Z",
                "+12026-11-25 09:30", "2026-1x-25 09:30:15", "2026-11-25 09:30:15.1234567890")) {
            assertEquals(FALLBACK, DateTimeText.parse(odd, s -> FALLBACK), odd);
        }
    }

    @Test
    void impossibleDatesFailLikeTheFormatter() {
        assertThrows(DateTimeException.class, () -> DateTimeText.parse("2026-02-30 09:30:15", s -> FALLBACK));
        assertThrows(DateTimeException.class, () -> DateTimeText.parse("2026-13-01 00:00", s -> FALLBACK));
    }
}
