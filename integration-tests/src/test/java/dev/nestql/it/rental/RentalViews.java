package dev.nestql.it.rental;

import dev.nestql.Count;
import dev.nestql.Interval;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Sum;
import dev.nestql.it.rental.db.Actor;
import dev.nestql.it.rental.db.AuditEvent;
import dev.nestql.it.rental.db.Category;
import dev.nestql.it.rental.db.Customer;
import dev.nestql.it.rental.db.Film;
import dev.nestql.it.rental.db.FilmActor;
import dev.nestql.it.rental.db.FilmCategory;
import dev.nestql.it.rental.db.Language;
import dev.nestql.it.rental.db.Order;
import dev.nestql.it.rental.db.OrderLine;
import dev.nestql.it.rental.db.OrderStatus;
import dev.nestql.it.rental.db.Rental;
import dev.nestql.it.rental.db.Staff;
import dev.nestql.it.rental.db.Ticket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.UUID;

/**
 * Projections over the records that the schema generator wrote for the rental schema
 * ({@code db}): nested lists, many-to-many through join tables, self-references, the two keys
 * from film to language, aggregates, a partitioned table, quoted names and the types of a real
 * schema.
 */
public interface RentalViews {
    @Projection(Actor.class)
    record ActorName(int actorId, String firstName, String lastName) {}

    @Projection(FilmActor.class)
    record Role(@Nested("actor") ActorName actor) {}

    @Projection(FilmCategory.class)
    record Genre(@Path("category.name") String name) {}

    /** A film with its cast and genres (many-to-many through join tables), languages and copies. */
    @Projection(Film.class)
    record FilmView(
            int filmId,
            String title,
            Integer releaseYear,
            String rating,
            List<String> specialFeatures,
            @Path("language.name") String language,
            @Path("originalLanguage.name") String originalLanguage,
            @Nested(value = "filmActors", orderBy = "actorId") List<Role> cast,
            @Nested(value = "filmCategories", orderBy = "categoryId") List<Genre> genres,
            @Count("inventories") long copies) {}

    /** The two relations from film to language, counted apart. */
    @Projection(Language.class)
    record LanguageView(
            short languageId, String name, @Count("filmsByLanguage") long films, @Count("filmsByOriginalLanguage") long dubbed) {}

    @Projection(Staff.class)
    record StaffName(int staffId, String firstName) {}

    /** A self-reference both ways, and a path through three tables. */
    @Projection(Staff.class)
    record StaffView(
            int staffId,
            String firstName,
            String email,
            String role,
            OffsetTime shiftStart,
            @Path("reportsToStaff.firstName") String boss,
            @Nested(value = "staffs", orderBy = "staffId") List<StaffName> reports,
            @Path("store.address.city.city") String city) {}

    @Projection(Rental.class)
    record RentalView(
            long rentalId, OffsetDateTime rentalDate, Interval lateBy, String planned, @Path("inventory.film.title") String film) {}

    /** A customer (uuid key, quoted columns, citext, jsonb, inet, money) with rentals and payments (partitioned). */
    @Projection(Customer.class)
    record CustomerView(
            UUID customerId,
            String firstName,
            String email,
            String preferences,
            List<String> tags,
            String lastIp,
            String creditLimit,
            LocalDate birthDate,
            @Nested(value = "rentals", orderBy = "rentalId") List<RentalView> rentals,
            @Count("payments") long payments,
            @Sum("payments.amount") BigDecimal paid) {}

    @Projection(OrderLine.class)
    record LineView(int lineNo, int quantity, BigDecimal unitPrice, List<BigDecimal> discounts, @Path("film.title") String film) {}

    /** An order of the table named {@code "Order"}, its enum status, its lines (composite key) and its user's login. */
    @Projection(Order.class)
    record OrderView(
            long id,
            OrderStatus status,
            String total,
            @Path("user.login") String login,
            @Nested(value = "orderLines", orderBy = "lineNo") List<LineView> lines) {}

    @Projection(Category.class)
    record CategoryName(int categoryId, String name) {}

    /** A category tree one level deep, and the films of each. */
    @Projection(Category.class)
    record CategoryView(
            int categoryId,
            String name,
            @Path("parent.name") String parent,
            @Nested(value = "categories", orderBy = "name") List<CategoryName> children,
            @Count("filmCategories") long films) {}

    /** Columns named like Java keywords and Object's methods. */
    @Projection(Ticket.class)
    record TicketView(long id, String class_, Integer hashCode_, boolean default_, String seat, String rowLabel) {}

    /** The arrays, enums and text-read types of an audit log, and the user who acted. */
    @Projection(AuditEvent.class)
    record AuditView(
            long id,
            LocalDateTime occurredAt,
            @Path("actorUser.login") String actor,
            List<OrderStatus> statuses,
            List<String> ratings,
            List<Integer> years,
            List<OffsetDateTime> moments,
            List<dev.nestql.Interval> gaps,
            String documents,
            String lsn,
            String network,
            short level) {}
}
