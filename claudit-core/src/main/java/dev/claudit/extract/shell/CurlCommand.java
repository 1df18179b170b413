package dev.claudit.extract.shell;

import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@code curl} command line the way curl parses its arguments: options that take a value consume
 * the next word (or the rest of a short-option cluster, {@code -XPOST}, {@code -H"..."}); every other
 * word is a URL, wherever it stands; {@code --} ends the options and {@code -:}/{@code --next} starts a new
 * request. Headers come from {@code -H}/{@code --header}, {@code -u} (Basic), {@code --oauth2-bearer},
 * {@code -A} and {@code -e}. The header set is complete, since all of it is on the command line, unless a
 * config file ({@code -K}), a header file ({@code -H @file}), a header whose name is not literal, or an
 * unquoted expansion that may stand for more options is involved.
 */
final class CurlCommand {

    /** Short options that take a value (curl 8). */
    private static final String SHORT_WITH_VALUE = "AbcCdDeEFHKmoPQrtTuUwxXyYz";

    /** Long options that take a value (curl 8); others are flags. */
    private static final Set<String> LONG_WITH_VALUE = Set.of(
            "abstract-unix-socket", "alt-svc", "aws-sigv4", "cacert", "capath", "cert", "cert-type", "ciphers", "config",
            "connect-timeout", "connect-to", "continue-at", "cookie", "cookie-jar", "create-file-mode", "crlfile", "curves",
            "data", "data-ascii", "data-binary", "data-raw", "data-urlencode", "delegation", "dns-interface", "dns-ipv4-addr",
            "dns-ipv6-addr", "dns-servers", "doh-url", "dump-header", "ech", "egd-file", "engine", "etag-compare", "etag-save",
            "expect100-timeout", "form", "form-string", "ftp-account", "ftp-alternative-to-user", "ftp-method", "ftp-port",
            "ftp-ssl-ccc-mode", "happy-eyeballs-timeout-ms", "haproxy-clientip", "header", "hostpubmd5", "hostpubsha256",
            "hsts", "interface", "ip-tos", "ipfs-gateway", "json", "keepalive-cnt", "keepalive-time", "key", "key-type", "krb",
            "libcurl", "limit-rate", "local-port", "login-options", "mail-auth", "mail-from", "mail-rcpt", "max-filesize",
            "max-redirs", "max-time", "netrc-file", "noproxy", "oauth2-bearer", "output", "output-dir", "parallel-max",
            "pass", "pinnedpubkey", "preproxy", "proto", "proto-default", "proto-redir", "proxy", "proxy-cacert",
            "proxy-capath", "proxy-cert", "proxy-cert-type", "proxy-ciphers", "proxy-crlfile", "proxy-header", "proxy-key",
            "proxy-key-type", "proxy-pass", "proxy-pinnedpubkey", "proxy-service-name", "proxy-tls13-ciphers",
            "proxy-tlsauthtype", "proxy-tlspassword", "proxy-tlsuser", "proxy-user", "proxy1.0", "pubkey", "quote",
            "random-file", "range", "rate", "referer", "request", "request-target", "resolve", "retry", "retry-delay",
            "retry-max-time", "sasl-authzid", "service-name", "socks4", "socks4a", "socks5", "socks5-gssapi-service",
            "socks5-hostname", "speed-limit", "speed-time", "stderr", "telnet-option", "tftp-blksize", "time-cond",
            "tls-max", "tls13-ciphers", "tlsauthtype", "tlspassword", "tlsuser", "trace", "trace-ascii", "trace-config",
            "unix-socket", "upload-file", "url", "url-query", "user", "user-agent", "variable", "write-out",
            "expand-data", "expand-header", "expand-url", "expand-user", "expand-output", "expand-json");

    private final SourceMap map;
    private final Function<String, Value> variables;
    private final List<Request> requests = new ArrayList<>();
    private Request current = new Request();

    /** One request group (curl's {@code --next} separates them). */
    private static final class Request {
        final List<Header> headers = new ArrayList<>();
        final List<Value> urls = new ArrayList<>();
        /** unquoted expansions: options or a URL; URLs only when the request has no other */
        final List<Value> maybeUrls = new ArrayList<>();
        boolean complete = true;

        List<Value> targets() {
            return urls.isEmpty() ? maybeUrls : urls;
        }
    }

    private CurlCommand(SourceMap map, Function<String, Value> variables) {
        this.map = map;
        this.variables = variables;
    }

    /** The HTTP calls of the curl command whose program word is {@code words.get(at)}. */
    static List<HttpCall> read(List<ShellWord> words, int at, SourceMap map, Function<String, Value> variables) {
        CurlCommand c = new CurlCommand(map, variables);
        c.arguments(words, at + 1);
        ShellWord program = words.get(at);
        Location where = map.span(program.start(), program.end());
        List<HttpCall> out = new ArrayList<>();
        for (Request r : c.requests) {
            for (Value url : r.targets()) out.add(new HttpCall(url, r.headers, r.complete, HttpCall.Api.CURL, false, where));
        }
        return out;
    }

