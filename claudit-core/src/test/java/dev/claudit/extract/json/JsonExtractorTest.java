package dev.claudit.extract.json;

import dev.claudit.extract.FactSink;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonExtractorTest {

    static FileFacts extract(String path, String text) throws Exception {
        FactSink sink = new FactSink(path, FileKind.JSON);
        new JsonExtractor().extract(path, text, sink);
        return sink.toFacts();
    }

    static Setting setting(FileFacts f, String key) {
        return f.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** An object of n numeric members named word0, word1, …, as a tokenizer's vocabulary maps words to ids. */
    static String numbers(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : ",\n").append("      \"word").append(i).append("\": ").append(i);
        return b.toString();
    }

    @Test
    void anObjectOfAThousandNumbersIsATableWhoseNumbersAreNoSettings() throws Exception {
        FileFacts f = extract("tokenizer.json", "{\n  \"model\": {\n    \"type\": \"WordPiece\",\n    \"vocab\": {\n"
                + numbers(30_000) + "\n    },\n    \"unk_token\": \"[UNK]\"\n  },\n  \"truncation\": {\"max_length\": 128}\n}\n");
        assertThat(f.settings()).extracting(Setting::key)
                .containsExactly("model.type", "model.unk_token", "truncation.max_length");

        // the table's other members still are settings, wherever they come
        FileFacts after = extract("vocab.json", "{\n" + numbers(1000) + ",\n  \"anthropic-version\": \"2023-06-01\",\n  \"enabled\": true,\n  \"n\": 1\n}\n");
        assertThat(after.settings()).extracting(Setting::key).containsExactly("anthropic-version", "enabled");
    }

    @Test
    void fewerNumbersOrNumbersAmongOtherMembersAreSettingsInTheirOrder() throws Exception {
        FileFacts few = extract("ids.json", "{\"inner\": {\n" + numbers(999) + "\n}, \"last\": 2}\n");
        assertThat(few.settings()).hasSize(1000);
        assertThat(few.settings().get(0).key()).isEqualTo("inner.word0");
        assertThat(few.settings().get(998).key()).isEqualTo("inner.word998");
        assertThat(few.settings().get(998).location().line()).isEqualTo(1000);
        assertThat(few.settings().get(999).key()).isEqualTo("last");

        FileFacts mixed = extract("config.json", "{\n  \"timeout\": 30,\n  \"retries\": 2,\n  \"url\": \"https://api.anthropic.com\",\n"
                + numbers(1500) + ",\n  \"nested\": {\"x\": 1}\n}\n");
        assertThat(mixed.settings()).hasSize(1504);
        assertThat(mixed.settings()).extracting(Setting::key).startsWith("timeout", "retries", "url", "word0").endsWith("word1499", "nested.x");
    }

    @Test
    void mcpServerEnvEntriesAreSettingsUnderTheirKeyPath() throws Exception {
        FileFacts f = extract(".mcp.json", """
                {
                  "mcpServers": {
                    "anthropic": {
                      "command": "npx",
                      "args": ["-y", "@acme/mcp-claude"],
                      "env": {
                        "ANTHROPIC_API_KEY": "${ANTHROPIC_API_KEY}",
                        "ANTHROPIC_BASE_URL": "${BASE:-https://api.anthropic.ai}",
                        "VITE_ANTHROPIC_API_KEY": "sk-ant-api03-placeholder",
                        "MESSAGES_URL": "https://api.anthropic.ai/${VERSION}/messages"
                      },
                      "timeout": 30,
                      "disabled": false
                    }
                  }
                }
                """);
        Setting key = setting(f, "mcpServers.anthropic.env.ANTHROPIC_API_KEY");
        assertThat(key.origin()).isEqualTo(Setting.Origin.JSON);
        assertThat(key.location()).isEqualTo(new Location(".mcp.json", 7, 10, 7, 26));
        assertThat(key.value()).isEqualTo(new Value.Reference(Value.Source.ENV, "ANTHROPIC_API_KEY", null,
                new Location(".mcp.json", 7, 31, 7, 50)));
        assertThat(key.simpleName()).isEqualTo("ANTHROPIC_API_KEY");
        assertThat(setting(f, "mcpServers.anthropic.env.ANTHROPIC_BASE_URL").value().references().get(0).fallback())
                .isEqualTo("https://api.anthropic.ai");
        assertThat(setting(f, "mcpServers.anthropic.timeout").value().knownText()).contains("30");
        assertThat(setting(f, "mcpServers.anthropic.disabled").value().knownText()).contains("false");
        assertThat(f.settings()).extracting(Setting::key).doesNotContain("mcpServers.anthropic.args");
        assertThat(f.literals()).extracting(Value.Literal::text)
                .contains("npx", "-y", "@acme/mcp-claude", "sk-ant-api03-placeholder", "https://api.anthropic.ai/", "/messages");
        assertThat(f.calls()).isEmpty();
    }

    @Test
    void jsoncCommentsAndTrailingCommasAreAccepted() throws Exception {
        FileFacts f = extract("appsettings.Development.json", """
                // ASP.NET settings
                {
                  "Anthropic": {
                    /* the key comes from user secrets */
                    "ApiKey": "",
                    "BaseUrl": "https://api.claude.ai",
                  },
                }
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("Anthropic.ApiKey", "Anthropic.BaseUrl");
        Setting base = setting(f, "Anthropic.BaseUrl");
        assertThat(base.value()).isEqualTo(new Value.Literal("https://api.claude.ai", new Location("appsettings.Development.json", 6, 17, 6, 37)));
        assertThat(setting(f, "Anthropic.ApiKey").value().knownText()).contains("");
    }

    @Test
    void requestShapedObjectsAreHttpCallsWithHeaders() throws Exception {
        FileFacts f = extract("requests.json", """
                {"requests": [
                  {"method": "POST", "url": "https://api.anthropic.com/v1/messages",
                   "headers": {"Authorization": "Bearer ${ANTHROPIC_API_KEY}", "anthropic-version": "2023-06-01"}},
                  {"name": "no headers", "url": "https://api.anthropic.com/v1/models"}
                ]}
                """);
        assertThat(f.calls()).singleElement().satisfies(c -> {
            assertThat(c.api()).isEqualTo(HttpCall.Api.JSON);
            assertThat(c.headersComplete()).isFalse();
            assertThat(c.url().knownText()).contains("https://api.anthropic.com/v1/messages");
            assertThat(c.location()).isEqualTo(new Location("requests.json", 2, 30, 2, 66));
            assertThat(c.headers()).extracting(Header::nameText).containsExactly("Authorization", "anthropic-version");
            Header auth = c.headers().get(0);
            assertThat(auth.location()).isEqualTo(new Location("requests.json", 3, 17, 3, 29));
            assertThat(auth.value().knownPrefix()).isEqualTo("Bearer ");
            assertThat(auth.value().references()).extracting(Value.Reference::name).containsExactly("ANTHROPIC_API_KEY");
        });
        assertThat(setting(f, "requests.0.url").value().knownText()).contains("https://api.anthropic.com/v1/messages");
    }

    @Test
    void postmanRequestsReadUrlRawAndHeaderLists() throws Exception {
        FileFacts f = extract("claude.postman_collection.json", """
                {"item": [{"name": "messages", "request": {
                  "method": "POST",
                  "header": [
                    {"key": "x-api-key", "value": "{{anthropic_key}}"},
                    {"key": "anthropic-version", "value": "2023-01-01", "disabled": true},
                    {"key": "content-type", "value": "application/json"}
                  ],
                  "url": {"raw": "https://api.anthropic.com/v1/messages", "host": ["api", "anthropic", "com"]}
                }}]}
                """);
        HttpCall call = f.calls().get(0);
        assertThat(f.calls()).hasSize(1);
        assertThat(call.url().knownText()).contains("https://api.anthropic.com/v1/messages");
        assertThat(call.headers()).extracting(Header::nameText).containsExactly("x-api-key", "content-type");
        assertThat(call.headers().get(0).location().line()).isEqualTo(4);
    }

    @Test
    void packageJsonScriptsAreReadAsShell() throws Exception {
        FileFacts f = extract("web/package.json", """
                {
                  "name": "web",
                  "scripts": {
                    "ping": "curl -s -H \\"x-api-key: $ANTHROPIC_API_KEY\\" https://api.anthropic.com/v1/models"
                  }
                }
                """);
        assertThat(f.calls()).singleElement().satisfies(c -> {
            assertThat(c.api()).isEqualTo(HttpCall.Api.CURL);
            assertThat(c.location()).isEqualTo(new Location("web/package.json", 4, 14, 4, 17));
            assertThat(c.header("x-api-key").orElseThrow().location()).isEqualTo(new Location("web/package.json", 4, 26, 4, 57));
        });
    }

    @Test
    void brokenJsonIsRejectedWithTheLineAndWithoutContent() {
        assertThatThrownBy(() -> extract("x.json", "{\n  \"key\": sk-ant-api03-notquoted\n}"))
                .isInstanceOf(UnparsableText.class)
                .hasMessage("JSON syntax error at line 2");
    }

    @Test
    void claudit_sOwnBaselineAndReportAreNotReadAsSettingsHoweverIndentedButLookalikesAre() throws Exception {
        String compactBaseline = "{\"version\":1,\"findings\":[{\"ruleId\":\"insecure-transport\",\"path\":\"a.yml\","
                + "\"fingerprint\":\"0123\",\"message\":\"`http://api.anthropic.com` uses plain HTTP\"}]}";
        assertThat(extract("b.json", compactBaseline).settings()).isEmpty();
        assertThat(extract("r.json", "{ \"version\": \"0.1.0\", \"findings\": [ ], \"notices\": [] }").settings()).isEmpty();

        String settingsNamedAlike = "{\"version\": 1, \"findings\": [{\"url\": \"http://api.anthropic.com\"}]}";
        assertThat(setting(extract("s.json", settingsNamedAlike), "findings.0.url").value()).isNotNull();
        String otherOrder = "{\"findings\": [{\"ruleId\": \"x\"}], \"version\": 1, \"model\": \"claude-2.1\"}";
        assertThat(setting(extract("o.json", otherOrder), "model").value()).isNotNull();
    }
}
