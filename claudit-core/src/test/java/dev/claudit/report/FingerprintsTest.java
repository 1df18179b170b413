package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

    private static Finding model(String path, int line, String matched) {
        return new Finding("invalid-model-id", Level.WARNING, Location.at(path, line, 5), "bad model", matched, null);
    }

    @Test
    void thirtyTwoHexCharactersIndependentOfPosition() {
        String fp = Fingerprints.partialFingerprint(model("a.java", 3, "claude-3.5-sonnet"));
        assertThat(fp).matches("[0-9a-f]{32}");
        assertThat(Fingerprints.partialFingerprint(model("a.java", 300, "claude-3.5-sonnet"))).isEqualTo(fp);
    }

    @Test
    void matchedTextIsNormalised() {
        assertThat(Fingerprints.partialFingerprint(model("a.java", 1, "  Claude-3.5\t  SONNET \n")))
                .isEqualTo(Fingerprints.partialFingerprint(model("a.java", 9, "claude-3.5 sonnet")));
    }

    @Test
    void ruleAndPathAndTextAllCount() {
        String fp = Fingerprints.partialFingerprint(model("a.java", 1, "claude-3.5-sonnet"));
        assertThat(Fingerprints.partialFingerprint(model("b.java", 1, "claude-3.5-sonnet"))).isNotEqualTo(fp);
        assertThat(Fingerprints.partialFingerprint(model("a.java", 1, "claude-sonnet-4.5"))).isNotEqualTo(fp);
        Finding otherRule = new Finding("retired-model", Level.WARNING, Location.at("a.java", 1, 5), "m",
                "claude-3.5-sonnet", null);
        assertThat(Fingerprints.partialFingerprint(otherRule)).isNotEqualTo(fp);
    }

    @Test
    void credentialFindingsHashTheSecretNotTheMatchedText() {
        String key = SampleScan.fakeKey();
        Finding a = SampleScan.credential(key, "src/App.java", 1, 1);
        Finding b = SampleScan.credential(SampleScan.fakeKey(), "src/App.java", 1, 1);
        assertThat(a.matchedText()).isEqualTo(b.matchedText());
        assertThat(Fingerprints.partialFingerprint(a)).isNotEqualTo(Fingerprints.partialFingerprint(b));
        assertThat(Fingerprints.partialFingerprint(a)).doesNotContain(key.substring(13, 20));
    }
}
