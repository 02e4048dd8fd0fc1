package com.acme.events;

import dev.nestql.Column;
import dev.nestql.Id;
import dev.nestql.Table;

@Table("geo.country")
public record Country(@Id long id, String name, @Column("ISO") String isoCode) {}
