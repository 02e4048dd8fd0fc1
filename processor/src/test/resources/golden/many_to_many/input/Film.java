package com.acme.films;

import dev.nestql.Id;
import dev.nestql.Table;

@Table("film")
public record Film(@Id long id, String title, int releaseYear) {}
