package dev.claudit.rules.detectors;

import dev.claudit.facts.FileKind;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.ExactKeywords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files key-logged is run on for a generic key name alone (no vendor word): Java with a log call, however its
 * receiver is written, and not Java that merely names logging options or catalogues.
 */
class KeyLoggedKeywordsTest {

    private final ExactKeywords keywords = ExactKeywords.of(new KeyLogged().keywords(RuleData.load()));

    private boolean reads(String text, FileKind kind) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return keywords.test(bytes, 0, bytes.length, kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "class A { String apiKey; void m() { log.info(\"{}\", apiKey); } }",
            "class A { String apiKey; void m() { this.logger.debug(apiKey); } }",
            "class A { String apiKey; void m() { LOG.fine(apiKey); } }",
            "class A { String apiKey; void m() { auditLog.warn(apiKey); } }",
            "class A { String api_key; void m() { System.err.printf(\"%s\", api_key); } }",
            "class A { String apiKey; void m() { System.out.println(apiKey); } }",
            "class A { String apiKey; void m() {\n    logger\n        .atInfo()\n        .log(\"%s\", apiKey);\n} }",
            "class A { String apiKey; void m() {\r\n    LOG\r\n        .info(apiKey);\r\n} }",
            "class A { String apiKey; HttpLoggingInterceptor logging; void m() { logging.setLevel(HEADERS); } }",
            "class A { String apiKey; void m() { var i = new HttpLoggingInterceptor(); i.setLevel(Level.BODY); } }",
            "class A { String apiKey; void m() { log.atDebug().log(\"{}\", apiKey); } }",
            "class A { String apiKey; void m() { LOGGER.warning(apiKey); } }",
            "class A { String apiKey; void m() { requestLogging.log(Level.INFO, apiKey); } }"})
    void javaThatLogsIsRead(String java) {
        assertThat(reads(java, FileKind.JAVA)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "class A { Object m(String apiKey) { return Model.builder().apiKey(apiKey).logRequests(true).logResponses(true).build(); } }",
            "class A { String apiKey; ModelCatalog catalog; Dialog dialog; }",
            "class A { Object m(String apiKey) { var models = catalog.listModels(); return dialog.show(apiKey); } }",
            "class A { String apiKey; void m() { log.isDebugEnabled(); logger.setLevel(level); } }",
            "import org.apache.commons.logging.Log;\nimport org.apache.logging.log4j.Logger;\nclass A { String apiKey; Log log; }",
            "class A { String apiKey; boolean logprobs; }"})
    void javaThatOnlyNamesLoggingIsNot(String java) {
        assertThat(reads(java, FileKind.JAVA)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"const apiKey = k; logger\n  .debug(apiKey);", "const apiKey = k; console.log(apiKey);"})
    void javaScriptWithALoggerOrTheConsoleIsRead(String js) {
        assertThat(reads(js, FileKind.JAVASCRIPT)).isTrue();
    }
}