    /** True for a program word that runs curl ({@code curl}, {@code /usr/bin/curl}, {@code curl.exe}). */
    static boolean isCurl(String program) {
        if (program == null) return false;
        String base = program.substring(program.lastIndexOf('/') + 1);
        return base.equals("curl") || base.equalsIgnoreCase("curl.exe");
    }

    private void arguments(List<ShellWord> words, int from) {
        boolean options = true;
        for (int k = from; k < words.size(); k++) {
            ShellWord w = words.get(k);
            String prefix = w.literalPrefix();
            if (w.expandsToWords() || (w.bareExpansion() && options && !singleUrl(value(w)))) {
                // "$@" or an unquoted $OPTS may hold more options, headers included
                current.complete = false;
                if (w.bareExpansion() && !w.expandsToWords()) current.maybeUrls.add(value(w));
                continue;
            }
            if (!options) {
                current.urls.add(value(w));
            } else if (prefix.equals("--") && w.parts().size() == 1) {
                options = false;
            } else if (prefix.startsWith("--")) {
                String name = prefix.substring(2);
                if (LONG_WITH_VALUE.contains(name)) {
                    ShellWord arg = k + 1 < words.size() ? words.get(++k) : null;
                    option(name, arg);
                } else if (name.equals("next")) {
                    next();
                }
            } else if (prefix.startsWith("-") && prefix.length() > 1) {
                for (int j = 1; j < prefix.length(); j++) {
                    char ch = prefix.charAt(j);
                    if (ch == ':') {
                        next();
                        continue;
                    }
                    if (SHORT_WITH_VALUE.indexOf(ch) < 0) continue;
                    ShellWord rest = w.dropPrefix(j + 1);
                    ShellWord arg = !rest.parts().isEmpty() ? rest : k + 1 < words.size() ? words.get(++k) : null;
                    option(shortName(ch), arg);
                    break;
                }
            } else {
                current.urls.add(value(w));
            }
        }
        requests.add(current);
    }

    private void next() {
        requests.add(current);
        current = new Request();
    }

    private static String shortName(char c) {
        return switch (c) {
            case 'H' -> "header";
            case 'u' -> "user";
            case 'A' -> "user-agent";
            case 'e' -> "referer";
            case 'K' -> "config";
            default -> String.valueOf(c);
        };
    }

    private void option(String name, ShellWord arg) {
        if (arg == null) return;
        Location at = map.span(arg.start(), arg.end());
        switch (name) {
            case "header", "expand-header" -> header(arg, at);
            case "url", "expand-url" -> current.urls.add(value(arg));
            case "config" -> current.complete = false;
            case "user", "expand-user" -> current.headers.add(new Header("Authorization", Value.concat(new Value.Literal("Basic ", at), value(arg), at), at));
            case "oauth2-bearer" -> current.headers.add(new Header("Authorization", Value.concat(new Value.Literal("Bearer ", at), value(arg), at), at));
            case "user-agent" -> current.headers.add(new Header("User-Agent", value(arg), at));
            case "referer" -> current.headers.add(new Header("Referer", value(arg), at));
            default -> {
                // data, output, method and transport options do not change the headers
            }
        }
    }

    /** {@code -H "Name: value"}; {@code -H "Name;"} sends an empty header; {@code -H @file} reads headers from a file. */
    private void header(ShellWord arg, Location at) {
        if (arg.literalPrefix().startsWith("@")) {
            current.complete = false;
            return;
        }
        ShellWord[] kv = arg.splitAt(':');
        if (kv != null) {
            String name = kv[0].literalText();
            Value nameValue = new Value.Literal(name.trim(), map.span(kv[0].start(), kv[0].end()));
            current.headers.add(new Header(nameValue, value(kv[1].stripLeading()), at));
            return;
        }
        String text = arg.literalText();
        if (text != null && text.endsWith(";")) {
            current.headers.add(new Header(text.substring(0, text.length() - 1).trim(), new Value.Literal("", at), at));
            return;
        }
        current.complete = false;
        current.headers.add(new Header(new Value.Unknown("header", at), value(arg), at));
    }

    /** An unquoted variable the script set to one URL-like word: it cannot stand for options. */
    private static boolean singleUrl(Value v) {
        String t = v.knownText().orElse(null);
        return t != null && !t.isEmpty() && !t.startsWith("-") && t.chars().noneMatch(Character::isWhitespace);
    }

    private Value value(ShellWord w) {
        return w.value(map, variables);
    }
}
