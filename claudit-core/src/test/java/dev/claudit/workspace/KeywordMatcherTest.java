package dev.claudit.workspace;

import dev.claudit.facts.Keywords;

import dev.claudit.facts.FileKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordMatcherTest {

    static final Keywords RULES_LIKE = Keywords.builder().exact("sk-ant-", "api03-", "BuildConfig")
            .ignoringCase("anthropic", "claude", "dangerously").build();

    static boolean test(KeywordMatcher m, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return m.test(b, 0, b.length, FileKind.JAVA);
    }

    @Test
    void findsKeywordsAtTheStartTheEndAndInBetween() {
        KeywordMatcher m = KeywordMatcher.of(RULES_LIKE);
        assertThat(test(m, "sk-ant-")).isTrue();
        assertThat(test(m, "x = \"sk-ant-api03-abc\";")).isTrue();
        assertThat(test(m, "the end: claude")).isTrue();
        assertThat(test(m, "ANTHROPIC_API_KEY=1")).isTrue();
        assertThat(test(m, "options.DangerouslyAllowBrowser")).isTrue();
        assertThat(test(m, "import com.acme.BuildConfig;")).isTrue();
    }

    @Test
    void rejectsCleanText() {
        KeywordMatcher m = KeywordMatcher.of(RULES_LIKE);
        assertThat(test(m, "")).isFalse();
        assertThat(test(m, "sk")).isFalse();
        assertThat(test(m, "public final class ArrayList<E> extends AbstractList<E> { /* sk-an t- */ }")).isFalse();
        assertThat(test(m, "SK-ANT-")).as("exact keywords keep their case").isFalse();
        assertThat(test(m, "buildconfig")).isFalse();
        assertThat(test(m, "anthropi")).isFalse();
        assertThat(test(m, "claud\u00e9 anthr\u00f6pic")).isFalse();
    }

    @Test
    void looksOnlyInsideTheGivenRange() {
        KeywordMatcher m = KeywordMatcher.of(RULES_LIKE);
        byte[] b = "claude|xxxxxxxxxxxxxxxx|claude".getBytes(StandardCharsets.UTF_8);
        assertThat(m.test(b, 6, b.length - 6, FileKind.JAVA)).isFalse();
        assertThat(m.test(b, 5, b.length - 6, FileKind.JAVA)).isFalse();
        assertThat(m.test(b, 0, 6, FileKind.JAVA)).isTrue();
        assertThat(m.test(b, b.length - 6, b.length, FileKind.JAVA)).isTrue();
    }

    @Test
    void keywordsForSomeKindsOnly() {
        KeywordMatcher m = KeywordMatcher.of(Keywords.builder().in(Set.of(FileKind.YAML), true, "authorization:").exact("BuildConfig").build());
        byte[] b = "Authorization: Bearer x".getBytes(StandardCharsets.UTF_8);
        assertThat(m.test(b, FileKind.YAML)).isTrue();
        assertThat(m.test(b, FileKind.JAVA)).isFalse();
        assertThat(m.test("x = BuildConfig.KEY", FileKind.JAVA)).isTrue();
        assertThat(m.test("x = BuildConfig.KEY", FileKind.YAML)).isTrue();
        KeywordMatcher yamlOnly = KeywordMatcher.of(Keywords.builder().in(Set.of(FileKind.YAML), true, "url").build());
        assertThat(yamlOnly.mayMatch(FileKind.YAML)).isTrue();
        assertThat(yamlOnly.mayMatch(FileKind.JAVA)).isFalse();
        assertThat(yamlOnly.test("url", FileKind.JAVA)).isFalse();
    }

    @Test
    void wholeWordsNeedNoIdentifierCharacterAround() {
        KeywordMatcher m = KeywordMatcher.of(Keywords.builder().add(new Keywords.Keyword("Endpoints", false, Set.of(), true)).build());
        assertThat(test(m, "URI.create(Endpoints.MESSAGES)")).isTrue();
        assertThat(test(m, "Endpoints")).isTrue();
        assertThat(test(m, "import static com.acme.Endpoints.*;")).isTrue();
        assertThat(test(m, "MyEndpoints.MESSAGES")).isFalse();
        assertThat(test(m, "Endpoints2.MESSAGES")).isFalse();
        assertThat(test(m, "$Endpoints")).isFalse();
    }

    @Test
    void shortKeywordsStillMatch() {
        KeywordMatcher two = KeywordMatcher.of(Keywords.builder().exact("Ab").build());
        assertThat(test(two, "xxAbxx")).isTrue();
        assertThat(test(two, "Ab")).isTrue();
        assertThat(test(two, "xxaBxx")).isFalse();
        KeywordMatcher three = KeywordMatcher.of(Keywords.builder().ignoringCase("abc").exact("xyzw").build());
        assertThat(test(three, "--ABC")).isTrue();
        assertThat(test(three, "--xyzw")).isTrue();
        assertThat(test(three, "--xyz")).isFalse();
        assertThatThrownBy(() -> Keywords.builder().exact("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFileAcceptsAndNoKeywordsReject() {
        assertThat(test(KeywordMatcher.of(Keywords.everyFile()), "")).isTrue();
        assertThat(KeywordMatcher.of(Keywords.everyFile()).acceptsEverything()).isTrue();
        assertThat(test(KeywordMatcher.of(Keywords.none()), "anything")).isFalse();
        assertThat(Keywords.builder().exact("ab").build().and(Keywords.everyFile()).isEveryFile()).isTrue();
    }

    @Test
    void impliedKeywordsAreDroppedWithoutChangingTheAnswer() {
        List<Keywords.Keyword> kept = KeywordMatcher.dedupe(Keywords.builder().ignoringCase("anthropic", "api.anthropic.ai", "ANTHROPIC")
                .exact("anthropic.com", "sk-ant-").ignoringCase("SK-ANT-").build().list());
        assertThat(kept).extracting(Keywords.Keyword::text).containsExactly("anthropic", "SK-ANT-");
    }

    /** A property-name keyword counts only where a property's name is read: after a quote, a brace or vars., blanks between. */
    @Test
    void aPropertyNameCountsOnlyWhereAPropertyIsRead() {
        KeywordMatcher m = KeywordMatcher.of(Keywords.builder().add(new Keywords.Keyword("llm.url", true, Set.of(), false, true)).build());
        assertThat(test(m, "@Value(\"${llm.url}\") String url;")).isTrue();
        assertThat(test(m, "url: ${ LLM.URL:https://x }")).isTrue();
        assertThat(test(m, "env.getProperty(\"llm.url\")")).isTrue();
        assertThat(test(m, "property('llm.url')")).isTrue();
        assertThat(test(m, "run: echo ${{ vars.llm.url }}")).isTrue();
        assertThat(test(m, "String s = config.llm.url;")).isFalse();
        assertThat(test(m, "// llm.url is set in application.yml")).isFalse();
        assertThat(test(m, "llm.url")).isFalse();
        assertThat(test(m, "ollm.url = \"x\"")).isFalse();
        // a plain keyword of the same text is not implied by it, and implies it
        Keywords.Keyword plain = new Keywords.Keyword("llm.url", true, Set.of(), false);
        Keywords.Keyword named = new Keywords.Keyword("llm.url", true, Set.of(), false, true);
        assertThat(KeywordMatcher.dedupe(List.of(named, plain))).containsExactly(plain);
    }

    /** Dedupe against the pairwise definition (every keyword compared with every other), on random keyword sets. */
    @Test
    void dedupeKeepsWhatComparingEveryPairKeeps() {
        Random random = new Random(11);
        List<String> texts = List.of("ant", "Ant", "anthropic", "ANTHROPIC", "api.anthropic.com", "sk-ant-", "SK-ANT-", "pic",
                "\u00e9k", "\u00c9K\u00e9", "claude", "cl");
        List<Set<FileKind>> kinds = List.of(Set.of(), Set.of(FileKind.JAVA), Set.of(FileKind.JAVA, FileKind.YAML), Set.of(FileKind.YAML));
        for (int round = 0; round < 500; round++) {
            List<Keywords.Keyword> list = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                list.add(new Keywords.Keyword(texts.get(random.nextInt(texts.size())), random.nextBoolean(),
                        kinds.get(random.nextInt(kinds.size())), random.nextInt(5) == 0, random.nextInt(5) == 0));
            }
            assertThat(KeywordMatcher.dedupe(list)).as("%s", list).isEqualTo(pairwiseDedupe(list));
        }
    }

    /**
     * The steps dedupe takes grow with the number of keywords, not its square: eight times the keywords (same lengths,
     * a share of them case variants of one word, which all fall in one group) take eight times the steps.
     */
    @Test
    void dedupeIsLinearInTheNumberOfKeywords() {
        long small = KeywordMatcher.dedupeCounting(manyKeywords(1_000)).steps();
        long large = KeywordMatcher.dedupeCounting(manyKeywords(8_000)).steps();
        assertThat(small).isPositive();
        assertThat(large).isLessThanOrEqualTo(8 * small + 8 * 50);
        assertThat(KeywordMatcher.dedupe(manyKeywords(8_000))).hasSize(8_000 / 2 + 1);
    }

    /** Half distinct words of one length, half case variants of "anthropic" ignoring case (equivalent: one kept). */
    private static List<Keywords.Keyword> manyKeywords(int n) {
        List<Keywords.Keyword> out = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            out.add(new Keywords.Keyword(String.format(Locale.ROOT, "w%05d", i), false, Set.of(), false));
            StringBuilder variant = new StringBuilder("anthropic");
            for (int c = 0; c < variant.length(); c++) {
                if ((i >> c & 1) == 1) variant.setCharAt(c, Character.toUpperCase(variant.charAt(c)));
            }
            out.add(new Keywords.Keyword(variant.toString(), true, Set.of(), false));
        }
        return out;
    }

    /** The definition: a keyword goes when another implies it (of two equivalent ones, the later goes). */
    private static List<Keywords.Keyword> pairwiseDedupe(List<Keywords.Keyword> list) {
        List<Keywords.Keyword> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            boolean implied = false;
            for (int j = 0; j < list.size() && !implied; j++) {
                if (i != j) implied = implies(list.get(j), list.get(i)) && (!implies(list.get(i), list.get(j)) || j < i);
            }
            if (!implied) out.add(list.get(i));
        }
        return out;
    }

    private static boolean implies(Keywords.Keyword a, Keywords.Keyword b) {
        if (a.wholeWord() || b.wholeWord() || a.propertyName()) return a.equals(b);
        if (!a.kinds().isEmpty() && (b.kinds().isEmpty() || !a.kinds().containsAll(b.kinds()))) return false;
        if (!a.ignoreCase() && b.ignoreCase()) return false;
        return a.ignoreCase() ? b.text().toLowerCase(Locale.ROOT).contains(a.text().toLowerCase(Locale.ROOT)) : b.text().contains(a.text());
    }

    /** The matcher against a naive search, on random text over a small alphabet with keywords planted in it. */
    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(7);
        String alphabet = "aAbBcC-_.0 \n\u00e9kKsSnNtT";
        List<String> words = List.of("sk-ant-", "aBc", "Cab", "kn", "tAnT", "b.c-0", "\u00e9k\u00e9");
        for (int round = 0; round < 300; round++) {
            Keywords.Builder kb = Keywords.builder();
            List<Keywords.Keyword> chosen = new ArrayList<>();
            for (String w : words) {
                if (random.nextInt(3) == 0) continue;
                Keywords.Keyword k = new Keywords.Keyword(w, random.nextBoolean(), Set.of(), random.nextInt(4) == 0);
                kb.add(k);
                chosen.add(k);
            }
            KeywordMatcher m = KeywordMatcher.of(kb.build());
            for (int t = 0; t < 20; t++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(60);
                for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(4) == 0 && !words.isEmpty()) sb.insert(random.nextInt(sb.length() + 1), words.get(random.nextInt(words.size())));
                String text = sb.toString();
                assertThat(test(m, text)).as("keywords %s in '%s'", chosen, text).isEqualTo(naive(chosen, text));
            }
        }
    }

    static boolean naive(List<Keywords.Keyword> keywords, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (Keywords.Keyword k : keywords) {
            byte[] p = k.text().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + p.length <= b.length; i++) {
                boolean same = true;
                for (int j = 0; j < p.length && same; j++) {
                    same = k.ignoreCase() ? fold(b[i + j]) == fold(p[j]) : b[i + j] == p[j];
                }
                if (same && k.wholeWord()) {
                    same = (i == 0 || !word(b[i - 1])) && (i + p.length == b.length || !word(b[i + p.length]));
                }
                if (same) return true;
            }
        }
        return false;
    }

    static int fold(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    static boolean word(byte b) {
        return Character.isLetterOrDigit(b) || b == '_' || b == '$' || b < 0;
    }

    @Test
    void testsValuesAsText() {
        KeywordMatcher m = KeywordMatcher.of(RULES_LIKE);
        assertThat(m.test("https://API.anthropic.com".toLowerCase(Locale.ROOT), FileKind.JAVA)).isTrue();
        assertThat(m.test("https://example.com", FileKind.JAVA)).isFalse();
    }
}
