package dev.claudit.rules;

import dev.claudit.facts.FileKind;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The prefilter's keywords come from the detectors; a detector without them would turn the prefilter off. */
class DetectorKeywordsTest {

    @Test
    void everyDetectorDeclaresItsKeywords() {
        RuleData data = RuleData.load();
        for (Detector d : RuleCatalog.load().detectors()) {
            assertThat(d.keywords(data).isEveryFile())
                    .as("%s declares no keywords, so every file of every scan is parsed for it: override "
                            + "Detector.keywords with what a file must contain for this rule to report (see README, Performance)", d.ruleId())
                    .isFalse();
            assertThat(d.keywords(data).list()).as(d.ruleId()).isNotEmpty();
        }
    }

    @Test
    void keywordsFollowTheDataTables() {
        RuleData data = RuleData.load();
        KeywordMatcher all = KeywordMatcher.of(Keywords.union(RuleCatalog.load().detectors().stream().map(d -> d.keywords(data)).toList()));
        for (RuleData.CredentialFormat f : data.credentialFormats()) {
            String prefix = Credentials.MARK + f.family() + "07-"; // any version
            assertThat(all.test("x = " + prefix + "abc", FileKind.TEXT)).as(prefix).isTrue();
            // a key split inside its "sk-ant-" still leaves "ant-<family>" whole
            assertThat(all.test("\"sk-\" + \"" + prefix.substring(3) + "abc\"", FileKind.JAVA)).as(prefix).isTrue();
        }
        for (RuleData.WrongHost w : data.wrongHosts()) assertThat(all.test("url: https://" + w.host().toUpperCase(), FileKind.YAML)).isTrue();
        for (String host : data.officialHosts()) assertThat(all.test("\"https://\" + HOST + \"" + host + "\"", FileKind.JAVA)).isTrue();
        assertThat(all.test("NEXT_PUBLIC_CLAUDE_TOKEN=", FileKind.ENV)).isTrue();
        assertThat(all.test("dangerouslyAllowBrowser: true", FileKind.JAVASCRIPT)).isTrue();
        assertThat(all.test(".header(\"x-api-key\", BuildConfig.API_KEY)", FileKind.JAVA)).isTrue();
        assertThat(all.test("public final class ArrayList<E> { private static final long serialVersionUID = 8683452581122892189L; }",
                FileKind.JAVA)).isFalse();
    }
}
