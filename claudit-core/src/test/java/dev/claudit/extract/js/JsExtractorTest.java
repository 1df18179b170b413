package dev.claudit.extract.js;

import dev.claudit.extract.FactSink;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.ClientConfig;
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

class JsExtractorTest {

    static FileFacts extract(String path, String text) throws UnparsableText {
        FactSink sink = new FactSink(path, FileKind.JAVASCRIPT);
        new JsExtractor().extract(path, text, sink);
        return sink.toFacts();
    }

    @Test
    void anthropicClientOptionsAreValues() throws Exception {
        FileFacts f = extract("src/chat.ts", """
                import Claude from "@anthropic-ai/sdk";

                const BASE = "https://api.anthropic.com";
                export const client = new Claude({
                  apiKey: import.meta.env.VITE_ANTHROPIC_API_KEY,
                  baseURL: BASE,
                  dangerouslyAllowBrowser: true,
                  ...extra,
                });
                const other = new Map();
                """);
        assertThat(f.clients()).singleElement().satisfies(c -> {
            assertThat(c.sdk()).isEqualTo(ClientConfig.Sdk.ANTHROPIC_JS);
            assertThat(c.location()).isEqualTo(new Location("src/chat.ts", 4, 23, 4, 32));
            assertThat(c.options()).containsOnlyKeys("apiKey", "baseUrl", "dangerouslyAllowBrowser");
            assertThat(c.options().get("dangerouslyAllowBrowser")).isEqualTo(new Value.Literal("true", new Location("src/chat.ts", 7, 28, 7, 31)));
            assertThat(c.options().get("apiKey")).isInstanceOf(Value.Reference.class)
                    .extracting(v -> ((Value.Reference) v).name()).isEqualTo("VITE_ANTHROPIC_API_KEY");
            assertThat(c.options().get("baseUrl").knownText()).contains("https://api.anthropic.com");
        });
        assertThat(f.settings()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("VITE_ANTHROPIC_API_KEY");
            assertThat(s.origin()).isEqualTo(Setting.Origin.JS_USAGE);
            assertThat(s.location()).isEqualTo(new Location("src/chat.ts", 5, 11, 5, 48));
        });
    }

    @Test
    void requireNamespacesAndUnimportedClientNames() throws Exception {
        FileFacts f = extract("a.cjs", """
                const sdk = require('@anthropic-ai/sdk');
                const { AnthropicBedrock } = require("@anthropic-ai/bedrock-sdk");
                const a = new sdk.Anthropic();
                const b = new AnthropicBedrock({ awsRegion: 'us-east-1' });
                const c = new Other();
                """);
        assertThat(f.clients()).extracting(ClientConfig::sdk).containsExactly(ClientConfig.Sdk.ANTHROPIC_JS, ClientConfig.Sdk.ANTHROPIC_JS_BEDROCK);
        assertThat(extract("b.js", "const c = new Anthropic({ authToken: token });").clients())
                .singleElement().satisfies(c -> assertThat(c.options().get("authToken")).isEqualTo(
                        new Value.Unknown("token", new Location("b.js", 1, 38, 1, 42))));
    }

    @Test
    void fetchWithLiteralHeadersIsAComplete() throws Exception {
        FileFacts f = extract("api.js", """
                const API_URL = process.env.ANTHROPIC_BASE_URL || "https://api.anthropic.com";
                export async function ask(prompt) {
                  const res = await fetch(`${API_URL}/v1/messages`, {
                    method: "POST",
                    headers: {
                      "content-type": "application/json",
                      Authorization: `Bearer ${process.env.ANTHROPIC_API_KEY}`,
                    },
                    body: JSON.stringify({ prompt }),
                  });
                  return fetch(API_URL + "/v1/models", { headers });
                }
                """);
        assertThat(f.calls()).hasSize(2);
        HttpCall post = f.calls().get(0);
        assertThat(post.api()).isEqualTo(HttpCall.Api.FETCH);
        assertThat(post.location()).isEqualTo(new Location("api.js", 3, 21, 3, 25));
        assertThat(post.headersComplete()).isTrue();
        Value.Reference base = post.url().references().get(0);
        assertThat(base.name()).isEqualTo("ANTHROPIC_BASE_URL");
        assertThat(base.fallback()).isEqualTo("https://api.anthropic.com");
        assertThat(post.url().render()).isEqualTo("${ANTHROPIC_BASE_URL}/v1/messages");
        assertThat(post.headers()).extracting(Header::nameText).containsExactly("content-type", "Authorization");
        Header auth = post.header("authorization").orElseThrow();
        assertThat(auth.location()).isEqualTo(new Location("api.js", 7, 7, 7, 19));
        assertThat(auth.value().knownPrefix()).isEqualTo("Bearer ");
        assertThat(auth.value().references()).extracting(Value.Reference::name).containsExactly("ANTHROPIC_API_KEY");
        assertThat(f.calls().get(1).headersComplete()).as("headers from an unknown variable").isFalse();
        assertThat(f.settings()).extracting(Setting::key).containsExactly("ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY");
    }

    @Test
    void spreadAndComputedHeadersAreIncomplete() throws Exception {
        FileFacts f = extract("x.js", """
                const common = { "x-api-key": key };
                fetch("https://api.anthropic.com/v1/models", { headers: { ...auth, "anthropic-version": "2023-06-01" } });
                fetch("https://api.anthropic.com/v1/models", { headers: { [HEADER]: key } });
                fetch("https://api.anthropic.com/v1/models", { headers: common });
                fetch("https://api.anthropic.com/v1/models", init);
                fetch("https://api.anthropic.com/v1/models");
                """);
        assertThat(f.calls()).extracting(HttpCall::headersComplete).containsExactly(false, false, true, false, true);
        assertThat(f.calls().get(2).headers()).extracting(Header::nameText).containsExactly("x-api-key");
    }

    @Test
    void axiosCallsInstancesAndDefaults() throws Exception {
        FileFacts f = extract("client.js", """
                import axios from "axios";
                const api = axios.create({
                  baseURL: "https://api.anthropic.com",
                  headers: { "x-api-key": process.env.ANTHROPIC_API_KEY },
                });
                axios.post("https://api.anthropic.com/v1/messages", body, { headers: { Authorization: "Bearer " + key } });
                api.get("/v1/models");
                axios({ url: "https://api.anthropic.com/v1/complete", method: "post", headers: { "anthropic-version": "2023-06-01" } });
                axios.defaults.headers.common["anthropic-version"] = "2023-06-01";
                """);
        assertThat(f.calls()).extracting(c -> c.url().render()).containsExactly(
                "https://api.anthropic.com", "https://api.anthropic.com/v1/messages", "https://api.anthropic.com/v1/models",
                "https://api.anthropic.com/v1/complete", "<?>");
        assertThat(f.calls()).extracting(HttpCall::baseOnly).containsExactly(true, false, false, false, true);
        assertThat(f.calls()).allSatisfy(c -> assertThat(c.api()).isEqualTo(HttpCall.Api.AXIOS));
        HttpCall post = f.calls().get(1);
        assertThat(post.location()).isEqualTo(new Location("client.js", 6, 1, 6, 10));
        assertThat(post.header("Authorization").orElseThrow().value().knownPrefix()).isEqualTo("Bearer ");
        assertThat(f.calls().get(2).headers()).extracting(Header::nameText).containsExactly("x-api-key");
        assertThat(f.calls().get(4).header("anthropic-version").orElseThrow().value().knownText()).contains("2023-06-01");
    }

    @Test
    void anInterceptorMakesTheFilesAxiosHeadersIncomplete() throws Exception {
        FileFacts f = extract("client.js", """
                axios.interceptors.request.use((c) => c);
                axios.get("https://api.anthropic.com/v1/models", { headers: { "x-api-key": k } });
                """);
        assertThat(f.calls()).singleElement().satisfies(c -> assertThat(c.headersComplete()).isFalse());
    }

    @Test
    void envReadsInEveryFormAreUsages() throws Exception {
        FileFacts f = extract("env.js", """
                const a = process.env["NEXT_PUBLIC_ANTHROPIC_API_KEY"];
                const b = process.env?.ANTHROPIC_API_KEY;
                const { VITE_CLAUDE_KEY, VITE_MODEL: model = "claude-haiku-4-5" } = import.meta.env;
                const d = Deno.env.get("ANTHROPIC_API_KEY");
                const e = config.process.env.NOT_AN_ENV_READ;
                """);
        assertThat(f.settings()).extracting(Setting::key).containsExactly("VITE_CLAUDE_KEY", "VITE_MODEL",
                "NEXT_PUBLIC_ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY");
        assertThat(f.settings()).allSatisfy(s -> assertThat(s.value()).isInstanceOf(Value.Reference.class));
        assertThat(f.settings().get(0).location()).isEqualTo(new Location("env.js", 3, 9, 3, 23));
    }

    @Test
    void nextConfigEnvAndPublicRuntimeConfigAreSettings() throws Exception {
        FileFacts f = extract("web/next.config.mjs", """
                /** @type {import('next').NextConfig} */
                const nextConfig = {
                  reactStrictMode: true,
                  env: {
                    ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY,
                    "CLAUDE_MODEL": "claude-sonnet-4-5",
                  },
                  publicRuntimeConfig: { anthropicKey: process.env.ANTHROPIC_API_KEY },
                  serverRuntimeConfig: { secret: process.env.ANTHROPIC_API_KEY },
                };
                export default nextConfig;
                """);
        assertThat(f.settings()).filteredOn(s -> s.origin() == Setting.Origin.NEXT_CONFIG).extracting(Setting::key)
                .containsExactly("env.ANTHROPIC_API_KEY", "env.CLAUDE_MODEL", "publicRuntimeConfig.anthropicKey");
        Setting key = f.settings().stream().filter(s -> s.key().equals("env.ANTHROPIC_API_KEY")).findFirst().orElseThrow();
        assertThat(key.location()).isEqualTo(new Location("web/next.config.mjs", 5, 5, 5, 21));
        assertThat(key.simpleName()).isEqualTo("ANTHROPIC_API_KEY");
        assertThat(extract("src/env.js", "const c = { env: { ANTHROPIC_API_KEY: 'x' } };").settings()).isEmpty();
    }

    @Test
    void literalsTemplatePiecesAndFoldedConcatenations() throws Exception {
        FileFacts f = extract("k.js", """
                const PREFIX = "sk-ant-api03-";
                const KEY = PREFIX + "abc" + 'def';
                const URL = `https://api.anthropic.ai/${path}`;
                console.log("key", KEY);
                """);
        assertThat(f.literals()).extracting(Value.Literal::text)
                .contains("sk-ant-api03-", "abc", "def", "https://api.anthropic.ai/", "key", "sk-ant-api03-abcdef");
        assertThat(f.literals()).filteredOn(Value.Literal::folded).singleElement()
                .satisfies(l -> assertThat(l.location()).isEqualTo(new Location("k.js", 2, 13, 2, 34)));
        assertThat(f.logs()).singleElement().satisfies(l -> {
            assertThat(l.api()).isEqualTo("console.log");
            assertThat(l.arguments().get(1).knownText()).contains("sk-ant-api03-abcdef");
        });
    }

    @Test
    void vueFilesReadOnlyTheirScripts() throws Exception {
        FileFacts f = extract("Chat.vue", """
                <template>
                  <p>Don't put "keys" here</p>
                </template>
                <script setup lang="ts">
                const key = import.meta.env.VITE_ANTHROPIC_API_KEY;
                </script>
                """);
        assertThat(f.settings()).singleElement().satisfies(s -> assertThat(s.location().line()).isEqualTo(5));
    }

    @Test
    void aBrokenFileIsRejected() {
        assertThatThrownBy(() -> extract("a.ts", "const a = `unterminated ${x}\n"))
                .isInstanceOf(UnparsableText.class).hasMessageContaining("line 1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "web/app/api/chat/route.ts|                                   | true",
            "web/src/pages/api/chat.ts|                                   | true",
            "web/src/lib/claude.server.ts|                                | true",
            "web/server/claude.ts|                                        | true",
            "web/src/routes/api/chat/+server.ts|                          | true",
            "web/src/hooks.server.ts|                                     | true",
            "web/src/lib/claude.ts|import { KEY } from '$env/static/private'; | true",
            "web/src/lib/claude.ts|import { env } from '$env/dynamic/public'; | false",
            "web/src/lib/claude.ts|'use server';                          | true",
            "web/src/lib/claude.ts|import 'server-only';                  | true",
            "web/src/lib/claude.ts|import { readFile } from 'node:fs/promises'; | true",
            "web/src/lib/claude.ts|const express = require('express');   | true",
            "web/src/lib/claude.ts|export async function POST(req) {}   | true",
            "web/src/lib/claude.ts|'use client';                          | false",
            "web/src/lib/claude.ts|import { useState } from 'react';     | false",
            "web/src/api/claude.ts|                                       | false",
            "web/src/lib/claude.ts|export async function post(req) {}   | false"})
    void clientsInServerOnlyCodeAreMarkedServerOnly(String path, String head, boolean serverOnly) throws Exception {
        FileFacts f = extract(path, (head == null ? "" : head) + """

                import Anthropic from "@anthropic-ai/sdk";
                export const client = new Anthropic({ apiKey: process.env.NEXT_PUBLIC_KEY });
                """);
        assertThat(f.clients()).singleElement().extracting(ClientConfig::serverOnly).isEqualTo(serverOnly);
    }

    @Test
    void aShebangMakesANodeScript() throws Exception {
        FileFacts f = extract("tools/ask.mjs", "#!/usr/bin/env node\nimport Anthropic from '@anthropic-ai/sdk';\nnew Anthropic();\n");
        assertThat(f.clients()).singleElement().extracting(ClientConfig::serverOnly).isEqualTo(true);
    }

    @Test
    void browserAccessHeaderInAnyObjectLiteralIsASetting() throws Exception {
        FileFacts f = extract("src/h.js", """
                const h = { a: 1, 'anthropic-dangerous-direct-browser-access': String(true) };
                const names = ["anthropic-dangerous-direct-browser-access"];
                """);
        assertThat(f.settings()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("anthropic-dangerous-direct-browser-access");
            assertThat(s.origin()).isEqualTo(Setting.Origin.JS_OBJECT);
            assertThat(s.value().knownText()).contains("true");
            assertThat(s.location()).isEqualTo(new Location("src/h.js", 1, 19, 1, 61));
        });
    }

    @Test
    void theAiSdkProviderIsAClientMadeByItsFactoryOrImportedReady() throws Exception {
        FileFacts f = extract("src/model.ts", """
                import { createAnthropic as make, anthropic } from '@ai-sdk/anthropic';
                import { createOpenAI } from '@ai-sdk/openai';

                export const custom = make({ apiKey: process.env.LLM_TOKEN, baseURL: 'https://gateway.example/v1' });
                export const plain = make();
                export const other = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
                export const ready = anthropic('claude-sonnet-4-5');
                """);
        assertThat(f.clients()).allSatisfy(c -> assertThat(c.sdk()).isEqualTo(ClientConfig.Sdk.AI_SDK_ANTHROPIC))
                .extracting(c -> c.location().line(), c -> c.options().keySet())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, java.util.Set.of("fromEnv")),
                        org.assertj.core.groups.Tuple.tuple(4, java.util.Set.of("apiKey", "baseUrl")),
                        org.assertj.core.groups.Tuple.tuple(5, java.util.Set.of("fromEnv")));
        assertThat(extract("a.cjs", "const { createAnthropic } = require('@ai-sdk/anthropic');\nconst p = createAnthropic({ fetch });\n").clients())
                .singleElement().satisfies(c -> assertThat(c.has(ClientConfig.Option.FETCH)).isTrue());
    }

    @Test
    void aServerOnlyFileIsMarkedSoWithOrWithoutAClient() throws Exception {
        assertThat(extract("web/app/api/proxy/route.ts", "export const h = { 'anthropic-version': '2023-06-01' };\n").serverOnly()).isTrue();
        assertThat(extract("web/src/lib/h.ts", "export const h = { 'anthropic-version': '2023-06-01' };\n").serverOnly()).isFalse();
    }

    @Test
    void theBrowserAccessHeaderAddedOnlyUnderTheCallersOptInIsNoSetting() throws Exception {
        FileFacts f = extract("src/client.ts", """
                const a = { ...(this.opts.dangerouslyAllowBrowser ? { 'anthropic-dangerous-direct-browser-access': 'true' } : {}) };
                const b = { ...(opts?.dangerouslyAllowBrowser && { "anthropic-dangerous-direct-browser-access": "true" }) };
                const c = { ...(browser ? { "anthropic-dangerous-direct-browser-access": "true" } : {}) };
                """);
        assertThat(f.settings()).singleElement().extracting(s -> s.location().line()).isEqualTo(3);
    }

    @Test
    void nextConfigSectionsBoundToANameAndEnvSpreads() throws Exception {
        FileFacts f = extract("web/next.config.mjs", """
                const pub = { KEY: process.env.ANTHROPIC_API_KEY };
                export default { env: pub, publicRuntimeConfig: { ...process.env }, other: { ...process.env } };
                """);
        assertThat(f.settings()).filteredOn(s -> s.origin() == Setting.Origin.NEXT_CONFIG || s.origin() == Setting.Origin.NEXT_CONFIG_ENVIRONMENT)
                .extracting(Setting::key, Setting::origin, s -> s.value().render(), s -> s.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("env.KEY", Setting.Origin.NEXT_CONFIG, "${ANTHROPIC_API_KEY}", 1),
                        org.assertj.core.groups.Tuple.tuple("publicRuntimeConfig", Setting.Origin.NEXT_CONFIG_ENVIRONMENT, "<?>", 2));
    }
}
