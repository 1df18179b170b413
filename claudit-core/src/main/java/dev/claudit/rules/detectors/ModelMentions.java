package dev.claudit.rules.detectors;

import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import dev.claudit.facts.Location;
import dev.claudit.facts.Project;
import dev.claudit.facts.Role;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.rules.ModelIds;
import dev.claudit.rules.ScanContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model ids a file mentions in its literals and setting defaults, each with where it is written and
 * whether it is known to be used as a model value (a setting or option named like {@code model}, a JSON
 * {@code "model"} member). Shared by {@code retired-model} and {@code invalid-model-id} so both judge the
 * same tokens.
 */
final class ModelMentions {

    private ModelMentions() {
    }

    /** What a file must contain for either model rule to report in it: a model id starts with {@code claude}. */
    static Keywords keywords() {
        return Keywords.builder().ignoringCase("claude").build();
    }

    /**
     * One id as written.
     *
     * @param token      the id and its place in the literal
     * @param location   where to report it
     * @param modelValue it is used as a model value
     * @param elsewhere  the literal is written in another file (a constant); reported here at the option that uses it
     * @param role       what the id is to the API where it is written (null: nothing around it says)
     */
    record Mention(ModelIds.Token token, Location location, boolean modelValue, boolean elsewhere, Role role) {
    }

    /** The last file's mentions on this thread, with the file and scan they are of. */
    private static final class Last {
        final FileFacts file;
        final ScanContext ctx;
        final List<Mention> mentions;

        Last(FileFacts file, ScanContext ctx, List<Mention> mentions) {
            this.file = file;
            this.ctx = ctx;
            this.mentions = mentions;
        }
    }

    /** retired-model and invalid-model-id run one after the other on a file: the second takes the first's mentions. */
    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    /** The model ids the file mentions, once per file and scan (the same list to both model rules). */
    static List<Mention> of(FileFacts file, ScanContext ctx) {
        Last last = LAST.get();
        if (last != null && last.file == file && last.ctx == ctx) return last.mentions;
        List<Mention> mentions = List.copyOf(find(file, ctx));
        LAST.set(new Last(file, ctx, mentions));
        return mentions;
    }

    private static List<Mention> find(FileFacts file, ScanContext ctx) {
        Set<Location> modelValues = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        List<Value> modelOptions = new ArrayList<>();
        List<Location> optionSites = new ArrayList<>();
        for (Setting s : file.settings()) {
            if (isModelKey(s.simpleName())) {
                modelOptions.add(s.value());
                optionSites.add(s.location());
            }
            for (Value.Reference r : s.value().references()) {
                if (r.fallback() == null) continue;
                for (ModelIds.Token t : ModelIds.find(r.fallback())) {
                    out.add(new Mention(t, r.location(), isModelKey(s.simpleName()) && t.whole() || t.modelContext(), false,
                            Role.CONFIGURED));
                }
            }
        }
        for (ClientConfig c : file.clients()) {
            c.options().forEach((name, v) -> {
                if (isModelKey(name)) {
                    modelOptions.add(v);
                    optionSites.add(v.location());
                }
            });
        }
        for (int i = 0; i < modelOptions.size(); i++) {
            if (!(ctx.project().resolve(modelOptions.get(i)) instanceof Value.Literal l)) continue;
            if (l.location().path().equals(file.path())) {
                modelValues.add(l.location());
            } else {
                for (ModelIds.Token t : ModelIds.find(l.text())) {
                    out.add(new Mention(t, optionSites.get(i), t.whole(), true, file.role(optionSites.get(i))));
                }
            }
        }
        literals(file, modelValues, out);
        Set<String> seen = new HashSet<>();
        out.removeIf(m -> !seen.add(m.location().path() + ":" + m.location().line() + ":" + m.token().text()));
        return out;
    }

