package dev.cairn.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One migration file: {@code <version>_<description>.sql}, its up part and, after a line {@code -- migrate:down}, an
 * optional written down part. {@code upStartLine}/{@code downStartLine} are the 1-based file lines where each part's
 * text begins, so statement positions stay file positions.
 *
 * @param displayName the path shown in messages (relative to the project, e.g. {@code src/main/resources/db/migrations/001_x.sql})
 * @param checksum     SHA-256 over what an upgrade applies: the text before the {@code -- migrate:down} line (the whole
 *                     text when there is none), line endings and trailing whitespace normalized. Writing or changing
 *                     the down part of an applied migration therefore does not make it "edited".
 * @param fileChecksum the same over the whole text, down part included: what releases before 0.3 stored, still
 *                     accepted for their history rows
 */
public record MigrationFile(long version, String description, String displayName, String upSql, int upStartLine,
                            String downSql, int downStartLine, String checksum, String fileChecksum) {

    private static final String DOWN_MARKER = "-- migrate:down";
    private static final String UP_MARKER = "-- migrate:up";
    private static final String NO_TRANSACTION = "-- cairn:no-transaction";

    public boolean hasWrittenDown() {
        return downSql != null;
    }

    /** Whether a history row's checksum is this file's, as this release or an earlier one computed it. */
    public boolean matchesChecksum(String stored) {
        return checksum.equals(stored) || fileChecksum.equals(stored);
    }

    /**
     * Whether a comment line {@code -- cairn:no-transaction} comes before the first statement of the up part: the
     * statements then commit one by one (PostgreSQL's {@code CREATE INDEX CONCURRENTLY} cannot run in a transaction),
     * and a failure is compensated like on MySQL.
     */
    public boolean runsOutsideTransaction() {
        for (String line : upSql.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (!t.startsWith("--")) return false;
            if (t.equalsIgnoreCase(NO_TRANSACTION)) return true;
        }
        return false;
    }

    /** Cuts a file's text into its parts. */
    public static MigrationFile parse(long version, String description, String displayName, String text) {
        String[] lines = lines(text);
        int upStart = 0;
        int downMarker = -1;
        SectionScan scan = new SectionScan();
        for (int k = 0; k < lines.length; k++) {
            String t = lines[k].strip();
            if (scan.atTopLevel()) {
                if (t.equalsIgnoreCase(UP_MARKER) && k == firstNonBlank(lines)) upStart = k + 1;
                if (t.equalsIgnoreCase(DOWN_MARKER)) {
                    downMarker = k;
                    break;
                }
            }
            scan.line(lines[k]);
        }
        int upEnd = downMarker < 0 ? lines.length : downMarker;
        String up = join(lines, upStart, upEnd);
        String down = downMarker < 0 ? null : join(lines, downMarker + 1, lines.length);
        String whole = checksum(lines);
        return new MigrationFile(version, description, displayName, up, upStart + 1, down,
                downMarker < 0 ? 0 : downMarker + 2, downMarker < 0 ? whole : checksum(Arrays.copyOf(lines, upEnd)), whole);
    }

    /** The lines of {@code text}, split at CRLF, CR and LF; a text ending in a line break ends with an empty line. */
    private static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            out.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    private static int firstNonBlank(String[] lines) {
        for (int k = 0; k < lines.length; k++) if (!lines[k].isBlank()) return k;
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append('\n');
            b.append(lines[k]);
        }
        return b.toString();
    }

    /** SHA-256 hex of the text with CRLF/CR → LF, trailing whitespace on each line and at the end removed. */
    public static String checksum(String text) {
        return checksum(lines(text));
    }

    private static String checksum(String[] lines) {
        int length = 0;
        for (String l : lines) length += l.length() + 1;
        StringBuilder b = new StringBuilder(length);
        for (String l : lines) b.append(l.stripTrailing()).append('\n');
        String normalized = b.toString().stripTrailing();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
