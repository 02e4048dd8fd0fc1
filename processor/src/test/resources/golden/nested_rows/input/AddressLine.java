package com.acme.world;

import dev.nestql.Projection;

@Projection(Address.class)
public record AddressLine(long id, String street) {}
