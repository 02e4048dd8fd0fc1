/**
 * Every message the processor can report, each with a stable code, and the reporter that puts it
 * on the most precise location javac offers.
 */
package dev.nestql.processor.diagnostics;
