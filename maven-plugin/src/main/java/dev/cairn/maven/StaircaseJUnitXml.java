package dev.cairn.maven;

import dev.cairn.migrate.StaircaseReport;

import java.util.Locale;

/**
 * {@code db:test}'s report as a JUnit XML test suite (the format surefire writes, which CI servers show): one test
 * case per migration, a failure with the phase and what differs, a skipped case for a down not tested.
 */
final class StaircaseJUnitXml {
    private StaircaseJUnitXml() {
    }

    static String of(StaircaseReport r) {
        long failures = r.steps().stream().filter(s -> s.outcome() == StaircaseReport.Outcome.FAILED).count();
        long skipped = r.steps().stream().filter(s -> s.outcome() == StaircaseReport.Outcome.DOWN_NOT_TESTED).count();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuite name=\"cairn.migrations\" tests=\"").append(r.steps().size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"").append(seconds(r.totalMillis())).append("\">\n");
        b.append("  <properties><property name=\"scratch\" value=\"").append(escape(r.scratch())).append("\"/></properties>\n");
        for (StaircaseReport.Step s : r.steps()) {
            b.append("  <testcase classname=\"cairn.migrations\" name=\"").append(escape("version " + s.version() + " " + s.file()))
                    .append("\" time=\"").append(seconds(s.millis())).append('"');
            switch (s.outcome()) {
                case PASSED -> b.append("/>\n");
                case DOWN_NOT_TESTED -> b.append(">\n    <skipped message=\"").append(escape("down not tested: " + s.phase())).append("\"/>\n  </testcase>\n");
                case FAILED -> b.append(">\n    <failure message=\"").append(escape("the schema differs after its " + s.phase()))
                        .append("\" type=\"cairn.staircase\">").append(escape(s.problem())).append("</failure>\n  </testcase>\n");
            }
        }
        return b.append("</testsuite>\n").toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') b.append("&#").append((int) c).append(';');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
