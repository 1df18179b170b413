package dev.claudit.facts;

import java.util.List;

/** A logging or printing call and the values it prints. */
public record LogCall(String api, List<Value> arguments, Location location) {

    /**
     * The api of a logger that prints every request header of a client (OkHttp's {@code HttpLoggingInterceptor} at
     * {@code HEADERS} or {@code BODY} level, no {@code redactHeader("x-api-key")}); its arguments are the
     * {@code x-api-key} values that client sends.
     */
    public static final String ALL_HEADERS = "request-header logging";

    public LogCall {
        arguments = List.copyOf(arguments);
    }
}
