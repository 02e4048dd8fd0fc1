package dev.nestql.it.rental.db;

import javax.annotation.processing.Generated;

/**
 * The labels of the PostgreSQL enum {@code order_status}, in its order, read from the database's
 * catalog by nestql's schema generator. Values are read and bound by constant name; a label added
 * to the enum in the database needs a constant here before it can be read.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
public enum OrderStatus {
    pending,

    paid,

    shipped,

    cancelled
}
