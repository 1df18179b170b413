package dev.claudit.rules;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tokens are credentials: the formats of rules/data/credentials.yml against real-looking and placeholder values. */
class CredentialsTest {

    final Credentials creds = new Credentials(RuleData.load());
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    static String random(java.util.Random rnd, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return sb.toString();
    }

    @Test
    void randomWellFormedKeysOfEveryFormatAreCredentials() {
        // seeded: of 10,000 fresh random bodies about one run in forty holds a placeholder marker such as "your_" by chance
        java.util.Random rnd = new java.util.Random(20261202L);
        for (int i = 0; i < 2000; i++) {
            assertThat(creds.classify("sk-ant-api03-" + random(rnd, ALNUM + "_-", 93) + "AA")).isPresent();
            assertThat(creds.classify("sk-ant-admin01-" + random(rnd, ALNUM + "_-", 93) + "AA")).isPresent();
            assertThat(creds.classify("sk-ant-oat01-" + random(rnd, ALNUM + "_-", 95))).isPresent();
            assertThat(creds.classify("sk-ant-ort01-" + random(rnd, ALNUM + "_-", 95))).isPresent();
            assertThat(creds.classify("sk-ant-sid01-" + random(rnd, ALNUM + "_-", 86))).isPresent();
        }
    }

    /** Regression: a key of a newer generation ({@code sk-ant-api04-}) was not a credential; peers accept any version. */
    @Test
    void aNewerKeyGenerationIsStillACredential() {
        SecureRandom rnd = new SecureRandom();
        String body95 = random(rnd, ALNUM + "_-", 93) + "AA";
        assertThat(creds.classify("sk-ant-api04-" + body95)).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("API key"));
        assertThat(creds.classify("sk-ant-api10-" + body95)).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("API key"));
        assertThat(creds.classify("sk-ant-admin02-" + body95)).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("Admin API key"));
        assertThat(creds.classify("sk-ant-oat02-" + random(rnd, ALNUM, 60))).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("OAuth access token"));
        assertThat(creds.classify("sk-ant-ort99-" + random(rnd, ALNUM, 60))).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("OAuth refresh token"));
        assertThat(creds.classify("sk-ant-sid02-" + random(rnd, ALNUM, 60))).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo("session key"));
        // the family's shape still applies to the new version
        assertThat(creds.classify("sk-ant-api04-" + random(rnd, ALNUM, 40) + "AA")).isEmpty();
        assertThat(creds.classify("sk-ant-api04-...")).isEmpty();
    }

    @Test
    void handWrittenTestVectorsInTheStyleOtherScannersUseAreCredentials() {
        // sequential letters and words like "fake" or "sample" still make a well-formed, high-entropy key
        assertThat(creds.classify("sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA")).isPresent();
        assertThat(creds.classify("sk-ant-admin01-abc12fake-456def789ghij-klmnopqrstuvwx-3456yza789bcde-12fakehijklmnopby56aaaogaopaaaabc123xyzAA")).isPresent();
        assertThat(creds.classify("sk-ant-ort01-ort01samplexyzABC0123456789-_ort01samplexyzABC0123456789-_ort01samplexyzABC0123456789-_ort01sam")).isPresent();
    }

    @Test
    void malformedKeysAreNotCredentials() {
        // too short, wrong suffix, unknown family, a version that is not two digits
        assertThat(creds.classify("sk-ant-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA")).isEmpty();
        assertThat(creds.classify("sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzBB")).isEmpty();
        String body = "abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA";
        assertThat(creds.classify("sk-ant-key03-" + body)).isEmpty();
        assertThat(creds.classify("sk-ant-api3-" + body)).isEmpty();
        assertThat(creds.classify("sk-ant-api003-" + body)).isEmpty();
        assertThat(creds.classify("sk-ant-apiXY-" + body)).isEmpty();
        assertThat(creds.classify("sk-ant-api-" + body)).isEmpty();
        assertThat(creds.classify("sk-ant-ort01-tooShort0123456789-_abcXYZ")).isEmpty();
    }

    @Test
    void placeholdersAreNotCredentials() {
        assertThat(creds.classify("sk-ant-api03-...")).isEmpty();
        assertThat(creds.classify("sk-ant-api03-" + "x".repeat(93) + "AA")).isEmpty();
        assertThat(creds.classify("sk-ant-api03-" + "A".repeat(95))).isEmpty();
        assertThat(creds.classify("sk-ant-api03-" + "abc".repeat(31) + "AA")).isEmpty();
        assertThat(creds.classify("sk-ant-api03-" + ("YOUR_API_KEY_HERE_" + "0123456789abcdefghijklmnopqrstuvwxyz").repeat(3).substring(0, 93) + "AA")).isEmpty();
        assertThat(creds.classify("sk-ant-oat01-REPLACE_ME_WITH_YOUR_OAUTH_TOKEN_FROM_CLAUDE_SETUP_TOKEN")).isEmpty();
        assertThat(creds.classify("sk-ant-api03-" + "0123456789".repeat(9) + "012AA")).isEmpty();
    }

    @Test
    void findsTheCredentialInsideLongerText() {
        SecureRandom rnd = new SecureRandom();
        String key = "sk-ant-api03-" + random(rnd, ALNUM, 93) + "AA";
        assertThat(creds.find("curl -H \"x-api-key: " + key + "\" https://api.anthropic.com")).get()
                .extracting(Credentials.Match::token).isEqualTo(key);
        assertThat(creds.find("prefix" + key)).as("part of a longer word").isEmpty();
    }
}
