package dev.nestql.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PostgreSQL naming and quoting rules of {@link SqlNames}. */
class SqlNamesTest {

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
