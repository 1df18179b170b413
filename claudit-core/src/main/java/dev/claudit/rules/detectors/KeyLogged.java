package dev.claudit.rules.detectors;

import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.rules.RuleData;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.LogCall;
import dev.claudit.facts.Value;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Detector;
import dev.claudit.rules.KeyNames;
import dev.claudit.rules.ScanContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code key-logged}: a logging or printing call (SLF4J, Log4j, JUL, {@code System.out}/{@code err},
 * {@code console.log}) one of whose arguments is the key: a reference to {@code ANTHROPIC_API_KEY} or
 * {@code anthropic.api-key}, a variable, field or getter named like an API key, or a string built from one.
 * Printing its length, whether it is set, or a masked, hashed or truncated form is fine — a value that went
 * through {@code mask(...)}, {@code substring(...)}, {@code length()}, {@code isEmpty()} is not the key.
 */
public final class KeyLogged implements Detector {

    public static final String ID = "key-logged";

    /** Words that say a value is derived from the key without revealing it. */
    private static final List<String> SAFE_WORDS = List.of("mask", "redact", "hash", "length", "prefix", "suffix", "last4",
            "lastfour", "substring", "truncat", "obfuscat", "abbrev", "fingerprint", "digest", "sha1", "sha256", "sha512",
            "md5", "isempty", "isblank", "ispresent", "isnull", "nonnull", "preview", "display");
    /** A name ending in one of these is about the key, not the key ({@code apiKeyName}, {@code API_KEY_ENV}). */
    private static final Set<String> META_WORDS = Set.of("name", "names", "header", "env", "var", "variable", "property",
            "prop", "path", "file", "id", "label", "field", "param", "url", "uri", "len", "size", "count", "set", "present",
            "configured", "missing", "valid", "exists", "enabled", "required", "provided", "defined", "type", "format",
            "pattern", "regex", "hint", "source", "location", "ref", "arn", "alias", "policy", "status", "error", "message",
            "msg", "created", "expiry", "expires", "expiration", "rotation", "store", "service", "manager", "provider",
            "holder", "config", "resolver", "loader");
    /** Words a key's name may carry that name no service: {@code defaultApiKey}, {@code PROD_API_KEY}, {@code llmApiKey}. */
    private static final Set<String> NEUTRAL_WORDS = Set.of("api", "key", "keys", "secret", "token", "my", "the", "a", "default",
            "current", "configured", "config", "raw", "plain", "real", "actual", "resolved", "effective", "provided", "given",
            "user", "env", "environment", "prod", "production", "dev", "development", "staging", "test", "new", "old",
            "primary", "secondary", "main", "global", "local", "saved", "stored", "cached", "loaded", "final", "x", "llm", "ai",
            "model", "this", "get", "admin", "workspace", "org", "organization", "service", "client", "app");
    /** Calls that hand the same text on. */
    private static final Set<String> SAME_TEXT = Set.of("toString", "trim", "strip", "stripLeading", "stripTrailing",
            "toUpperCase", "toLowerCase", "get", "orElse", "orElseGet", "orElseThrow", "getValue", "value", "intern",
            "getBytes", "toCharArray", "chars");

    @Override
    public String ruleId() {
        return ID;
    }

