package dev.nestql.processor.writing;

/** Text made safe for Javadoc: HTML-escaped, with no comment terminator. */
final class Javadoc {
    private Javadoc() {}

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }
}
