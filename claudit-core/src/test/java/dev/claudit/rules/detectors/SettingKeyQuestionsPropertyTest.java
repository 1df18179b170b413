package dev.claudit.rules.detectors;

import dev.claudit.facts.Project;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detectors' questions about a setting's key, which turn most keys away by {@link Project#normalKeyEndsWith}
 * before normalizing, answer on random keys built of the names' pieces as the whole normal form answers.
 */
class SettingKeyQuestionsPropertyTest {

    @Property(tries = 3000)
    void sdkBaseUrlAsNormalizingSimpleNameAndKeyApart(@ForAll("keys") String key) {
        Setting s = new Setting(key, new Value.Literal("x", null), Setting.Origin.YAML, Setting.Style.PLAIN, null);
        String simple = Project.normalizeKey(s.simpleName());
        String whole = Project.normalizeKey(s.key());
        boolean expected = simple.equals("anthropicbaseurl") || simple.equals("springaianthropicbaseurl")
                || whole.equals("spring.ai.anthropic.baseurl");
        assertThat(MalformedEndpointPath.sdkBaseUrlSetting(s)).as(key).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void modelKeyAsTheNormalForm(@ForAll("keys") String key) {
        String k = Project.normalizeKey(key);
        assertThat(ModelMentions.isModelKey(key)).as(key)
                .isEqualTo(k.endsWith("model") || k.endsWith("modelname") || k.endsWith("modelid"));
    }

    @Property(tries = 3000)
    void versionKeyAsTheNormalForm(@ForAll("keys") String key) {
        String k = Project.normalizeKey(key);
        boolean expected = k.equals("springaianthropicversion")
                || k.endsWith(".version") && k.contains("anthropic") && (k.startsWith("spring.ai.anthropic.") || k.contains("langchain4j."));
        assertThat(InvalidVersionHeader.configuresVersion(key)).as(key).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> piece = Arbitraries.of("spring", "ai", "anthropic", "ANTHROPIC", "base", "BASE", "url", "URL",
                "Url", "-", "_", ".", "baseUrl", "base-url", "BASE_URL", "x", "\u0130", "\u00c9", "model", "Model",
                "_NAME", "-id", "Id", "version", "VERSION", "langchain4j", "chat-model", "Versio", "n");
        return piece.list().ofMaxSize(9).map(l -> String.join("", l));
    }
}
