package dev.claudit.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "src/main/java/com/acme/Chat.java, MAIN",
            "src/main/resources/application.yml, MAIN",
            ".env, MAIN",
            "packages/core/src/index.ts, MAIN",
            "src/contest/Entry.java, MAIN",
            "spec/openapi.yml, MAIN",
            "src/main/java/com/acme/Edit.java, MAIN",
            "src/main/java/com/acme/Latest.java, MAIN",
            "src/main/java/com/acme/Spectrum.java, MAIN",
            "src/main/java/com/acme/Test.java, MAIN",
            "src/test/java/com/acme/ChatTest.java, TEST",
            "src/test/resources/application.properties, TEST",
            "src/it/java/com/acme/LiveIT.java, TEST",
            "core/src/main/java/com/acme/ChatIT.java, TEST",
            "tests/api-resources/messages.test.ts, TEST",
            "packages/ai/src/generate-text.test.ts, TEST",
            "src/components/Chat.spec.jsx, TEST",
            "app/__tests__/chat.js, TEST",
            "langchain4j-anthropic/src/test/java/x/AnthropicChatModelIT.java, TEST",
            "python/test_client.py, TEST",
            "python/client_test.py, TEST",
            "integration-tests/anthropic/src/main/java/App.java, TEST",
            "e2e/chat.ts, TEST",
            "core/src/llm/anthropic.vitest.ts, TEST",
            "packages/ai/src/types.test-d.ts, TEST",
            "packages/config/test-fixtures/models.yaml, FIXTURE",
            "tests/fixtures/message.json, FIXTURE",
            "web/src/components/ChatHeader.stories.tsx, FIXTURE",
            "web/src/App.story.jsx, FIXTURE",
            "web/src/lib/Picker.stories.svelte, FIXTURE",
            "web/src/lib/histories.ts, MAIN",
            "packages/anthropic/src/__fixtures__/anthropic-text.chunks.txt, FIXTURE",
            "src/test/resources/__files/x.json, FIXTURE",
            "internal/testdata/response.json, FIXTURE",
            "testdata/demo/src/main/resources/application.properties, FIXTURE",
            "demo/src/test/java/a/ChatTest.java, TEST",
            "test/cassettes/messages.yml, FIXTURE",
            "src/__snapshots__/chat.test.ts.snap, FIXTURE",
            "src/__mocks__/anthropic.ts, FIXTURE",
            "examples/basic.ts, EXAMPLE",
            "examples/src/test/java/ExampleTest.java, TEST",
            "anthropic-examples/src/main/java/Hello.java, EXAMPLE",
            "samples/chat/app.py, EXAMPLE",
            "demo/index.js, EXAMPLE",
            "cookbook/tool_use.ts, EXAMPLE",
            "docs/guide.ts, DOCS",
            "README.md, DOCS",
            "examples/README.md, EXAMPLE",
    })
    void placeFromPath(String path, Place expected) {
        assertThat(Place.of(path)).isEqualTo(expected);
    }

    @Test
    void testCodeOutsideTestFoldersIsATestByItsImports() {
        assertThat(Place.of("src/chat.check.ts", "import { describe, it, expect } from 'vitest';\n")).isEqualTo(Place.TEST);
        assertThat(Place.of("src/main/java/com/acme/Checks.java", "package a;\nimport org.junit.jupiter.api.Test;\n")).isEqualTo(Place.TEST);
        assertThat(Place.of("lib/run.js", "const test = require('node:test');\n")).isEqualTo(Place.TEST);
    }

    @Test
    void mainCodeMentioningTestWordsStaysMain() {
        assertThat(Place.of("src/index.ts", "// run vitest before release\nexport const x = 'vitest';\n")).isEqualTo(Place.MAIN);
        assertThat(Place.of("src/main/java/A.java", "package a;\nimport com.acme.junit.Runner;\n")).isEqualTo(Place.MAIN);
    }

    @Test
    void pathWinsOverContent() {
        assertThat(Place.of("examples/chat.ts", "import { test } from 'vitest';")).isEqualTo(Place.EXAMPLE);
    }
}
