package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Keywords;
import dev.claudit.rules.Detector;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RuleKeywords}, one pass over a file for every rule's keywords, answers as an {@link ExactKeywords} per rule
 * does: the 13 rules' own keywords (pairs such as a key name beside a logger included), over texts of their pieces,
 * in both cases, at word edges, in every file kind.
 */
class RuleKeywordsPropertyTest {

    private static final Map<String, Keywords> BY_RULE = new LinkedHashMap<>();

    static {
        RuleData data = RuleData.load();
        for (Detector d : RuleCatalog.load().detectors()) BY_RULE.merge(d.ruleId(), d.keywords(data), Keywords::and);
    }

    private static final RuleKeywords ONE_PASS = RuleKeywords.of(BY_RULE);
    private static final Map<String, ExactKeywords> EACH = new LinkedHashMap<>();

    static {
        BY_RULE.forEach((rule, k) -> EACH.put(rule, ExactKeywords.of(k)));
    }

    @Property(tries = 5000)
    void asEachRulesOwnTest(@ForAll("texts") String text, @ForAll FileKind kind) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Set<String> expected = new HashSet<>();
        EACH.forEach((rule, k) -> {
            if (k.test(bytes, 0, bytes.length, kind)) expected.add(rule);
        });
        assertThat(ONE_PASS.in(bytes, 0, bytes.length, kind)).as("%s in %s", text, kind).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("anthropic", "ANTHROPIC", "Claude", "claude-3", "sk-ant-", "sk-ant-api03-", "api.anthropic.ai", "claude.ai",
                        "x-api-key", "apiKey", "api_key", "API-KEY", "log.info(", "LOGGER.warn(", "logger\n", "System.out", "console",
                        "dangerouslyAllowBrowser", "BuildConfig", "anthropic-version", "Bearer ", " ", "\n", "x", "_", ".", "\"", "(",
                        "${", "vars.", "a", "log", "catalog.", "é")
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
