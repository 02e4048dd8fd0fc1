/**
 * The query API that application code calls: the base of every generated query class,
 * {@link dev.nestql.query.ProjectionQuery} (conditions, order, paging and the terminal methods
 * {@code list}, {@code first}, {@code stream}, {@code count}, {@code json}, {@code writeJson}); the
 * column handles that generated classes declare as constants, {@link dev.nestql.query.Column},
 * {@link dev.nestql.query.StringColumn} and {@link dev.nestql.query.ListColumn}; the
 * {@link dev.nestql.query.Condition}s and {@link dev.nestql.query.Order}s they make; and
 * {@link dev.nestql.query.NestqlException}, what every terminal method throws for a database
 * error or a value that cannot be bound or read.
 *
 * <pre>{@code
 * List<CategoryView> rows = CategoryViewQuery.select()
 *     .where(CategoryViewQuery.VENUE_ID.eq(16L).and(CategoryViewQuery.NAME.like("B%")))
 *     .orderBy(CategoryViewQuery.NAME.asc())
 *     .limit(20)
 *     .list(connection);
 * }</pre>
 *
 * <p>A few members exist for generated code and take types of {@link dev.nestql.internal}: the
 * handles' {@code ofSql} factories and {@code ProjectionQuery}'s constructor and {@code with}.
 * Application code does not call them.
 */
package dev.nestql.query;
