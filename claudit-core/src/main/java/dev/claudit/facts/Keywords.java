package dev.claudit.facts;


import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a file's raw bytes must contain for a rule to report anything in it, declared by each detector
 * (like gitleaks' keywords). The pipeline decodes and parses only files that contain at least one keyword
 * of some rule; {@link #everyFile()} turns that off for a rule that cannot name its keywords. A keyword may count
 * only together with another ({@link Builder#together}): {@code apiKey} matters to a log rule only beside a logger.
 */
public final class Keywords {

    /**
     * One keyword: ASCII letters compare case-insensitively when {@code ignoreCase}; {@code kinds} limits it to
     * some file kinds (empty: every kind); {@code wholeWord} requires no identifier character on either side;
     * {@code propertyName} requires it to start where a property's name is written when it is read: after a quote
     * ({@code getProperty("a.b")}, {@code @ConfigProperty(name = "a.b")}, {@code property('a.b')}), after an opening
     * brace (a placeholder: dollar, brace, {@code a.b:default}, brace; blanks between allowed) or after {@code vars.}
     * (GitHub Actions). Every way an extractor reads a property's name from text starts it so.
     */
    public record Keyword(String text, boolean ignoreCase, Set<FileKind> kinds, boolean wholeWord, boolean propertyName) {
        public Keyword {
            if (text.getBytes(StandardCharsets.UTF_8).length < 2) {
                throw new IllegalArgumentException("a keyword needs at least two bytes: '" + text + "'");
            }
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        }

        public Keyword(String text, boolean ignoreCase, Set<FileKind> kinds, boolean wholeWord) {
            this(text, ignoreCase, kinds, wholeWord, false);
        }

        /** True when the keyword applies to files of this kind. */
        public boolean appliesTo(FileKind kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }

        // equals and hashCode are the record's own, written out: keywords are hashed at every start (deduplicated
        // into the prefilter), and the generated ones bootstrap some thirty method handles there, which a JDK 17
        // class-data archive cannot hold (~20 ms of a 10-file hook run)
        @Override
        public boolean equals(Object o) {
            return o instanceof Keyword k && text.equals(k.text) && ignoreCase == k.ignoreCase && kinds.equals(k.kinds)
                    && wholeWord == k.wholeWord && propertyName == k.propertyName;
        }

        @Override
        public int hashCode() {
            int h = text.hashCode();
            h = 31 * h + Boolean.hashCode(ignoreCase);
            h = 31 * h + kinds.hashCode();
            h = 31 * h + Boolean.hashCode(wholeWord);
            return 31 * h + Boolean.hashCode(propertyName);
        }
    }

    /** A file matters when it holds one of {@code first} and one of {@code second}. */
    public record Together(Keywords first, Keywords second) {
    }

    private static final Keywords EVERY_FILE = new Keywords(List.of(), List.of(), true);
    private static final Keywords NONE = new Keywords(List.of(), List.of(), false);

    private final List<Keyword> keywords;
    private final List<Together> together;
    private final boolean everyFile;

    private Keywords(List<Keyword> keywords, List<Together> together, boolean everyFile) {
        this.keywords = List.copyOf(keywords);
        this.together = List.copyOf(together);
        this.everyFile = everyFile;
    }

    /** No prefilter: every file may matter (the default for a detector that declares nothing). */
    public static Keywords everyFile() {
        return EVERY_FILE;
    }

    /** No file matters. */
    public static Keywords none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEveryFile() {
        return everyFile;
    }

    /**
     * Every keyword one of which a file that matters holds: those that count alone and the first of each pair
     * that counts together (a superset, for a one-pass prefilter).
     */
    public List<Keyword> list() {
        if (together.isEmpty()) return keywords;
        List<Keyword> all = new ArrayList<>(keywords);
        for (Together t : together) all.addAll(t.first().list());
        return all;
    }

    /** The keywords that count alone: a file holding one of them matters for certain. */
    public Keywords alone() {
        return together.isEmpty() || everyFile ? this : new Keywords(keywords, List.of(), false);
    }

    /** The pairs of keywords that count only together. */
    public List<Together> together() {
        return together;
    }

    /** The union: a file matters to the result when it matters to either. */
    public Keywords and(Keywords other) {
        if (everyFile || other.everyFile) return EVERY_FILE;
        List<Keyword> all = new ArrayList<>(keywords);
        all.addAll(other.keywords);
        List<Together> pairs = new ArrayList<>(together);
        pairs.addAll(other.together);
        return new Keywords(all, pairs, false);
    }

    /** The union of many. */
    public static Keywords union(Collection<Keywords> all) {
        // one copy of everything, not one per member: and() in a loop would copy the growing list each time
        List<Keyword> keywords = new ArrayList<>();
        List<Together> pairs = new ArrayList<>();
        for (Keywords k : all) {
            if (k.everyFile) return EVERY_FILE;
            keywords.addAll(k.keywords);
            pairs.addAll(k.together);
        }
        return keywords.isEmpty() && pairs.isEmpty() ? NONE : new Keywords(keywords, pairs, false);
    }

    @Override
    public String toString() {
        return everyFile ? "Keywords[every file]" : "Keywords" + keywords + (together.isEmpty() ? "" : " " + together);
    }

    /** Collects keywords. */
    public static final class Builder {
        private final List<Keyword> keywords = new ArrayList<>();
        private final List<Together> together = new ArrayList<>();

        /** Keywords that must appear exactly as written, in files of any kind. */
        public Builder exact(String... texts) {
            for (String t : texts) keywords.add(new Keyword(t, false, Set.of(), false));
            return this;
        }

        /** Keywords whose ASCII letters may be in any case, in files of any kind. */
        public Builder ignoringCase(String... texts) {
            for (String t : texts) keywords.add(new Keyword(t, true, Set.of(), false));
            return this;
        }

        /** Keywords whose ASCII letters may be in any case. */
        public Builder ignoringCase(Collection<String> texts) {
            return ignoringCase(texts.toArray(String[]::new));
        }

        /** Keywords that count only in files of the given kinds. */
        public Builder in(Set<FileKind> kinds, boolean ignoreCase, String... texts) {
            for (String t : texts) keywords.add(new Keyword(t, ignoreCase, kinds, false));
            return this;
        }

        public Builder add(Keyword k) {
            keywords.add(k);
            return this;
        }

        /** A file matters when it holds one of {@code first} and also one of {@code second}. */
        public Builder together(Keywords first, Keywords second) {
            if (first.isEveryFile() || second.isEveryFile()) throw new IllegalArgumentException("a pair needs keywords on both sides");
            together.add(new Together(first, second));
            return this;
        }

        public Keywords build() {
            return new Keywords(keywords, together, false);
        }
    }
}
