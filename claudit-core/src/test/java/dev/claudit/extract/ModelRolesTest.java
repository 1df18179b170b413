package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Role;
import dev.claudit.facts.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The role extractors give the strings that name a model, from the code or data around them. */
class ModelRolesTest {

    private static FileFacts extract(String path, String text) {
        return new Extraction().extract(path, FileKind.of(path.substring(path.lastIndexOf('/') + 1)), text);
    }

    /** The role of the (first) literal whose text is exactly {@code id}. */
    private static Role roleOf(FileFacts f, String id) {
        Value.Literal lit = f.literals().stream().filter(l -> l.text().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no literal " + id));
        return f.role(lit.location());
    }

    @Test
    void jsRequestsResponsesTablesAndComparisons() {
        FileFacts f = extract("src/chat.ts", """
                const sent = client.messages.create({ model: 'claude-a', max_tokens: 10, messages: [] });
                const reply = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-b', content: [] };
                const event = { type: 'message_start', message: { id: 'msg_2', model: 'claude-c' } };
                const prices = { 'claude-d': { input: 15, output: 75 } };
                const rows = [{ id: 'claude-e', contextWindow: 200000 }];
                if (model === 'claude-f' || model.startsWith('claude-g')) {}
                switch (model) { case 'claude-h': break; }
                const legacy = ['claude-i', 'claude-j'].includes(model);
                const other = { provider: 'bedrock', model: 'claude-k' };
                const schema = { type: 'string', default: 'claude-l' };
                const plain = 'claude-m';
                const canned = vi.fn().mockResolvedValue({ model: 'claude-n' });
                const opts = { providerOptions: { openrouter: { model: 'claude-o' } } };
                """);
        assertThat(roleOf(f, "claude-a")).isEqualTo(Role.SENT);
        assertThat(roleOf(f, "claude-b")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-c")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-d")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-e")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-f")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-g")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-h")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-i")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-k")).isEqualTo(Role.ELSEWHERE);
        assertThat(roleOf(f, "claude-l")).isEqualTo(Role.CONFIGURED);
        assertThat(roleOf(f, "claude-m")).isNull();
        assertThat(roleOf(f, "claude-n")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-o")).isEqualTo(Role.ELSEWHERE);
    }

    @Test
    void jsStreamTextInATemplateIsAResponse() {
        FileFacts f = extract("src/stream.test.ts", """
                const chunks = [`data: {"type":"message_start","message":{"id":"msg_1","model":"claude-a","usage":{}}}\\n\\n`];
                """);
        Value.Literal lit = f.literals().stream().filter(l -> l.text().contains("claude-a")).findFirst().orElseThrow();
        assertThat(f.role(lit.location())).isEqualTo(Role.MENTIONED);
    }

    @Test
    void javaBuildersDefaultsComparisonsAndTables() {
        FileFacts f = extract("src/main/java/a/Models.java", """
                package a;
                import java.util.Map;
                import java.util.Set;
                interface Config {
                    @WithDefault("claude-a") String model();
                }
                enum Row { OPUS("claude-b", 200000, 15.0) ; Row(String id, int ctx, double price) {} }
                class Models {
                    static final Map<String, Double> PRICES = Map.of("claude-c", 15.0, "claude-d", 3.0);
                    static final Set<String> OLD = Set.of("claude-e");
                    Object params() { return MessageCreateParams.builder().model("claude-f").maxTokens(10).build(); }
                    boolean old(String m) { return m.equals("claude-g") || "claude-h".equals(m) || m.startsWith("claude-i"); }
                    int tier(String m) { switch (m) { case "claude-j": return 1; default: return 2; } }
                    static final String BODY = \"""
                        {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-k", "stop_reason": "end_turn"}
                        \""";
                    static final String REQUEST = "{\\"model\\": \\"claude-l\\", \\"max_tokens\\": 10}";
                    @Value("${chat.model:claude-m}") String configured;
                    static final String PLAIN = "claude-n";
                }
                """);
        assertThat(roleOf(f, "claude-a")).isEqualTo(Role.CONFIGURED);
        assertThat(roleOf(f, "claude-b")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-c")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-d")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-e")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-f")).isEqualTo(Role.SENT);
        assertThat(roleOf(f, "claude-g")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-h")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-i")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-j")).isEqualTo(Role.MENTIONED);
        Value.Literal body = f.literals().stream().filter(l -> l.text().contains("claude-k")).findFirst().orElseThrow();
        assertThat(f.role(body.location())).isEqualTo(Role.MENTIONED);
        Value.Literal request = f.literals().stream().filter(l -> l.text().contains("claude-l")).findFirst().orElseThrow();
        assertThat(f.role(request.location())).isEqualTo(Role.SENT);
        assertThat(roleOf(f, "${chat.model:claude-m}")).isEqualTo(Role.CONFIGURED);
        assertThat(roleOf(f, "claude-n")).isNull();
    }

    @Test
    void javaMockServerImportsMarkTheFile() {
        assertThat(extract("src/test/java/a/ChatTest.java", """
                package a;
                import com.github.tomakehurst.wiremock.junit5.WireMockTest;
                class ChatTest {}
                """).mockedHttp()).isTrue();
        assertThat(extract("src/test/java/a/ChatTest.java", "package a;\nclass ChatTest {}\n").mockedHttp()).isFalse();
    }

    @Test
    void jsonRecordedResponsesTablesPlatformsAndSchemaDefaults() {
        FileFacts f = extract("data/models.json", """
                {
                  "request": {"model": "claude-a", "max_tokens": 10, "messages": []},
                  "response": {"id": "msg_1", "model": "claude-b"},
                  "event": {"type": "message_start", "message": {"model": "claude-c"}},
                  "pricing": [{"id": "claude-d", "input_price_per_million": 15}],
                  "routes": [{"provider": "vertex", "model": "claude-e"}],
                  "properties": {"model": {"type": "string", "default": "claude-f"}},
                  "chat": {"model": "claude-g"},
                  "eval": [{"model": "claude-h", "score": 0.7}]
                }
                """);
        assertThat(roleOf(f, "claude-a")).isEqualTo(Role.SENT);
        assertThat(roleOf(f, "claude-b")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-c")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-d")).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-e")).isEqualTo(Role.ELSEWHERE);
        assertThat(roleOf(f, "claude-f")).isEqualTo(Role.CONFIGURED);
        assertThat(roleOf(f, "claude-g")).isNull();
        assertThat(roleOf(f, "claude-h")).isEqualTo(Role.MENTIONED);
    }

    @Test
    void yamlPlatformsResponsesAndCassetteBodies() {
        FileFacts f = extract("config/llm.yml", """
                default:
                  provider: anthropic
                  model: claude-a
                fallback:
                  provider: bedrock
                  model: claude-b
                interactions:
                  - request:
                      body: '{"model": "claude-c", "max_tokens": 5, "messages": []}'
                    response:
                      body: '{"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-d"}'
                examples:
                  chat:
                    model: claude-e
                """);
        assertThat(roleOf(f, "claude-a")).isNull();
        assertThat(roleOf(f, "claude-b")).isEqualTo(Role.ELSEWHERE);
        Value.Literal request = f.literals().stream().filter(l -> l.text().contains("claude-c")).findFirst().orElseThrow();
        assertThat(f.role(request.location())).isEqualTo(Role.SENT);
        Value.Literal response = f.literals().stream().filter(l -> l.text().contains("claude-d")).findFirst().orElseThrow();
        assertThat(f.role(response.location())).isEqualTo(Role.MENTIONED);
        assertThat(roleOf(f, "claude-e")).isEqualTo(Role.MENTIONED);
    }
}
