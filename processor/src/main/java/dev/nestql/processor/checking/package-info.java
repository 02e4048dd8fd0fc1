/**
 * The opt-in compile-time check: with {@code -Anestql.verify.url}, the {@code @Table} records of
 * the compilation are verified against a live database, and each difference is a compile error,
 * warning or note on the record component.
 */
package dev.nestql.processor.checking;
