/**
 * The nestql annotation processor. {@link dev.nestql.processor.NestqlProcessor} wires the steps:
 * {@code reading} builds the validated model, {@code sql} renders the statements,
 * {@code writing} writes the query classes; {@code diagnostics} holds every message.
 */
package dev.nestql.processor;
