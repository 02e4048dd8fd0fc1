package dev.nestql.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PostgreSQL naming and quoting rules of {@link SqlNames}. */
class SqlNamesTest {

    @Nested
    class SnakeCase {
        @Test
        void splitsCamelCaseWords() {
            assertEquals("id", SqlNames.snakeCase("id"));
            assertEquals("venue_id", SqlNames.snakeCase("venueId"));
            assertEquals("last_updated_at", SqlNames.snakeCase("lastUpdatedAt"));
        }

        @Test
        void keepsAnAcronymAsOneWord() {
            assertEquals("url_path", SqlNames.snakeCase("URLPath"));
            assertEquals("parse_url", SqlNames.snakeCase("parseURL"));
            assertEquals("user_id", SqlNames.snakeCase("userID"));
            assertEquals("http_server_url", SqlNames.snakeCase("HTTPServerURL"));
        }

        @Test
        void startsAWordAfterADigitButNotAtOne() {
            assertEquals("address2_line", SqlNames.snakeCase("address2Line"));
            assertEquals("line2", SqlNames.snakeCase("line2"));
        }

        @Test
        void leavesSnakeCaseAndSingleLettersAlone() {
            assertEquals("already_snake", SqlNames.snakeCase("already_snake"));
            assertEquals("a", SqlNames.snakeCase("A"));
        }
    }

    @Nested
    class UpperSnakeCase {
        @Test
        void namesConstants() {
            assertEquals("ID", SqlNames.upperSnakeCase("id"));
            assertEquals("VENUE_ID", SqlNames.upperSnakeCase("venueId"));
            assertEquals("CATEGORY_NAME", SqlNames.upperSnakeCase("categoryName"));
        }

        @Test
        void keepsAnAcronymAsOneWord() {
            assertEquals("URL_PATH", SqlNames.upperSnakeCase("URLPath"));
            assertEquals("USER_ID", SqlNames.upperSnakeCase("userID"));
        }
    }

    @Nested
    class Identifier {
        @Test
        void leavesPlainLowerCaseNamesUnquoted() {
            assertEquals("name", SqlNames.identifier("name"));
            assertEquals("venue_id", SqlNames.identifier("venue_id"));
            assertEquals("_draft2", SqlNames.identifier("_draft2"));
        }

        @Test
        void quotesReservedWords() {
            assertEquals("\"order\"", SqlNames.identifier("order"));
            assertEquals("\"user\"", SqlNames.identifier("user"));
            assertEquals("\"end\"", SqlNames.identifier("end"));
            assertEquals("\"group\"", SqlNames.identifier("group"));
        }

        @Test
        void leavesNonReservedKeyWordsUnquoted() {
            // Key words that PostgreSQL accepts as column names without quotes.
            assertEquals("date", SqlNames.identifier("date"));
            assertEquals("name", SqlNames.identifier("name"));
            assertEquals("type", SqlNames.identifier("type"));
        }

        @Test
        void quotesUpperCaseWhichPostgresqlWouldFoldToLowerCase() {
            assertEquals("\"ISO\"", SqlNames.identifier("ISO"));
            assertEquals("\"lastName\"", SqlNames.identifier("lastName"));
            assertEquals("\"Order\"", SqlNames.identifier("Order"));
        }

        @Test
        void quotesNamesThatAreNotPlainIdentifiers() {
            assertEquals("\"first name\"", SqlNames.identifier("first name"));
            assertEquals("\"2fa\"", SqlNames.identifier("2fa"));
            assertEquals("\"price-eur\"", SqlNames.identifier("price-eur"));
        }

        @Test
        void doublesAQuoteInsideAQuotedName() {
            assertEquals("\"say\"\"hi\"", SqlNames.identifier("say\"hi"));
        }
    }

    @Nested
    class Table {
        @Test
        void leavesPlainNamesUnquoted() {
            assertEquals("orders_product", SqlNames.table("orders_product"));
        }

        @Test
        void quotesEachPartOfASchemaQualifiedName() {
            assertEquals("inventory.device", SqlNames.table("inventory.device"));
            assertEquals("public.\"user\"", SqlNames.table("public.user"));
            assertEquals("\"Inventory\".\"order\"", SqlNames.table("Inventory.order"));
            assertEquals("shop.\"Product\"", SqlNames.table("shop.Product"));
        }
    }

    @Nested
    class Literal {
        @Test
        void quotesText() {
            assertEquals("'abc'", SqlNames.literal("abc"));
            assertEquals("''", SqlNames.literal(""));
        }

        @Test
        void doublesSingleQuotes() {
            assertEquals("'it''s'", SqlNames.literal("it's"));
            assertEquals("''''''", SqlNames.literal("''"));
        }

        @Test
        void leavesBackslashesAloneAsStandardConformingStringsDo() {
            assertEquals("'C:\\temp'", SqlNames.literal("C:\\temp"));
        }
    }
}
