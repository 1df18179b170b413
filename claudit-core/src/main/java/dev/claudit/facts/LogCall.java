package dev.claudit.facts;

import java.util.List;
import java.util.Set;

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

    /**
     * The names of the Java methods a log or print call is made with (SLF4J, Log4j, java.util.logging, commons-logging,
     * {@code PrintStream}; {@code atInfo} opens SLF4J's fluent API): what the Java extractor reads as a log call, and
     * what a Java file must write after a logger's name and its dot for key-logged to read it.
     */
    public static final Set<String> JAVA_METHODS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log",
            "fine", "finer", "finest", "severe", "warning", "config", "print", "println", "printf", "format", "atInfo");

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
