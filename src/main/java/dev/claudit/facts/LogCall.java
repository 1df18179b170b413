package dev.claudit.facts;

import java.util.List;

/** A logging or printing call and the values it prints. */
public record LogCall(String api, List<Value> arguments, Location location) {

    public LogCall {
        arguments = List.copyOf(arguments);
    }
}