    /**
     * Ids in literals. A literal that is a piece of a folded concatenation is judged in the context of the
     * whole (so {@code "anthropic/" + "claude-…"} stays an OpenRouter id); an id only the whole contains is
     * reported at the whole.
     */
    private static void literals(FileFacts file, Set<Location> modelValues, List<Mention> out) {
        List<Value.Literal> folded = file.literals().stream().filter(Value.Literal::folded).toList();
        Map<Value.Literal, Set<String>> pieceIds = new HashMap<>();
        Map<Value.Literal, Map<String, ModelIds.Token>> wholeIds = new HashMap<>();
        for (Value.Literal lit : file.literals()) {
            if (lit.folded()) continue;
            List<ModelIds.Token> tokens = ModelIds.find(lit.text());
            if (tokens.isEmpty()) continue;
            Value.Literal whole = folded.stream().filter(f -> contains(f.location(), lit.location())).findFirst().orElse(null);
            Map<String, ModelIds.Token> inWhole = whole == null ? Map.of() : wholeIds.computeIfAbsent(whole, w -> {
                Map<String, ModelIds.Token> byText = new HashMap<>();
                for (ModelIds.Token t : ModelIds.find(w.text())) byText.putIfAbsent(t.text(), t);
                return byText;
            });
            for (ModelIds.Token t : tokens) {
                if (whole != null) {
                    ModelIds.Token w = inWhole.get(t.text());
                    if (w == null) continue;
                    pieceIds.computeIfAbsent(whole, k -> new HashSet<>()).add(t.text());
                    t = new ModelIds.Token(t.text(), t.start(), t.whole() && w.whole(), t.modelContext() || w.modelContext());
                }
                if (inProse(file, t, whole != null ? whole.text() : lit.text())) continue;
                boolean modelValue = t.modelContext() || (t.whole() && modelValues.contains(lit.location()));
                Role role = file.role(lit.location());
                if (role == null && whole != null) role = file.role(whole.location());
                out.add(new Mention(t, LiteralSpans.of(lit, t.start(), file.kind()), modelValue, false, role));
            }
        }
        for (Value.Literal f : folded) {
            Set<String> pieces = pieceIds.getOrDefault(f, Set.of());
            for (ModelIds.Token t : ModelIds.find(f.text())) {
                if (pieces.contains(t.text()) || inProse(file, t, f.text())) continue;
                boolean modelValue = t.modelContext() || (t.whole() && modelValues.contains(f.location()));
                out.add(new Mention(t, LiteralSpans.of(f, t.start(), file.kind()), modelValue, false, file.role(f.location())));
            }
        }
    }

    /**
     * Code whose string literals are messages, labels and prompts as often as values; and JSON, whose strings are
     * as often data (a description, a summary, a dataset's question and answer) as settings.
     */
    private static final Set<FileKind> CODE = java.util.EnumSet.of(FileKind.JAVA, FileKind.JAVASCRIPT, FileKind.KOTLIN, FileKind.JSON);

    /**
     * An id named in a sentence of a code string — an error message, a label, a description, a log line — is only
     * mentioned: the string holds words besides it and nothing says the id is a model value ({@code model:},
     * {@code --model}). A list ({@code "a,b"}), a command line with its flag, or a body with its member still count.
     */
    private static boolean inProse(FileFacts file, ModelIds.Token t, String text) {
        if (file.kind() == FileKind.JSON && isDocument(text)) return true;
        if (t.whole() || t.modelContext() || !CODE.contains(file.kind())) return false;
        int words = 0;
        for (String w : text.substring(0, t.start()).concat(" ").concat(text.substring(t.end())).split("\\s+")) {
            String bare = w.replaceAll("^[\"'`(\\[{]+|[\"'`)\\]},.;:!?]+$", "");
            if (bare.length() >= 2 && bare.chars().allMatch(Character::isLetter)) words++;
            if (words >= 2) return true;
        }
        return false;
    }

    /** Lines and words that make a JSON string a document. */
    private static final int DOCUMENT_LINES = 4;
    private static final int DOCUMENT_WORDS = 40;
    /** Lines that make a JSON string a document whatever its words. */
    private static final int LISTING_LINES = 20;

    /**
     * A JSON string that is a document — several lines of many words, or a page of lines: a chunk of docs a
     * retrieval index holds (its prose or its code sample), an article, a transcript. What it names, samples included, it quotes; nothing reads it as a setting.
     */
    static boolean isDocument(String text) {
        if (text.length() < DOCUMENT_WORDS * 3) return false;
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) return false; // a body or a payload: its role says what it is
        int lines = 1;
        for (int i = 0; i < text.length() && lines < LISTING_LINES; i++) if (text.charAt(i) == '\n') lines++;
        if (lines < DOCUMENT_LINES) return false;
        if (lines >= LISTING_LINES) return true; // a page of code: a docs sample the index holds, quoted whole
        int words = 0;
        for (String w : text.split("\\s+")) {
            if (w.length() >= 2 && w.chars().allMatch(Character::isLetter) && ++words >= DOCUMENT_WORDS) return true;
        }
        return false;
    }

    /** {@code model}, {@code modelName}, {@code model-id}, {@code ANTHROPIC_MODEL}, {@code small-fast-model}. */
    static boolean isModelKey(String name) {
        return Project.normalKeyEndsWith(name, "model") || Project.normalKeyEndsWith(name, "modelname")
                || Project.normalKeyEndsWith(name, "modelid");
    }

    private static boolean contains(Location outer, Location inner) {
        if (outer.equals(inner)) return false;
        boolean startsAfter = inner.line() > outer.line() || (inner.line() == outer.line() && inner.column() >= outer.column());
        boolean endsBefore = inner.endLine() < outer.endLine() || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
        return startsAfter && endsBefore;
    }
}