    /** What a file must contain for this rule to report in it (the prefilter reads no other file). */
    @Override
    public Keywords keywords(RuleData data) {
        // log calls are read from code only, and a generic key name matters only in a file that logs. Every Java log call
        // the extractors read is a log method (LogCall.JAVA_METHODS) called on a receiver whose name ends in log, logger or
        // logging, or on System.out/err: the receiver is followed by its dot and the method, or by a line break where a
        // formatter breaks a fluent chain before it (logger\n    .atInfo()); or it is an OkHttp HttpLoggingInterceptor,
        // whatever its variable is called. A bare "log" would also take logRequests and dialog, and "log." any call on a
        // catalog: two thirds of the Java files with a key name in langchain4j, through javaparser. In JavaScript, where
        // reading costs little, any log or console: a logger's name and its dot are separate tokens there.
        Set<FileKind> code = Set.of(FileKind.JAVA, FileKind.JAVASCRIPT);
        Set<FileKind> javaOnly = Set.of(FileKind.JAVA);
        Keywords.Builder logs = Keywords.builder().in(javaOnly, true, "system.out", "system.err")
                .in(javaOnly, false, "HttpLoggingInterceptor")
                .in(Set.of(FileKind.JAVASCRIPT), true, "log", "console");
        for (String receiver : List.of("log", "logger", "logging")) {
            for (String after : List.of("\n", "\r")) logs.in(javaOnly, true, receiver + after);
            // the call's parenthesis too: an import (org.apache.commons.logging.Log, logging.log4j) names no call; SLF4J's
            // fluent API opens with atInfo, atDebug, atWarn…: "at" stands for all of them
            for (String method : LogCall.JAVA_METHODS) logs.in(javaOnly, true, receiver + "." + (method.startsWith("at") ? "at" : method + "("));
        }
        return Keywords.builder().ignoringCase(data.vendorWords())
                .together(Keywords.builder().in(code, true, "apikey", "api_key", "api-key").build(), logs.build())
                .build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        if (file.logs().isEmpty()) return;
        KeyNames names = new KeyNames(ctx.data());
        Credentials creds = new Credentials(ctx.data());
        Judge judge = new Judge(ctx, names, creds, aboutAnthropic(file, ctx));
        for (LogCall log : file.logs()) {
            for (Value arg : log.arguments()) {
                Optional<String> key = keyIn(arg, judge, 0);
                // every header is printed, the x-api-key one among them: the key sent there is logged when it is Anthropic's
                if (key.isEmpty() && log.printsAllHeaders() && judge.aboutAnthropic()
                        && KeyNames.names(arg).stream().noneMatch(n -> namesAnotherService(lastName(n), names))) {
                    key = Optional.of(AnthropicHeaders.API_KEY);
                }
                if (key.isEmpty()) continue;
                out.report(ctx.finding(ID).with("sink", log.api()).with("name", key.get()).at(log.location())
                        .matched(log.api() + " " + key.get()).build());
                break;
            }
        }
    }

    /** What decides whether a printed value is an Anthropic key, for one file. */
    private record Judge(ScanContext ctx, KeyNames names, Credentials creds, boolean aboutAnthropic) {

        /**
         * A name of an Anthropic key: one that says so ({@code ANTHROPIC_API_KEY}, {@code claudeKey}), or a generic one
         * ({@code apiKey}, {@code API_KEY}) in a file about Anthropic — never one qualified by another service
         * ({@code weatherApiKey}, {@code OPENWEATHER_API_KEY}): that key is not Anthropic's.
         */
        boolean namesAnthropicKey(String name) {
            if (!namesKey(name, names)) return false;
            return names.namesAnthropicSecret(name) || (aboutAnthropic && !namesAnotherService(name, names));
        }

        /** The same for a constant or field: only its own name counts, not its class's. */
        boolean namesAnthropicKeyField(String qualified) {
            return namesAnthropicKey(qualified.substring(qualified.lastIndexOf('.') + 1));
        }
    }

    /** The file talks to or about Anthropic: an SDK client, or a string that names Anthropic or Claude. */
    private static boolean aboutAnthropic(FileFacts file, ScanContext ctx) {
        if (!file.clients().isEmpty()) return true;
        for (Value.Literal l : file.literals()) {
            String up = l.text().toUpperCase(Locale.ROOT);
            if (ctx.data().vendorWords().stream().anyMatch(up::contains)) return true;
        }
        return false;
    }

    /**
     * A key name qualified by a word that names some other service ({@code weatherApiKey}, {@code SERP_API_KEY},
     * {@code tavily.api-key}): a word that is neither Anthropic's nor one of the neutral ones.
     */
    static boolean namesAnotherService(String name, KeyNames names) {
        if (names.namesAnthropicSecret(name)) return false;
        return words(name).stream().map(w -> w.replaceAll("\\d+$", ""))
                .anyMatch(w -> !w.isEmpty() && !NEUTRAL_WORDS.contains(w));
    }

