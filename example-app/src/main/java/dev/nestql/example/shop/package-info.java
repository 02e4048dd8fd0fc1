/**
 * The shop of the forum question: venues, the categories on their menus, and products with
 * images. {@link dev.nestql.example.shop.CategoryView} is the shape the question asked for.
 */
package dev.nestql.example.shop;
