package dev.claudit.rules;

import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL taken apart as far as its value is known: scheme, host, port and path. Built from a value's known
 * prefix; a URL whose host comes from configuration (a gateway) has no known host.
 */
public record Endpoint(String scheme, String host, String path, boolean pathKnown) {

    /** Parses the known prefix of a URL value; empty when it does not start with a literal scheme and host. */
    public static Optional<Endpoint> of(Value url) {
        if (url == null) return Optional.empty();
        String prefix = url.knownPrefix().trim();
        boolean whole = url.knownText().isPresent();
        return parse(prefix, whole);
    }

    /** A URL found inside a longer text: where it starts, and what it is. */
    public record Found(int start, Endpoint endpoint) {
    }

    /** Every {@code scheme://...} URL written inside {@code text}, in order; one inside another's query is part of it. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        int i = text.indexOf("://");
        while (i >= 0) {
            int start = i;
            while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
            int end = urlEnd(text, i + 3);
            int s = start;
            parse(text.substring(start, end), true).ifPresent(e -> out.add(new Found(s, e)));
            i = text.indexOf("://", end);
        }
        return out;
    }

    /** Where a URL that continues at {@code from} ends: at white space, a quote, a bracket or a separator. */
    public static int urlEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "\"'`<>()[]{},;|\\".indexOf(text.charAt(end)) < 0) end++;
        return end;
    }

    public static Optional<Endpoint> parse(String text, boolean whole) {
        int schemeEnd = text.indexOf("://");
        if (schemeEnd <= 0) return Optional.empty();
        String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) return Optional.empty();
        int hostStart = schemeEnd + 3;
        int i = hostStart;
        while (i < text.length() && "/?#".indexOf(text.charAt(i)) < 0) i++;
        String authority = text.substring(hostStart, i);
        if (i == text.length() && !whole) return Optional.empty(); // host may continue in an unknown part
        int at = authority.lastIndexOf('@');
        if (at >= 0) authority = authority.substring(at + 1);
        String host = authority;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close > 0 ? host.substring(0, close + 1) : host;
        } else {
            int colon = host.indexOf(':');
            if (colon >= 0) host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        String rest = text.substring(i);
        int q = indexOfAny(rest, "?#");
        String path = q >= 0 ? rest.substring(0, q) : rest;
        return Optional.of(new Endpoint(scheme, host, path, whole || q >= 0));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("0.0.0.0")
                || host.endsWith(".localhost") || host.equals("host.docker.internal");
    }

    /** True for Anthropic's own API host. */
    public boolean isAnthropicApi(RuleData data) {
        return data.officialHosts().contains(host);
    }

    /** True for a native Anthropic API path ({@code /v1/messages}, {@code /v1/models}, ...), not the OpenAI-compatible one. */
    public boolean isNativePath(RuleData data) {
        String p = path.toLowerCase(Locale.ROOT);
        for (String o : data.openAiCompatiblePaths()) if (p.startsWith(o)) return false;
        for (String n : data.nativePaths()) if (p.equals(n) || p.startsWith(n + "/") || p.startsWith(n + "?") || p.startsWith(n)) return true;
        return false;
    }

    /** True when the path is only a base ({@code ""}, {@code /}, {@code /v1}, {@code /v1/}) that native calls extend. */
    public boolean isBase() {
        String p = path;
        return p.isEmpty() || p.equals("/") || p.equals("/v1") || p.equals("/v1/");
    }
}