    /** The name of the key a printed value holds (never the value), or empty. */
    private static Optional<String> keyIn(Value v, Judge judge, int depth) {
        if (depth > 8) return Optional.empty();
        if (v instanceof Value.Concat c) {
            for (Value p : c.parts()) {
                Optional<String> k = keyIn(p, judge, depth + 1);
                if (k.isPresent()) return k;
            }
            return Optional.empty();
        }
        if (v instanceof Value.Literal l) return judge.creds().find(l.text()).map(m -> "a literal " + m.format().kind());
        if (v instanceof Value.Reference r) return judge.namesAnthropicKey(r.name()) ? Optional.of(r.name()) : Optional.empty();
        if (v instanceof Value.Symbol s) {
            Value resolved = judge.ctx().project().resolve(s);
            if (resolved instanceof Value.Literal l) {
                return judge.creds().find(l.text()).isPresent() ? Optional.of(s.name()) : Optional.empty();
            }
            if (!(resolved instanceof Value.Symbol)) {
                if (keyIn(resolved, judge, depth + 1).isPresent()) return Optional.of(s.name());
                // read from another service's variable: not Anthropic's key, whatever the constant is called
                if (resolved instanceof Value.Reference r && namesAnotherService(r.name(), judge.names())) return Optional.empty();
            }
            return judge.namesAnthropicKeyField(s.name()) ? Optional.of(s.name()) : Optional.empty();
        }
        if (v instanceof Value.Unknown u) return printedName(u.description(), judge.names()).filter(n -> judge.namesAnthropicKey(lastName(n)));
        return Optional.empty();
    }

    /** The name a hint ends in, getter prefix and calls dropped: {@code settings.getApiKey().trim()} gives {@code ApiKey}. */
    private static String lastName(String hint) {
        return decidingName(hint).orElse(hint);
    }

    /** The last name in a hint that is not a same-text call, its getter prefix dropped; empty when every segment is one. */
    private static Optional<String> decidingName(String hint) {
        String[] segs = hint.split("\\.");
        for (int i = segs.length - 1; i >= 0; i--) {
            String seg = segs[i];
            boolean call = seg.endsWith("()");
            String name = call ? seg.substring(0, seg.length() - 2) : seg;
            if (call && SAME_TEXT.contains(name)) continue;
            if (call && name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) name = name.substring(3);
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /**
     * Reads a names-only hint such as {@code config.getApiKey()} or {@code apiKey.substring()}: the last
     * name that is not a same-text call decides, and any masking word anywhere makes the value safe.
     */
    static Optional<String> printedName(String hint, KeyNames names) {
        if (hint.isEmpty() || hint.startsWith("new ") || hasSafeWord(hint)) return Optional.empty();
        return decidingName(hint).filter(name -> namesKey(name, names)).map(name -> hint);
    }

    /** A name for the key itself: {@code apiKey}, {@code ANTHROPIC_API_KEY}, {@code anthropic.api-key} — not {@code apiKeyLength}. */
    static boolean namesKey(String name, KeyNames names) {
        if (!names.namesApiKey(name) || hasSafeWord(name)) return false;
        String simple = name.substring(name.lastIndexOf('.') + 1);
        List<String> words = words(simple);
        if (words.isEmpty()) return false;
        if (words.get(0).equals("is") || words.get(0).equals("has")) return false;
        return !META_WORDS.contains(words.get(words.size() - 1));
    }

    private static boolean hasSafeWord(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return SAFE_WORDS.stream().anyMatch(lower::contains);
    }

    /** camelCase, snake_case and kebab-case words, lower case. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1)));
            if (boundary && cur.length() > 0) {
                out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) cur.append(c);
        }
        if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
        return out;
    }
}
