package dev.nestql.processor.where;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A constant value in a where string: what a path is compared with or looked up in.
 */
public sealed interface Literal {

    /**
     * A string constant, such as {@code 'it''s'} in the text.
     *
     * @param value the unescaped value: {@code it's} for the text {@code 'it''s'}
     */
    record StringLiteral(String value) implements Literal {

        /**
         * Checks that the value is present.
         */
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A numeric constant, kept exactly as written so that no precision is lost on the way to SQL.
     *
     * @param text the number as written, e.g. {@code "-1.5e3"}
     */
    record NumberLiteral(String text) implements Literal {

        private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        /**
         * Checks that the text is a number of the filter language, since it is copied into SQL unquoted.
         *
         * @throws IllegalArgumentException if the text is not such a number
         */
        public NumberLiteral {
            Objects.requireNonNull(text, "text");
            if (!NUMBER.matcher(text).matches()) {
                throw new IllegalArgumentException("not a number: " + text);
            }
        }
    }

    /**
     * A boolean constant: {@code true} or {@code false} in any letter case.
     *
     * @param value the value
     */
    record BooleanLiteral(boolean value) implements Literal {
    }
}
