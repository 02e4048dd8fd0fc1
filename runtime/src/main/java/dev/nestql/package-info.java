/**
 * The nestql annotations: {@link dev.nestql.Table}, {@link dev.nestql.Id},
 * {@link dev.nestql.Column} and {@link dev.nestql.ForeignKey} describe tables as records;
 * {@link dev.nestql.Projection}, {@link dev.nestql.Path} and {@link dev.nestql.Nested} describe
 * the shapes to read. The nestql processor reads them at compile time; they are not retained at
 * run time. The query classes it generates extend {@link dev.nestql.query.ProjectionQuery}: the API
 * that application code calls is in {@link dev.nestql.query}.
 */
package dev.nestql;
