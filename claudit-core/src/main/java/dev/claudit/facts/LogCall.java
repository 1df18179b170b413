package dev.claudit.facts;

import java.util.List;

/**
 * A logging or printing call and the values it prints.
 *
 * @param api       the call as a reader names it ({@code console.log}, {@code System.out}, {@code logger},
 *                  {@code request-header logging}); shown in findings, never compared
 * @param arguments the values it prints
 * @param location  where it is
 * @param printsAllHeaders true for a logger that prints every request header of a client (OkHttp's
 *                  {@code HttpLoggingInterceptor} at {@code HEADERS} or {@code BODY} level with no
 *                  {@code redactHeader("x-api-key")}; a JavaScript object printed whole that holds an {@code apiKey} or an
 *                  {@code x-api-key} header); its arguments are the key values printed with them
 */
public record LogCall(String api, List<Value> arguments, Location location, boolean printsAllHeaders) {

    public LogCall {
        arguments = List.copyOf(arguments);
    }

    /** A call that prints its arguments. */
    public LogCall(String api, List<Value> arguments, Location location) {
        this(api, arguments, location, false);
    }

    /** A logger printing every request header (or a whole options object) that holds {@code keys}. */
    public static LogCall allHeaders(List<Value> keys, Location location) {
        return new LogCall("request-header logging", keys, location, true);
    }
}
