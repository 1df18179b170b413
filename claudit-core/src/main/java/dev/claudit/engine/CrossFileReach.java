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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
 *
 * <p>Each round costs what the round's new files hold: their facts are added to a {@link Project.Builder} (handed to
 * the rules at the end) instead of a project being built over all files again, and an earlier file's constant or
 * setting is resolved again only when a name its value reads, directly or through other constants and settings,
 * got a new definition (it may resolve now, or stop resolving, being defined twice). What an earlier value wanted
 * without resolving (its class files, its properties' configuration) was asked for in its own round.
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
    /** Words asked for in an earlier round, or found to hold a keyword the first pass looked for. */
    private final Set<Keywords.Keyword> considered = new HashSet<>();
    private final Set<String> filesWanted = new HashSet<>();
    private final boolean tight;
    private final Project.Builder project;
    /** The constants and settings read so far whose value reads a constant, by each name it may be defined under. */
    private final Map<String, List<Reader>> readersOfSymbol = new HashMap<>();
    /** The constants and settings read so far whose value reads a property, by the property's key (normalized). */
    private final Map<String, List<Reader>> readersOfSetting = new HashMap<>();
    private int round;
    private int resolvedThisRound;

    /**
     * A constant or setting whose value reads constants or properties: its resolution may change when one of them
     * gets a definition, and so may that of every value that reads the name it defines.
     */
    private static final class Reader {
        final FileFacts file;
        /** The constant's name or the setting's key, as the file defines it. */
        final String name;
        /** The name as the project looks it up (a setting's key normalized). */
        final String defines;
        final boolean setting;
        final Value value;
        /** The last round that found it to resolve again. */
        int round = -1;

        Reader(FileFacts file, String name, String defines, boolean setting, Value value) {
            this.file = file;
            this.name = name;
            this.defines = defines;
            this.setting = setting;
            this.value = value;
        }
    }

    /**
     * @param keywords what the prefilter looks for (a value holding one may matter)
     * @param certain  the keywords a file is read for in any case: a word holding one of them was found by the first pass
     * @param tight    a file that may read a setting must name it where a property's name is read ({@link
     *                 Keywords.Keyword#propertyName()}): a bare {@code name} or {@code description} is in most files
     * @param project  where the files read are added, round by round (empty at first)
     */
    CrossFileReach(Keywords keywords, Keywords certain, boolean tight, Project.Builder project) {
        this.tight = tight;
        this.project = project;
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

    /**
     * Adds the files read since the last round (none of them given before, in the project's order) to the project,
     * and returns what the files read so far want that earlier rounds did not already look for.
     */
    Wanted next(List<FileFacts> fresh) {
        round++;
        resolvedThisRound = 0;
        project.add(fresh);
        List<Reader> again = readersOfNewDefinitions(fresh);
        Project resolver = project.current();
        Set<Keywords.Keyword> words = new java.util.LinkedHashSet<>();
        Set<String> fileNames = new java.util.TreeSet<>();
        for (FileFacts f : fresh) {
            // each constant and setting is looked into, and remembered when it reads a name, in one pass
            for (Map.Entry<String, Value> e : f.symbols().entrySet()) {
                lookInto(resolver, f.kind(), e.getKey(), false, e.getValue(), words);
                definitions(resolver, e.getValue(), words, fileNames);
                index(f, e.getKey(), e.getKey(), false, e.getValue());
            }
            List<String> keys = project.settingKeys(f);
            for (int i = 0; i < keys.size(); i++) {
                Setting s = f.settings().get(i);
                lookInto(resolver, f.kind(), s.key(), true, s.value(), words);
                definitions(resolver, s.value(), words, fileNames);
                index(f, s.key(), keys.get(i), true, s.value());
            }
            for (HttpCall c : f.calls()) {
                definitions(resolver, c.url(), words, fileNames);
                for (Header h : c.headers()) {
                    definitions(resolver, h.name(), words, fileNames);
                    definitions(resolver, h.value(), words, fileNames);
                }
            }
            for (ClientConfig c : f.clients()) {
                for (Value v : c.options().values()) definitions(resolver, v, words, fileNames);
            }
        }
        for (Reader r : again) lookInto(resolver, r.file.kind(), r.name, r.setting, r.value, words);
        words.removeAll(considered);
        considered.addAll(words);
        words.removeIf(this::foundByThePrefilter);
        fileNames.removeAll(filesWanted);
        filesWanted.addAll(fileNames);
        Keywords.Builder b = Keywords.builder();
        words.forEach(b::add);
        return new Wanted(b.build(), fileNames);
    }

    /** How many constants and settings the last round resolved: those of its new files, and the earlier ones it had to. */
    int resolvedLastRound() {
        return resolvedThisRound;
    }

    /**
     * A constant or setting whose value holds a keyword once resolved wants the files that name its class or key. A
     * key set twice or more in the files read so far wants none: the project resolves a property only where its key is
     * set once, and the files read only grow, so no file that reads it can get its value (in langchain4j {@code model}
     * and {@code modelName} are set in many tests and named in two hundred files otherwise skipped).
     */
    private void lookInto(Project resolver, FileKind kind, String name, boolean setting, Value value, Set<Keywords.Keyword> words) {
        if (!setting && name.startsWith("#")) return;
        resolvedThisRound++;
        if (!holdsKeyword(resolver.resolve(value), kind)) return;
        if (!setting) {
            for (String c : classNames(name)) words.add(new Keywords.Keyword(c, false, Set.of(), true));
        } else if (name.getBytes(StandardCharsets.UTF_8).length >= 2 && resolver.settings(name).size() < 2) {
            words.add(new Keywords.Keyword(name, true, Set.of(), false, tight));
        }
    }

    /**
     * The earlier constants and settings that read, directly or through other constants and settings, a name the new
     * files define: they may resolve differently now. The others resolve as they did, and what they wanted is known.
     */
    private List<Reader> readersOfNewDefinitions(List<FileFacts> fresh) {
        List<Reader> again = new ArrayList<>();
        if (readersOfSymbol.isEmpty() && readersOfSetting.isEmpty()) return again;
        Set<String> symbols = new HashSet<>();
        Set<String> keys = new HashSet<>();
        java.util.ArrayDeque<Reader> work = new java.util.ArrayDeque<>();
        for (FileFacts f : fresh) {
            for (String name : f.symbols().keySet()) if (symbols.add(name)) mark(readersOfSymbol.get(name), again, work);
            for (String key : project.settingKeys(f)) if (keys.add(key)) mark(readersOfSetting.get(key), again, work);
        }
        while (!work.isEmpty()) {
            Reader r = work.poll();
            if (r.setting ? keys.add(r.defines) : symbols.add(r.defines)) {
                mark((r.setting ? readersOfSetting : readersOfSymbol).get(r.defines), again, work);
            }
        }
        return again;
    }

    private void mark(List<Reader> readers, List<Reader> again, java.util.Deque<Reader> work) {
        if (readers == null) return;
        for (Reader r : readers) {
            if (r.round == round) continue;
            r.round = round;
            again.add(r);
            work.add(r);
        }
    }

    /** Remembers a constant or setting whose value reads a name, under each name it reads (its round looked into it already). */
    private void index(FileFacts f, String name, String defines, boolean setting, Value value) {
        if (value instanceof Value.Literal || value instanceof Value.Unknown) return; // reads nothing
        Reader r = null;
        for (Value.Symbol s : value.symbols()) {
            if (r == null) r = new Reader(f, name, defines, setting, value);
            for (String c : Project.candidates(s)) readersOfSymbol.computeIfAbsent(c, k -> new ArrayList<>(1)).add(r);
        }
        for (Value.Reference ref : value.references()) {
            if (ref.source() != Value.Source.PROPERTY) continue;
            if (r == null) r = new Reader(f, name, defines, setting, value);
            readersOfSetting.computeIfAbsent(Project.normalizeKey(ref.name()), k -> new ArrayList<>(1)).add(r);
        }
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
     * written: the rounds follow a chain of constants one link at a time). A property whose key is set twice already
     * wants none: the project resolves a key set once, and the files read only grow, so no configuration read for it
     * could give it a value.
     */
    private static void definitions(Project resolver, Value v, Set<Keywords.Keyword> words, Set<String> fileNames) {
        if (v instanceof Value.Literal || v instanceof Value.Unknown) return; // most settings: nothing read
        for (Value.Symbol s : v.symbols()) {
            for (String c : classNames(s.name())) fileNames.add(c + ".java");
        }
        for (Value.Reference r : v.references()) {
            if (r.source() != Value.Source.PROPERTY) continue;
            String key = r.name();
            if (resolver.settings(key).size() >= 2) continue;
            String last = key.substring(key.lastIndexOf('.') + 1);
            String word = last.length() >= 2 ? last : key;
            // a whole word: a key set as written ends where its name does (`ex:`, `a.ex=`, `"ex"`), not inside `example`
            if (word.getBytes(StandardCharsets.UTF_8).length >= 2) words.add(new Keywords.Keyword(word, true, CONFIG_KINDS, true));
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
