/** Which Java type nestql reads each PostgreSQL column type into. */
package dev.nestql.schema.types;
