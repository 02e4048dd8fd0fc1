/**
 * Writes the Java source of each projection's query class from the model and its rendered SQL,
 * with JavaPoet.
 */
package dev.nestql.processor.writing;
