/** The name conventions of {@code @Table} records, which the processor applies and the generator follows. */
package dev.nestql.schema.naming;
