package dev.cairn.codegen;

/** Text from SQL made safe inside a Javadoc comment. */
final class JavadocText {
    private JavadocText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\r", "");
    }
}
