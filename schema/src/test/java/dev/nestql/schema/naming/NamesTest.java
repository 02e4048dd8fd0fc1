package dev.nestql.schema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The name conventions of {@link Names}: Java names to SQL names and back. */
class NamesTest {

    @Nested
    class SnakeCase {
        @Test
        void splitsCamelCaseWords() {
            assertEquals("id", Names.snakeCase("id"));
            assertEquals("venue_id", Names.snakeCase("venueId"));
            assertEquals("last_updated_at", Names.snakeCase("lastUpdatedAt"));
        }

        @Test
        void keepsAnAcronymAsOneWord() {
            assertEquals("url_path", Names.snakeCase("URLPath"));
            assertEquals("parse_url", Names.snakeCase("parseURL"));
            assertEquals("user_id", Names.snakeCase("userID"));
            assertEquals("http_server_url", Names.snakeCase("HTTPServerURL"));
        }

        @Test
        void startsAWordAfterADigitButNotAtOne() {
            assertEquals("address2_line", Names.snakeCase("address2Line"));
            assertEquals("line2", Names.snakeCase("line2"));
        }

        @Test
        void leavesSnakeCaseAndSingleLettersAlone() {
            assertEquals("already_snake", Names.snakeCase("already_snake"));
            assertEquals("a", Names.snakeCase("A"));
        }
    }

    @Nested
    class UpperSnakeCase {
        @Test
        void namesConstants() {
            assertEquals("ID", Names.upperSnakeCase("id"));
            assertEquals("VENUE_ID", Names.upperSnakeCase("venueId"));
            assertEquals("CATEGORY_NAME", Names.upperSnakeCase("categoryName"));
        }

        @Test
        void keepsAnAcronymAsOneWord() {
            assertEquals("URL_PATH", Names.upperSnakeCase("URLPath"));
            assertEquals("USER_ID", Names.upperSnakeCase("userID"));
        }
    }

    @Nested
    class Plural {
        @Test
        void followsEnglishRules() {
            assertEquals("products", Names.plural("Product"));
            assertEquals("categories", Names.plural("Category"));
            assertEquals("addresses", Names.plural("Address"));
            assertEquals("boxes", Names.plural("Box"));
            assertEquals("branches", Names.plural("Branch"));
            assertEquals("days", Names.plural("Day"));
            assertEquals("filmActors", Names.plural("FilmActor"));
        }
    }

    @Nested
    class FromSql {
        @Test
        void snakeCaseBecomesCamelCaseThatSnakeCaseGivesBack() {
            for (String sql : new String[] {"last_update", "film_id", "id", "address2", "rental_duration"}) {
                assertEquals(sql, Names.snakeCase(Names.lowerCamel(sql)), sql);
            }
            assertEquals("lastUpdate", Names.lowerCamel("last_update"));
            assertEquals("FilmActor", Names.upperCamel("film_actor"));
        }

        @Test
        void mixedCaseIsKeptAndCapitalsAreOneWord() {
            assertEquals("firstName", Names.lowerCamel("firstName"));
            assertEquals("Order", Names.upperCamel("Order"));
            assertEquals("role", Names.lowerCamel("Role"));
            assertEquals("UserAccount", Names.upperCamel("USER_ACCOUNT"));
            assertEquals("level", Names.lowerCamel("LEVEL"));
        }

        @Test
        void charactersNoJavaNameHoldsSeparateWords() {
            assertEquals("orderLines", Names.lowerCamel("order-lines"));
            assertEquals("_2faSecret", Names.lowerCamel("2fa_secret"));
            assertEquals("PriceIn", Names.upperCamel("price in €"));
        }

        @Test
        void keywordsAndObjectMethodsGetAnUnderscore() {
            assertEquals("class_", Names.componentName("class"));
            assertEquals("hashCode_", Names.componentName("hashCode"));
            assertEquals("default_", Names.componentName("default"));
            assertEquals("title", Names.componentName("title"));
        }

        @Test
        void enumLabelsMustBeJavaNames() {
            assertTrue(Names.isJavaName("pending"));
            assertTrue(Names.isJavaName("NC_17"));
            assertFalse(Names.isJavaName("PG-13"));
            assertFalse(Names.isJavaName("1st"));
            assertFalse(Names.isJavaName("new"));
            assertFalse(Names.isJavaName(""));
        }
    }
}
