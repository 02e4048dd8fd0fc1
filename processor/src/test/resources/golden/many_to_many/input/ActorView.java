package com.acme.films;

import dev.nestql.Projection;

@Projection(Actor.class)
public record ActorView(long id, String name) {}
