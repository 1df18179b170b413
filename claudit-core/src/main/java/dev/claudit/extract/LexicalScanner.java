package dev.claudit.extract;

import dev.claudit.facts.CredentialToken;
import dev.claudit.facts.EscapedText;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Location;
import dev.claudit.facts.Value;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The scan every text file gets, whatever its kind and whether or not it parses: credential-shaped
 * tokens ({@code sk-ant-<kind><nn>-...}) at exact positions, and suppression comments. No regex, one pass.
 */
public final class LexicalScanner {

    static final String KEY_MARK = CredentialToken.MARK;
    private static final String IGNORE_MARK = "claudit:ignore";

    private LexicalScanner() {
    }

    public static void scan(String text, LineIndex lines, FactSink sink) {
        scan(text, lines, sink, text.length());
    }

    /**
     * Scans {@code text} with suppression markers counted inside the comments {@code comments} gives (asked for at
     * the first marker, so a file without one is not lexed); when it gives null, inside those {@link CommentSpans#of} finds.
     */
    public static void scan(String text, LineIndex lines, FactSink sink, Supplier<CommentSpans> comments) {
        scan(text, lines, sink, text.length(), comments);
    }

    /** Scans {@code text} but reports only what starts before {@code limit} (a window that overlaps the next one). */
    static void scan(String text, LineIndex lines, FactSink sink, int limit) {
        scan(text, lines, sink, limit, () -> null);
    }

    private static void scan(String text, LineIndex lines, FactSink sink, int limit, Supplier<CommentSpans> comments) {
        findTokens(text, lines, sink, limit);
        findEscapedTokens(text, lines, sink, limit);
        findSuppressions(text, lines, sink, limit, comments);
    }

    private static void findTokens(String text, LineIndex lines, FactSink sink, int limit) {
        int from = 0;
        while (true) {
            int i = text.indexOf(KEY_MARK, from);
            if (i < 0 || i >= limit) return;
            int end = i + KEY_MARK.length();
            while (end < text.length() && isTokenChar(text.charAt(end))) end++;
            // a token preceded by a token character is part of a longer word, not a key
            if (i == 0 || !isTokenChar(text.charAt(i - 1))) {
                sink.token(new Value.Literal(text.substring(i, end), lines.span(i, end - i)));
            }
            from = Math.max(end, i + 1);
        }
    }

    /**
     * Keys written with escapes, continuations or joined quotes ({@link EscapedText}): found in the decoded text and
     * reported at the original characters, from the first to the last; those the plain scan found are not repeated.
     */
    private static void findEscapedTokens(String text, LineIndex lines, FactSink sink, int limit) {
        // a decoded key holds "-ant-"; most files have a backslash somewhere, few any way of writing that otherwise
        if (!EscapedText.mayChange(text) || !EscapedText.mayDecodeToKeyMark(text)) return;
        EscapedText decoded = EscapedText.of(text);
        String d = decoded.text();
        int from = 0;
        while (true) {
            int i = d.indexOf(KEY_MARK, from);
            if (i < 0 || decoded.origin()[i] >= limit) return;
            int end = i + KEY_MARK.length();
            while (end < d.length() && isTokenChar(d.charAt(end))) end++;
            int start = decoded.origin()[i];
            boolean plainMissed = decoded.changed(i, end) || (start > 0 && isTokenChar(text.charAt(start - 1)));
            if ((i == 0 || !isTokenChar(d.charAt(i - 1))) && plainMissed) {
                int originalEnd = decoded.originEnd()[end - 1];
                Location first = lines.span(start, originalEnd - start);
                Location last = lines.span(originalEnd - 1, 1);
                sink.token(new Value.Literal(d.substring(i, end), new Location(first.path(), first.line(), first.column(),
                        last.line(), last.endColumn())));
            }
            from = Math.max(end, i + 1);
        }
    }

    static boolean isTokenChar(char c) {
        return CredentialToken.isTokenChar(c);
    }

    /** Suppression markers, counted only inside comments (see {@link CommentSpans}); the comments are found at the first marker. */
    private static void findSuppressions(String text, LineIndex lines, FactSink sink, int limit, Supplier<CommentSpans> lexed) {
        CommentSpans[] comments = new CommentSpans[1];
        java.util.function.IntPredicate inComment = i -> {
            if (comments[0] == null) comments[0] = lexed.get();
            if (comments[0] == null) comments[0] = CommentSpans.of(text, sink.kind());
            return comments[0].contains(i);
        };
        mark(text, lines, sink, "gitleaks:allow", Set.of("hardcoded-credential"), limit, inComment);
        mark(text, lines, sink, "pragma: allowlist secret", Set.of("hardcoded-credential"), limit, inComment);
        int from = 0;
        while (true) {
            int i = text.indexOf(IGNORE_MARK, from);
            if (i < 0 || i >= limit) return;
            if (!inComment.test(i)) {
                from = i + IGNORE_MARK.length();
                continue;
            }
            int j = i + IGNORE_MARK.length();
            Set<String> rules = new LinkedHashSet<>();
            // optional rule list: "claudit:ignore rule-a,rule-b" (spaces after commas allowed)
            int k = j;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
            int listEnd = k;
            while (listEnd < text.length() && (isTokenChar(text.charAt(listEnd)) || text.charAt(listEnd) == ','
                    || (text.charAt(listEnd) == ' ' && listEnd > k && text.charAt(listEnd - 1) == ','))) listEnd++;
            if (k > j || (k < text.length() && text.charAt(k) == ',')) {
                Arrays.stream(text.substring(k, listEnd).split(","))
                        .map(String::trim).filter(s -> s.matches("[a-z][a-z0-9-]*")).forEach(rules::add);
            }
            if (rules.isEmpty()) rules.add(FileFacts.ALL_RULES);
            sink.suppress(lines.line(i), rules);
            from = j;
        }
    }

    private static void mark(String text, LineIndex lines, FactSink sink, String marker, Set<String> rules, int limit,
                             java.util.function.IntPredicate inComment) {
        int from = 0;
        while (true) {
            int i = text.indexOf(marker, from);
            if (i < 0 || i >= limit) return;
            if (inComment.test(i)) sink.suppress(lines.line(i), rules);
            from = i + marker.length();
        }
    }
}
