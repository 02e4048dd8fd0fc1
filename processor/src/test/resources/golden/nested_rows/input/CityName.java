package com.acme.world;

import dev.nestql.Projection;

@Projection(City.class)
public record CityName(String name) {}
