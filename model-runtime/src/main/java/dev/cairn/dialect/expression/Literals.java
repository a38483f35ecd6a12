package dev.cairn.dialect.expression;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and writing the literals of canonical defaults, for the engines' {@link ExpressionRules#storedDefault}: a
 * number, a single-quoted string, a date-time or time written out in full.
 */
public final class Literals {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?");

    private Literals() {
    }

    public static boolean isNumber(String c) {
        return NUMBER.matcher(c).matches();
    }

    public static boolean isHex(String c) {
        return HEX.matcher(c).matches();
    }

    /** The number a canonical literal holds, bare ({@code 5}) or quoted ({@code '5'}), or null. */
    public static String numberIn(String c) {
        if (isNumber(c)) return c;
        String string = singleQuotedValue(c);
        return string != null && isNumber(string.strip()) ? string.strip() : null;
    }

    /** A number in one spelling: no exponent, no trailing fractional zeros, no negative zero. */
    public static String plainNumber(String v) {
        BigDecimal value = new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** The value of {@code c} when it is exactly one single-quoted string literal, else null. */
    public static String singleQuotedValue(String c) {
        if (c.length() < 2 || c.charAt(0) != '\'' || c.charAt(c.length() - 1) != '\'' || !isOneQuoted(c, '\'')) return null;
        return c.substring(1, c.length() - 1).replace("''", "'");
    }

    /** Whether {@code text}, which starts and ends with {@code quote}, is one quoted run (a doubled quote inside it). */
    public static boolean isOneQuoted(String text, char quote) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == quote) {
                if (text.charAt(i + 1) == quote && i + 1 < text.length() - 1) i++;
                else return false;
            }
        }
        return true;
    }

    /** {@code value} as a single-quoted literal. */
    public static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@code yyyy-mm-dd[ hh:mm[:ss[.f]]]} written out in full, or null when {@code s} is none; fractional digits padded
     * or cut to {@code fsp} (null: trailing zeros trimmed).
     */
    public static String dateTime(String s, Integer fsp) {
        Matcher m = DATE_TIME.matcher(s.strip());
        if (!m.matches()) return null;
        String hh = m.group(2) == null ? "00" : pad2(m.group(2));
        String mm = m.group(3) == null ? "00" : m.group(3);
        String ss = m.group(4) == null ? "00" : m.group(4);
        String[] ymd = m.group(1).split("-"); // both engines accept 2020-1-2 and store 2020-01-02
        return ymd[0] + "-" + pad2(ymd[1]) + "-" + pad2(ymd[2]) + " " + hh + ":" + mm + ":" + ss + fraction(m.group(5), fsp);
    }

    /** {@code hh:mm[:ss[.f]]} written out in full, or null; fractional digits as for {@link #dateTime}. */
    public static String time(String s, Integer fsp) {
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) return null;
        String ss = m.group(3) == null ? "00" : m.group(3);
        return pad2(m.group(1)) + ":" + m.group(2) + ":" + ss + fraction(m.group(4), fsp);
    }

    private static String fraction(String digits, Integer fsp) {
        String f = digits == null ? "" : digits;
        if (fsp == null) {
            f = f.replaceFirst("0+$", "");
        } else {
            f = f.length() > fsp ? f.substring(0, fsp) : f + "0".repeat(fsp - f.length());
        }
        return f.isEmpty() ? "" : "." + f;
    }

    private static String pad2(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
