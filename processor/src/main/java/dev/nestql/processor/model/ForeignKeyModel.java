package dev.nestql.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A {@code @ForeignKey} column and the names of the two relations it creates.
 *
 * @param column the referencing column
 * @param target the referenced table's record
 * @param forwardName the to-one relation's name on the referencing table
 * @param reverseName the to-many relation's name on the referenced table
 * @param reverseNameDefaulted whether {@code reverseName} was derived, not written
 */
public record ForeignKeyModel(
        ColumnModel column, ClassName target, String forwardName, String reverseName, boolean reverseNameDefaulted) {}
