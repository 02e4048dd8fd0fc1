package dev.nestql.generator.plan;

/** Text from the catalog made safe inside generated Javadoc. */
public final class Javadoc {
    private Javadoc() {}

    /**
     * {@code text} as Javadoc shows it: HTML's special characters escaped, and neither an end of
     * comment nor a Unicode escape (which javac reads even inside comments) left in it.
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;");
    }
}
