package dev.claudit.rules.detectors;

import dev.claudit.rules.RuleData;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.LogCall;
import dev.claudit.facts.Value;
import dev.claudit.rules.Credentials;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
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
        // log calls are read from code only; key names are read wherever a logged value may be defined
        return Keywords.builder().ignoringCase(data.vendorWords())
                .in(java.util.Set.of(dev.claudit.facts.FileKind.JAVA, dev.claudit.facts.FileKind.JAVASCRIPT), true, "apikey", "api_key", "api-key")
                .build();
    }

    @Override
    public void detect(FileFacts file, ScanContext ctx, Reporter out) {
        KeyNames names = new KeyNames(ctx.data());
        Credentials creds = new Credentials(ctx.data());
        for (LogCall log : file.logs()) {
            for (Value arg : log.arguments()) {
                Optional<String> key = keyIn(arg, ctx, names, creds, 0);
                if (key.isEmpty()) continue;
                out.report(new Finding(ID, ctx.level(ID), log.location(),
                        ctx.message(ID, "sink", log.api(), "name", key.get()), log.api() + " " + key.get(), null));
                break;
            }
        }
    }

    /** The name of the key a printed value holds (never the value), or empty. */
    private static Optional<String> keyIn(Value v, ScanContext ctx, KeyNames names, Credentials creds, int depth) {
        if (depth > 8) return Optional.empty();
        if (v instanceof Value.Concat c) {
            for (Value p : c.parts()) {
                Optional<String> k = keyIn(p, ctx, names, creds, depth + 1);
                if (k.isPresent()) return k;
            }
            return Optional.empty();
        }
        if (v instanceof Value.Literal l) return creds.find(l.text()).map(m -> "a literal " + m.format().kind());
        if (v instanceof Value.Reference r) return namesKey(r.name(), names) ? Optional.of(r.name()) : Optional.empty();
        if (v instanceof Value.Symbol s) {
            Value resolved = ctx.project().resolve(s);
            if (resolved instanceof Value.Literal l) {
                return creds.find(l.text()).isPresent() ? Optional.of(s.name()) : Optional.empty();
            }
            if (!(resolved instanceof Value.Symbol) && keyIn(resolved, ctx, names, creds, depth + 1).isPresent()) {
                return Optional.of(s.name());
            }
            return namesKey(s.name(), names) ? Optional.of(s.name()) : Optional.empty();
        }
        if (v instanceof Value.Unknown u) return printedName(u.description(), names);
        return Optional.empty();
    }

    /**
     * Reads a names-only hint such as {@code config.getApiKey()} or {@code apiKey.substring()}: the last
     * name that is not a same-text call decides, and any masking word anywhere makes the value safe.
     */
    static Optional<String> printedName(String hint, KeyNames names) {
        if (hint.isEmpty() || hint.startsWith("new ") || hasSafeWord(hint)) return Optional.empty();
        String[] segs = hint.split("\\.");
        for (int i = segs.length - 1; i >= 0; i--) {
            String seg = segs[i];
            boolean call = seg.endsWith("()");
            String name = call ? seg.substring(0, seg.length() - 2) : seg;
            if (call && SAME_TEXT.contains(name)) continue;
            if (call && name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) name = name.substring(3);
            return namesKey(name, names) ? Optional.of(hint) : Optional.empty();
        }
        return Optional.empty();
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
