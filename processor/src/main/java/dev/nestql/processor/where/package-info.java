/**
 * The filter language of where strings: parsing to an AST and rendering to SQL. Pure: no javax.lang.model.
 *
 * <p>{@link dev.nestql.processor.where.WhereParser} turns the text of a where string into a
 * {@link dev.nestql.processor.where.WhereExpr}, reporting mistakes as a
 * {@link dev.nestql.processor.where.WhereSyntaxException} with the column where parsing stopped.
 * {@link dev.nestql.processor.where.WhereRenderer} turns the tree back into a PostgreSQL condition, leaving
 * it to the caller to decide what SQL each {@link dev.nestql.processor.where.PathRef} stands for.
 */
package dev.nestql.processor.where;
