package dev.claudit.extract.markdown;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.facts.FileKind;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the fenced code blocks of a Markdown or MDX page (a README's workflow step, a {@code curl} line, a
 * {@code .env} sample) with the extractor of the language the fence names, so what a reader copies from the docs is
 * checked like a file of that kind. Blocks without a language, in languages without an extractor, that do not
 * mention Anthropic or Claude, or that the text just before introduces as a counterexample ("Before:", "Don't",
 * "❌") are not read; a block that does not parse is passed over silently (snippets elide with {@code ...}).
 */
public final class MarkdownExtractor implements Extractor {

    /** At most this many blocks of one page are read (each is parsed on its own). */
    private static final int MAX_BLOCKS = 500;

    private static final Map<String, FileKind> LANGUAGES = Map.ofEntries(
            Map.entry("yaml", FileKind.YAML), Map.entry("yml", FileKind.YAML),
            Map.entry("json", FileKind.JSON), Map.entry("jsonc", FileKind.JSON),
            Map.entry("sh", FileKind.SHELL), Map.entry("bash", FileKind.SHELL), Map.entry("shell", FileKind.SHELL),
            Map.entry("zsh", FileKind.SHELL), Map.entry("console", FileKind.SHELL), Map.entry("shell-session", FileKind.SHELL),
            Map.entry("shellsession", FileKind.SHELL), Map.entry("terminal", FileKind.SHELL),
            Map.entry("env", FileKind.ENV), Map.entry("dotenv", FileKind.ENV), Map.entry(".env", FileKind.ENV),
            Map.entry("properties", FileKind.PROPERTIES),
            Map.entry("dockerfile", FileKind.DOCKERFILE), Map.entry("docker", FileKind.DOCKERFILE),
            Map.entry("js", FileKind.JAVASCRIPT), Map.entry("javascript", FileKind.JAVASCRIPT), Map.entry("jsx", FileKind.JAVASCRIPT),
            Map.entry("ts", FileKind.JAVASCRIPT), Map.entry("typescript", FileKind.JAVASCRIPT), Map.entry("tsx", FileKind.JAVASCRIPT),
            Map.entry("mjs", FileKind.JAVASCRIPT), Map.entry("cjs", FileKind.JAVASCRIPT));

    /** Words that introduce a block as what not to do, or as the old way. */
    private static final String[] COUNTEREXAMPLE = {"before", "don't", "don’t", "do not", "never", "wrong", "incorrect",
            "avoid", "❌", "bad:", "legacy", "deprecated", "old way", "previously", "instead of"};

    private final Function<FileKind, Extractor> extractors;

    /** @param extractors the extractor of each kind a block may be written in (null: none) */
    public MarkdownExtractor(Function<FileKind, Extractor> extractors) {
        this.extractors = extractors;
    }

    /** A Markdown or MDX page, by its file name. */
    public static boolean isMarkdown(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".mdx") || n.endsWith(".markdown");
    }

    @Override
    public void extract(String path, String text, FactSink sink) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int blocks = 0;
        for (int i = 0; i < lines.length && blocks < MAX_BLOCKS; i++) {
            Fence open = Fence.opening(lines[i]);
            if (open == null) continue;
            int close = i + 1;
            while (close < lines.length && !open.closedBy(lines[close])) close++;
            if (close == lines.length) return; // an unclosed fence: the rest of the page is its content, not read
            FileKind kind = LANGUAGES.get(open.language());
            Extractor extractor = kind == null ? null : extractors.apply(kind);
            if (extractor != null && close > i + 1 && mentionsAnthropic(lines, i + 1, close) && !counterexample(lines, i)) {
                blocks++;
                read(path, lines, i + 1, close, kind, open.language(), extractor, sink);
            }
            i = close;
        }
    }

    /**
     * Reads lines {@code [from, to)} as a file of {@code kind} whose earlier lines are blank, so every location is the
     * page's own; what it yields joins the page's facts only when the whole block was read.
     */
    private static void read(String path, String[] lines, int from, int to, FileKind kind, String language, Extractor extractor,
                             FactSink page) {
        StringBuilder b = new StringBuilder();
        b.append("\n".repeat(from));
        boolean prompts = language.equals("console") || language.startsWith("shell") || language.equals("terminal");
        for (int j = from; j < to; j++) {
            String line = lines[j];
            // a prompt is no part of the command: blanked, so the columns stay the page's
            if (prompts && line.stripLeading().startsWith("$ ")) line = line.replaceFirst("\\$ ", "  ");
            b.append(line).append('\n');
        }
        FactSink block = page.forBlock(kind);
        try {
            extractor.extract(path, b.toString(), block);
        } catch (Exception | StackOverflowError e) {
            return; // a snippet, not a file: one that does not parse is not worth a notice
        }
        page.absorb(block);
    }

    private static boolean mentionsAnthropic(String[] lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String l = lines[j].toLowerCase(Locale.ROOT);
            if (l.contains("anthropic") || l.contains("claude")) return true;
        }
        return false;
    }

    /** The nearest non-blank line above the fence (within three lines) introduces the block as a counterexample. */
    private static boolean counterexample(String[] lines, int fence) {
        for (int j = fence - 1; j >= 0 && j >= fence - 3; j--) {
            if (lines[j].isBlank()) continue;
            String l = lines[j].toLowerCase(Locale.ROOT);
            for (String w : COUNTEREXAMPLE) if (l.contains(w)) return true;
            return false;
        }
        return false;
    }

    /** An opening fence: its character, length and the language its info string names (lower case, may be empty). */
    private record Fence(char mark, int length, String language) {

        static Fence opening(String line) {
            String s = line.stripLeading();
            if (s.length() < 3) return null;
            char c = s.charAt(0);
            if (c != '`' && c != '~') return null;
            int n = 0;
            while (n < s.length() && s.charAt(n) == c) n++;
            if (n < 3) return null;
            String info = s.substring(n).strip();
            if (c == '`' && info.indexOf('`') >= 0) return null; // inline code, not a fence
            // ```yaml title="x"   ```{.yaml}   ```ts:app.ts   ```.env
            if (info.startsWith("{")) info = info.substring(1).stripLeading();
            if (info.startsWith(".") && !info.startsWith(".env")) info = info.substring(1);
            int end = 0;
            while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && "{}:,".indexOf(info.charAt(end)) < 0) end++;
            return new Fence(c, n, info.substring(0, end).toLowerCase(Locale.ROOT));
        }

        boolean closedBy(String line) {
            String s = line.strip();
            if (s.length() < length) return false;
            for (int k = 0; k < s.length(); k++) if (s.charAt(k) != mark) return false;
            return true;
        }
    }
}
