package dev.claudit.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The levels the model rules report at, by place: main keeps its level, tests are notes unless live end-to-end. */
class ModelPolicyTest {

    @TempDir
    Path dir;

    private List<String> scan(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return RuleExamplesTest.scan(RuleCatalog.load(), RuleData.load(), dir, RuleExamplesTest.DEFAULT_AS_OF).findings().stream()
                .map(x -> x.location().path() + ":" + x.location().line() + " " + x.ruleId() + " " + x.level().id())
                .sorted().toList();
    }

    private static final String REQUEST = """
            import Anthropic from '@anthropic-ai/sdk';

            const client = new Anthropic(%s);
            export const ask = () => client.messages.create({ model: 'claude-3-opus-20240229', max_tokens: 8, messages: [] });
            """;

    @Test
    void retiredIdInMainCodeIsAnError() throws IOException {
        assertThat(scan(Map.of("src/ask.ts", REQUEST.formatted("")))).containsExactly("src/ask.ts:4 retired-model error");
    }

    @Test
    void retiredIdSentInALiveEndToEndTestKeepsItsLevel() throws IOException {
        assertThat(scan(Map.of("tests/ask.test.ts", REQUEST.formatted("{ apiKey: process.env.ANTHROPIC_API_KEY }"))))
                .containsExactly("tests/ask.test.ts:4 retired-model error");
    }

    @Test
    void retiredIdInATestWhoseClientMayBeRealIsANote() throws IOException {
        String helperClient = """
                import { client } from './helpers';

                test('asks', async () => {
                  await fetch('https://api.anthropic.com/v1/messages', { method: 'POST' });
                  await client.messages.create({ model: 'claude-3-opus-20240229', max_tokens: 8, messages: [] });
                });
                """;
        assertThat(scan(Map.of("tests/ask.test.ts", helperClient))).contains("tests/ask.test.ts:5 retired-model note");
    }

    @Test
    void retiredIdInATestAgainstADoubleOrSendingNothingIsNotReported() throws IOException {
        assertThat(scan(Map.of(
                "tests/mock.test.ts", REQUEST.formatted("{ apiKey: 'test-key', baseURL: 'http://127.0.0.1:4010' }"),
                "tests/args.test.ts", "test('m', () => expect(parse(['--model', 'claude-3-opus-20240229']).model).toBeTruthy());\n",
                "src/test/java/a/ChatIT.java", """
                        package a;
                        class ChatIT {
                            static final String MODEL = "claude-3-opus-20240229";
                        }
                        """))).isEmpty();
    }

    @Test
    void deprecatedIdInATestIsANote() throws IOException {
        String live = """
                import { client } from './helpers';
                test('asks', async () => {
                  await fetch('https://api.anthropic.com/v1/messages', { method: 'POST' });
                  await client.messages.create({ model: 'claude-3-7-sonnet-20250219', max_tokens: 8, messages: [] });
                });
                """;
        for (Map.Entry<String, String> f : Map.of("tests/deprecated.test.ts", live).entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        var findings = RuleExamplesTest.scan(RuleCatalog.load(), RuleData.load(), dir, java.time.LocalDate.of(2025, 12, 1)).findings();
        assertThat(findings).extracting(x -> x.ruleId() + " " + x.level().id()).contains("retired-model note");
    }
}
