package dev.claudit.engine;

import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Project;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the files the prefilter skipped the files read so far reach through constants and settings, both ways:
 * files that use a class or property whose value holds a keyword (they may build a request with it, having no
 * keyword of their own), and the class files and configuration that may define what a read file's requests,
 * clients, constants and settings refer to (a path or header-name constant) — every definition, since the project
 * resolves a name only when it is defined once.
 */
final class CrossFileReach {

    /** What to look for in the skipped files: words in their bytes, and class files by name. */
    record Wanted(Keywords words, Set<String> fileNames) {
        boolean isEmpty() {
            return words.list().isEmpty() && fileNames.isEmpty();
        }
    }

    private static final Set<FileKind> CONFIG_KINDS = EnumSet.complementOf(EnumSet.of(FileKind.JAVA, FileKind.TEXT));

    private final KeywordMatcher values;
    /** The prefilter's keywords, and those of them that ignore case: a word holding one was found by the first pass. */
    private final KeywordMatcher all;
    private final KeywordMatcher anyCase;
    private final Set<Keywords.Keyword> searched = new HashSet<>();
    private final Set<String> filesWanted = new HashSet<>();
    private final boolean tight;

    CrossFileReach(Keywords keywords) {
        this(keywords, keywords);
    }

    /** The tight reach (see the next constructor). */
    CrossFileReach(Keywords keywords, Keywords certain) {
        this(keywords, certain, true);
    }

    /**
     * @param keywords what the prefilter looks for (a value holding one may matter)
     * @param certain  the keywords a file is read for in any case: a word holding one of them was found by the first pass
     * @param tight    a file that may read a setting must name it where a property's name is read ({@link
     *                 Keywords.Keyword#propertyName()}): a bare {@code name} or {@code description} is in most files
     */
    CrossFileReach(Keywords keywords, Keywords certain, boolean tight) {
        this.tight = tight;
        Keywords.Builder unquoted = Keywords.builder();
        for (Keywords.Keyword k : keywords.list()) {
            // a keyword written with its quote ("Bearer) is looked for in values without it
            String t = k.text().replaceAll("^[\"'`]+|[\"'`]+$", "");
            if (t.getBytes(StandardCharsets.UTF_8).length >= 2) unquoted.add(new Keywords.Keyword(t, k.ignoreCase(), k.kinds(), false));
        }
        this.values = KeywordMatcher.of(unquoted.build());
        this.all = KeywordMatcher.of(certain);
        Keywords.Builder ci = Keywords.builder();
        certain.list().stream().filter(Keywords.Keyword::ignoreCase).forEach(ci::add);
        this.anyCase = KeywordMatcher.of(ci.build());
    }

    /** What the files read so far want that earlier rounds did not already look for. */
    Wanted next(List<FileFacts> facts) {
        Project project = new Project(facts, Set.of());
        Set<Keywords.Keyword> words = new java.util.LinkedHashSet<>();
        Set<String> fileNames = new java.util.TreeSet<>();
        for (FileFacts f : facts) {
            for (Map.Entry<String, Value> e : f.symbols().entrySet()) {
                if (!e.getKey().startsWith("#") && holdsKeyword(project.resolve(e.getValue()), f.kind())) {
                    for (String c : classNames(e.getKey())) words.add(new Keywords.Keyword(c, false, Set.of(), true));
                }
                definitions(e.getValue(), words, fileNames);
            }
            for (Setting s : f.settings()) {
                if (holdsKeyword(project.resolve(s.value()), f.kind()) && s.key().getBytes(StandardCharsets.UTF_8).length >= 2) {
                    words.add(new Keywords.Keyword(s.key(), true, Set.of(), false, tight));
                }
                definitions(s.value(), words, fileNames);
            }
            for (HttpCall c : f.calls()) {
                definitions(c.url(), words, fileNames);
                for (Header h : c.headers()) {
                    definitions(h.name(), words, fileNames);
                    definitions(h.value(), words, fileNames);
                }
            }
            for (ClientConfig c : f.clients()) {
                for (Value v : c.options().values()) definitions(v, words, fileNames);
            }
        }
        words.removeIf(this::foundByThePrefilter);
        words.removeAll(searched);
        searched.addAll(words);
        fileNames.removeAll(filesWanted);
        filesWanted.addAll(fileNames);
        Keywords.Builder b = Keywords.builder();
        words.forEach(b::add);
        return new Wanted(b.build(), fileNames);
    }

    /** A file holding this word holds a keyword too, whatever the word's case there: the first pass read it. */
    private boolean foundByThePrefilter(Keywords.Keyword word) {
        KeywordMatcher m = word.ignoreCase() ? anyCase : all;
        for (FileKind kind : FileKind.values()) {
            if (word.appliesTo(kind) && !m.test(word.text(), kind)) return false;
        }
        return true;
    }

    private boolean holdsKeyword(Value v, FileKind kind) {
        return values.test(v.render(), kind);
    }

    /**
     * Constants a value reads want their class's file, properties the configuration that may set them (read as
     * written: the rounds follow a chain of constants one link at a time).
     */
    private static void definitions(Value v, Set<Keywords.Keyword> words, Set<String> fileNames) {
        for (Value.Symbol s : v.symbols()) {
            for (String c : classNames(s.name())) fileNames.add(c + ".java");
        }
        for (Value.Reference r : v.references()) {
            if (r.source() != Value.Source.PROPERTY) continue;
            String key = r.name();
            String last = key.substring(key.lastIndexOf('.') + 1);
            String word = last.length() >= 2 ? last : key;
            if (word.getBytes(StandardCharsets.UTF_8).length >= 2) words.add(new Keywords.Keyword(word, true, CONFIG_KINDS, false));
        }
    }

    /** The class names in a constant's name: {@code com.acme.Outer.Inner.NAME} gives Outer and Inner. */
    static List<String> classNames(String constant) {
        String[] parts = constant.split("\\.");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && p.getBytes(StandardCharsets.UTF_8).length >= 2) out.add(p);
        }
        return out;
    }
}
