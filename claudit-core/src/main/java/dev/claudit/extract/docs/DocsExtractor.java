package dev.claudit.extract.docs;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.facts.FileKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code blocks of a documentation page — Markdown or MDX fences, AsciiDoc {@code [source,lang]} listings —
 * with the extractor of the language the block names, so what a reader copies from the docs (a README's workflow
 * step, a {@code curl} line, a {@code .env} sample, a Java builder) is checked like a file of that kind. Blocks
 * without a language, in languages without an extractor, that do not mention Anthropic or Claude, or that the text
 * just before introduces as a counterexample ("Before:", "Don't", "❌") are not read; a block that does not parse is
 * passed over silently (snippets elide with {@code ...}). A Java snippet of statements or members is read inside a
 * class written on its fence lines, so its own lines and columns stay the page's.
 */
public final class DocsExtractor implements Extractor {

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
            Map.entry("java", FileKind.JAVA),
            Map.entry("js", FileKind.JAVASCRIPT), Map.entry("javascript", FileKind.JAVASCRIPT), Map.entry("jsx", FileKind.JAVASCRIPT),
            Map.entry("ts", FileKind.JAVASCRIPT), Map.entry("typescript", FileKind.JAVASCRIPT), Map.entry("tsx", FileKind.JAVASCRIPT),
            Map.entry("mjs", FileKind.JAVASCRIPT), Map.entry("cjs", FileKind.JAVASCRIPT));

    /** How a sentence starts that introduces a block as what not to do, or as the old way ("Before (v0.x):", "Don't"). */
    private static final String[] COUNTEREXAMPLE_START = {"before", "old", "legacy", "deprecated", "wrong", "incorrect", "bad",
            "don't", "don’t", "do not", "never", "avoid", "previously", "❌", "⛔", "🚫"};
    /** What such a sentence holds anywhere ("Option 1 (deprecated):", "❌ Wrong"). */
    private static final String[] COUNTEREXAMPLE_WORDS = {"❌", "(deprecated", "(old", "(legacy", "(before", "before:", "wrong:",
            "incorrect:", "bad:", "old:", "don't do", "do not do"};

    /** An AsciiDoc block attribute line naming a source language: {@code [source,java]}, {@code [source, yaml, subs=…]}, {@code [,bash]}. */
    private static final Pattern ADOC_SOURCE = Pattern.compile("\\[(?:source)?\\s*,\\s*([\\w.+-]+)[^\\]]*]");
    /** A Java snippet that is a whole file: it declares its package, imports or a top-level type. */
    private static final Pattern JAVA_FILE = Pattern.compile("(?m)^(package |import |(public |final |abstract )*(class|interface|record|enum) )");
    /** A Java snippet of class members: a method, constructor or field declaration with a modifier or an annotation. */
    private static final Pattern JAVA_MEMBERS = Pattern.compile("(?m)^\\s*(@\\w+|(public|private|protected|static)\\s)");

    private final Function<FileKind, Extractor> extractors;

    /** @param extractors the extractor of each kind a block may be written in (null: none) */
    public DocsExtractor(Function<FileKind, Extractor> extractors) {
        this.extractors = extractors;
    }

    /**
     * Folders of design records and release history, and pages that record a change: a migration or upgrade guide
     * (its samples show the version it was written for, beside the one it replaced), a deprecations page (it names
     * the retired ids on purpose). Their samples illustrate a proposal or record what once was, nobody copies them.
     */
    private static final Pattern RECORDS = Pattern.compile(
            "(^|.*/)(proposals?|rfcs?|adrs?|decisions|enhancements|keps|changelogs?|release-notes|releases)/.*"
                    + "|(^|.*/)(changelog|changes|history|release[-_]?notes)(\\.[a-z]+)+"
                    + "|(^|.*/)[^/]*(migration|migrating|upgrading|upgrade[-_]guide|deprecations|deprecated[-_]models)[^/]*(/.*)?");

    /** A Markdown, MDX or AsciiDoc page that readers copy from, by its path: not a design record or a changelog. */
    public static boolean isDocsPage(String path) {
        String n = path.toLowerCase(Locale.ROOT).replace('\\', '/');
        boolean page = n.endsWith(".md") || n.endsWith(".mdx") || n.endsWith(".markdown") || isAsciiDoc(n);
        return page && !RECORDS.matcher(n).matches();
    }

    /**
     * A schema's {@code enum} ({@code model.enum}): in a docs page's JSON or YAML reference it describes what the field
     * accepts, so the ids in it are only mentioned (in code a schema's enum still offers them).
     */
    public static boolean isSchemaEnum(String keyPath) {
        return keyPath.equals("enum") || keyPath.endsWith(".enum");
    }

    private static boolean isAsciiDoc(String lowerPath) {
        return lowerPath.endsWith(".adoc") || lowerPath.endsWith(".asciidoc");
    }

    @Override
    public void extract(String path, String text, FactSink sink) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean asciiDoc = isAsciiDoc(path.toLowerCase(Locale.ROOT));
        int blocks = 0;
        for (int i = 0; i < lines.length && blocks < MAX_BLOCKS; i++) {
            Block b = asciiDoc ? asciiDocBlock(lines, i) : markdownBlock(lines, i);
            if (b == null) continue;
            if (b.close == lines.length) return; // an unclosed block: the rest of the page is its content, not read
            FileKind kind = LANGUAGES.get(b.language);
            Extractor extractor = kind == null ? null : extractors.apply(kind);
            if (extractor != null && b.close > b.open + 1 && mentionsAnthropic(lines, b.open + 1, b.close)
                    && !counterexample(lines, b.intro) && !catalogue(lines, b.open + 1, b.close)) {
                blocks++;
                read(path, lines, b, kind, extractor, sink);
            }
            i = b.close;
        }
    }

    /**
     * A block: the line that introduces it ({@code intro}: its fence or attribute line), its opening delimiter, its
     * closing one ({@code lines.length} when it has none) and its language (lower case, may be empty).
     */
    private record Block(int intro, int open, int close, String language) {
    }

    private static Block markdownBlock(String[] lines, int i) {
        Fence open = Fence.opening(lines[i]);
        if (open == null) return null;
        int close = i + 1;
        while (close < lines.length && !open.closedBy(lines[close])) close++;
        return new Block(i, i, close, open.language());
    }

    /** {@code [source,lang]}, an optional {@code .Title} line, then a {@code ----} or {@code ....} delimited listing. */
    private static Block asciiDocBlock(String[] lines, int i) {
        Matcher m = ADOC_SOURCE.matcher(lines[i].strip());
        if (!m.matches()) return null;
        int open = i + 1;
        if (open < lines.length && lines[open].startsWith(".") && !lines[open].startsWith("..")) open++; // a block title
        if (open >= lines.length) return null;
        String delimiter = lines[open].strip();
        if (delimiter.length() < 4 || !(delimiter.chars().allMatch(c -> c == '-') || delimiter.chars().allMatch(c -> c == '.'))) {
            return null;
        }
        int close = open + 1;
        while (close < lines.length && !lines[close].strip().equals(delimiter)) close++;
        return new Block(i, open, close, m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the block's lines as a file of {@code kind} whose other lines are blank, so every location is the page's;
     * what it yields joins the page's facts only when the whole block was read.
     */
    private static void read(String path, String[] lines, Block b, FileKind kind, Extractor extractor, FactSink page) {
        StringBuilder body = new StringBuilder();
        boolean prompts = b.language.equals("console") || b.language.startsWith("shell") || b.language.equals("terminal");
        // a session that shows its prompts: the lines that are neither a command nor its continuation are its output
        boolean session = prompts && hasPrompt(lines, b.open + 1, b.close);
        boolean continued = false;
        for (int j = b.open + 1; j < b.close; j++) {
            String line = lines[j];
            boolean command = line.stripLeading().startsWith("$ ");
            // a prompt is no part of the command: blanked, so the columns stay the page's
            if (prompts && command) line = line.replaceFirst("\\$ ", "  ");
            else if (session && !continued) line = ""; // output: what the command printed, not what it sends
            if (session) continued = (command || continued) && line.stripTrailing().endsWith("\\");
            body.append(line).append('\n');
        }
        String code = kind == FileKind.JAVA ? unelided(body.toString()) : body.toString();
        for (String[] wrap : wrappings(kind, code)) {
            // the wrapping's opening is written on the opening delimiter's line, its closing on the closing one's
            String file = "\n".repeat(b.open) + wrap[0] + "\n" + code + wrap[1] + "\n";
            FactSink block = page.forBlock(kind);
            try {
                extractor.extract(path, file, block);
            } catch (Exception | StackOverflowError e) {
                continue; // a snippet, not a file: one that does not parse is not worth a notice
            }
            if (block.hasNotices()) continue; // read only in part
            page.absorb(block);
            return;
        }
    }

    /** {@code ...} standing for arguments ({@code List.of(...)}) or for lines left out, not a varargs parameter. */
    private static final Pattern ELISION = Pattern.compile("(?m)(?<=[(,{\\[=]\\s{0,40})\\.\\.\\.(?=\\s*[)},;\\]]|\\s*$)|^[ \\t]*\\.\\.\\.[ \\t]*$");

    /** A Java snippet with its elisions blanked (same length, so columns stay the page's): it parses as the code around them. */
    static String unelided(String code) {
        return ELISION.matcher(code).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** How a block is tried, in order: as written; a Java snippet also as a method's body or a class's members. */
    private static List<String[]> wrappings(FileKind kind, String code) {
        String[] asIs = {"", ""};
        if (kind != FileKind.JAVA) return List.<String[]>of(asIs);
        String[] statements = {"class Snippet { void snippet() throws Exception {", "}}"};
        String[] members = {"class Snippet {", "}"};
        if (JAVA_FILE.matcher(code).find()) return List.of(asIs, members, statements);
        return JAVA_MEMBERS.matcher(code).find() ? List.of(members, statements, asIs) : List.of(statements, members, asIs);
    }

    private static boolean hasPrompt(String[] lines, int from, int to) {
        for (int j = from; j < to; j++) if (lines[j].stripLeading().startsWith("$ ")) return true;
        return false;
    }

    private static boolean mentionsAnthropic(String[] lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String l = lines[j].toLowerCase(Locale.ROOT);
            if (l.contains("anthropic") || l.contains("claude")) return true;
        }
        return false;
    }

    /** A model id as catalogues list them: {@code claude-} and a version or family. */
    private static final Pattern MODEL_ID = Pattern.compile("claude-(\\d|opus|sonnet|haiku|instant)[\\w.-]*");
    /** At least this many distinct model ids make a block a catalogue. */
    private static final int CATALOGUE_IDS = 6;

    /**
     * The block lists models rather than uses one: it names {@value #CATALOGUE_IDS} or more distinct model ids (every
     * model's built-in settings, the shortcuts a package exports). A sample readers copy picks one or two.
     */
    private static boolean catalogue(String[] lines, int from, int to) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int j = from; j < to; j++) {
            Matcher m = MODEL_ID.matcher(lines[j].toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (ids.add(m.group()) && ids.size() >= CATALOGUE_IDS) return true;
            }
        }
        return false;
    }

    /** The nearest non-blank line above the block (within three lines) introduces it as a counterexample. */
    private static boolean counterexample(String[] lines, int intro) {
        for (int j = intro - 1; j >= 0 && j >= intro - 3; j--) {
            if (lines[j].isBlank()) continue;
            String l = lines[j].toLowerCase(Locale.ROOT);
            String start = l.replaceFirst("^[\\s*_#>.:\\-\\d]+", ""); // list marks, emphasis, headings
            for (String w : COUNTEREXAMPLE_START) if (start.startsWith(w)) return true;
            for (String w : COUNTEREXAMPLE_WORDS) if (l.contains(w)) return true;
            return false;
        }
        return false;
    }

    /** A Markdown opening fence: its character, length and the language its info string names (lower case, may be empty). */
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
