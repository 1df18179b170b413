package dev.claudit.extract.js;

import dev.claudit.extract.CommentSpans;
import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.facts.AnthropicHeaders;
import dev.claudit.facts.Notice;
import dev.claudit.facts.ObjectShape;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.LogCall;
import dev.claudit.facts.Role;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads JavaScript and TypeScript (and the {@code <script>} blocks of Vue and Svelte files) on the token
 * stream of {@link JsLexer}:
 * <ul>
 *   <li>{@code new Anthropic({...})} (any local name imported from {@code @anthropic-ai/sdk}, and the Bedrock,
 *       Vertex and Foundry clients) as a {@link ClientConfig}; its options by name, {@code baseURL} filed as
 *       {@code baseUrl} like the Java SDK's; marked server-only when {@link ServerOnlyCode} says the file is;</li>
 *   <li>{@code fetch(url, {headers})}, {@code axios(...)}, {@code axios.get/post/...}, {@code axios.create}
 *       instances and {@code axios.defaults.headers} as HTTP calls; headers are complete when written as an
 *       object literal with literal keys and no spread, and no axios interceptor is installed in the file;</li>
 *   <li>every {@code process.env.X} / {@code import.meta.env.X} read (and SvelteKit's {@code $env/static/public}
 *       imports and {@code $env/dynamic/public} {@code env.X} reads) as a setting of origin {@code js-usage}
 *       at the read, so a client-bundled variable name is judged where the bundle reads it;</li>
 *   <li>an {@code anthropic-dangerous-direct-browser-access} key of any object literal as a setting of origin
 *       {@code js-object};</li>
 *   <li>in {@code next.config.*}, the members of {@code env} and {@code publicRuntimeConfig} (an object literal or a
 *       name bound to one) as settings of origin {@code next-config} (Next.js inlines both into the client bundle);
 *       a spread {@code ...process.env} there as the section itself with the unknown value {@code process.env};</li>
 *   <li>{@code export const} constants (and the members of an exported object literal) as symbols under the module's
 *       names ({@link JsModules}); names imported from a project module ({@code ./config}, {@code @/lib/config}) as
 *       symbols the project resolves;</li>
 *   <li>{@code createAnthropic({...})} and the {@code anthropic} instance of {@code @ai-sdk/anthropic} as clients;</li>
 *   <li>string literals and template pieces as literals, {@code +} chains folded; {@code console.*} calls as
 *       log calls.</li>
 * </ul>
 */
public final class JsExtractor implements Extractor {

    private static final Map<String, ClientConfig.Sdk> SDK_MODULES = Map.of(
            "@anthropic-ai/sdk", ClientConfig.Sdk.ANTHROPIC_JS,
            "@anthropic-ai/bedrock-sdk", ClientConfig.Sdk.ANTHROPIC_JS_BEDROCK,
            "@anthropic-ai/vertex-sdk", ClientConfig.Sdk.ANTHROPIC_JS_VERTEX,
            "@anthropic-ai/foundry-sdk", ClientConfig.Sdk.ANTHROPIC_JS_FOUNDRY);
    /** The Vercel AI SDK's Anthropic provider: {@code createAnthropic({...})} makes a client, {@code anthropic} is one. */
    private static final String AI_SDK_MODULE = "@ai-sdk/anthropic";
    private static final String AI_SDK_FACTORY = "createAnthropic";
    private static final String AI_SDK_INSTANCE = "anthropic";
    /** Client class names used without a visible import (a bundle, a CDN global, a re-export). */
    private static final Map<String, ClientConfig.Sdk> SDK_CLASSES = Map.of(
            "Anthropic", ClientConfig.Sdk.ANTHROPIC_JS,
            "AnthropicBedrock", ClientConfig.Sdk.ANTHROPIC_JS_BEDROCK,
            "AnthropicVertex", ClientConfig.Sdk.ANTHROPIC_JS_VERTEX,
            "AnthropicFoundry", ClientConfig.Sdk.ANTHROPIC_JS_FOUNDRY);
    /** HTTP test doubles: a file that loads one sends its requests to the double, not to Anthropic. */
    private static final Set<String> MOCK_MODULES = Set.of("nock", "msw", "msw/node", "msw/browser", "fetch-mock",
            "jest-fetch-mock", "vitest-fetch-mock", "axios-mock-adapter", "undici-mock", "mockttp", "pollyjs", "@pollyjs/core",
            "fetch-mock-jest", "mock-socket");
    private static final Pattern LOOPBACK = Pattern.compile("https?://(localhost|127\\.|0\\.0\\.0\\.0|\\[::1\\])");
    private static final Set<String> AXIOS_URL_CONFIG = Set.of("get", "delete", "head", "options");
    private static final Set<String> AXIOS_URL_DATA_CONFIG = Set.of("post", "put", "patch", "postForm", "putForm", "patchForm");
    private static final Set<String> CONSOLE = Set.of("log", "info", "warn", "error", "debug", "trace");
    private static final Set<String> LOGGER_LEVELS = Set.of("info", "warn", "error", "debug", "trace", "fatal");

    /** A logger by its name: {@code logger}, {@code log}, {@code appLogger}, {@code LOG}. */
    private static boolean isLogger(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.equals("log") || n.endsWith("logger");
    }
    private static final Set<String> NEXT_PUBLIC_SECTIONS = Set.of("env", "publicRuntimeConfig");
    private static final String BROWSER_ACCESS_HEADER = AnthropicHeaders.BROWSER_ACCESS;
    private static final Pattern NEXT_CONFIG = Pattern.compile("next\\.config\\.(js|mjs|cjs|ts|mts)");

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        LineIndex lines = new LineIndex(path, text);
        boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts");
        if (name.endsWith(".vue") || name.endsWith(".svelte")) {
            for (int[] body : ScriptBlocks.find(text)) {
                List<JsToken> tokens = JsLexer.tokenize(text, body[0], body[1], false, lines);
                new Reader(path, text, lines, sink, tokens, false, ServerOnlyCode.is(path, "", tokens)).read();
            }
            return;
        }
        List<JsToken> tokens = JsLexer.tokenize(text, 0, text.length(), !typescript, lines);
        new Reader(path, text, lines, sink, tokens, NEXT_CONFIG.matcher(name).matches(), ServerOnlyCode.is(path, text, tokens)).read();
    }

    /**
     * The comments the JavaScript lexer skips, which knows regular expressions and template literals; null for
     * Vue and Svelte files (their markup has comments of its own) and for text that does not lex.
     */
    @Override
    public CommentSpans comments(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".vue") || name.endsWith(".svelte")) return null;
        boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts");
        CommentSpans comments = CommentSpans.collecting();
        try {
            JsLexer.tokenize(text, 0, text.length(), !typescript, new LineIndex(path, text), comments);
            return comments;
        } catch (UnparsableText e) {
            return null;
        }
    }

    /**
     * JavaScript embedded in another file (the {@code script:} of an {@code actions/github-script} workflow step), read
     * in place from line {@code line}, column {@code column} to {@code endLine}/{@code endColumn} (exclusive) of
     * {@code fileText}: the host's indentation is only whitespace to JavaScript, so every location is the file's own.
     * It runs on a CI runner, never in a browser. A script that does not tokenize becomes a notice.
     */
    public static void readEmbedded(String path, String fileText, LineIndex lines, int line, int column, int endLine, int endColumn,
                                    FactSink sink) {
        if (line < 1 || line > lines.lineCount()) return;
        int from = Math.min(fileText.length(), lines.lineStart(line) + Math.max(0, column - 1));
        int to = endLine > lines.lineCount() ? fileText.length()
                : Math.min(fileText.length(), lines.lineStart(endLine) + Math.max(0, endColumn - 1));
        if (to <= from) return;
        try {
            List<JsToken> tokens = JsLexer.tokenize(fileText, from, to, false, lines);
            new Reader(path, fileText, lines, sink, tokens, false, true).read();
        } catch (UnparsableText e) {
            sink.notice(Notice.Level.NOTE, e.getMessage() + " in an embedded script; its code was not read");
        }
    }

    /** One token stream's facts. */
    private static final class Reader {
        final FactSink sink;
        final String path;
        /** The names other modules import this one by: its path without extension, and each shorter suffix. */
        final List<String> modules;
        final List<JsToken> tokens;
        final boolean nextConfig;
        final boolean serverOnly;
        final JsSyntax syntax;
        final JsValues values;
        final Map<String, ClientConfig.Sdk> clientNames = new HashMap<>();
        final Map<String, ClientConfig.Sdk> sdkNamespaces = new HashMap<>();
        final Map<String, JsSyntax.Range> axiosInstances = new HashMap<>();
        /** Local names of the AI SDK's {@code createAnthropic}. */
        final Set<String> providerFactories = new HashSet<>();
        final Set<Location> folded = new HashSet<>();
        boolean interceptors;
        int localBases;
        int otherBases;

        Reader(String path, String text, LineIndex lines, FactSink sink, List<JsToken> tokens, boolean nextConfig, boolean serverOnly) {
            this.sink = sink;
            this.path = path;
            this.modules = JsModules.names(path);
            this.tokens = tokens;
            this.nextConfig = nextConfig;
            this.serverOnly = serverOnly;
            this.syntax = new JsSyntax(text);
            this.values = new JsValues(path, lines);
        }

        void read() {
            if (serverOnly) sink.serverOnly();
            declarations(tokens);
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if (tokens.get(i).is("export") && tokens.get(i + 1).is("const")) exported(tokens, i + 2);
            }
            facts(tokens);
            // a file whose every base URL is a loopback address talks to a local server or a mock
            if (localBases > 0 && otherBases == 0) sink.mockedHttp();
        }

        /** First pass: bindings, SDK imports, axios instances and interceptors, env destructuring. */
        void declarations(List<JsToken> t) {
            for (int i = 0; i < t.size(); i++) {
                JsToken k = t.get(i);
                if (k.is("import") && !is(t, i + 1, "(") && !is(t, i + 1, ".")) importDeclaration(t, i);
                if ((k.is("const") || k.is("let") || k.is("var")) && i + 1 < t.size()) declaration(t, i + 1);
                if (k.is("interceptors") && is(t, i - 1, ".") && is(t, i + 1, ".") && is(t, i + 2, "request")) interceptors = true;
                if (k.kind() == JsToken.Kind.TEMPLATE) k.expressions().forEach(this::declarations);
            }
        }

        /** {@code import X, { A as B } from "m"}, {@code import * as ns from "m"}. */
        void importDeclaration(List<JsToken> t, int i) {
            int from = -1;
            for (int j = i + 1; j < t.size() && j < i + 64; j++) {
                if (t.get(j).is("from") && j + 1 < t.size() && t.get(j + 1).kind() == JsToken.Kind.STRING) {
                    from = j;
                    break;
                }
                if (t.get(j).is(";") || t.get(j).is("import")) break;
            }
            if (from < 0) return;
            String module = t.get(from + 1).text();
            if (MOCK_MODULES.contains(module)) sink.mockedHttp();
            String projectModule = JsModules.scope(path, module);
            if (projectModule != null) {
                projectImport(t, i, from, projectModule);
                return;
            }
            if (module.equals("$env/static/public") || module.equals("$env/dynamic/public")) {
                publicEnvImport(t, i, from, module.endsWith("dynamic/public"));
                return;
            }
            if (module.equals(AI_SDK_MODULE)) {
                providerImport(t, i, from);
                return;
            }
            ClientConfig.Sdk sdk = SDK_MODULES.get(module);
            if (sdk == null) return;
            for (ImportName n : importNames(t, i, from)) {
                if (n.namespace()) sdkNamespaces.put(n.local().text(), sdk);
                else if (n.isDefault() || n.imported().is("default") || SDK_CLASSES.containsKey(n.imported().text())) {
                    clientNames.put(n.local().text(), sdk);
                }
            }
        }

        /**
         * A name an import clause binds: {@code imported} is the module's name for it ({@code a} of {@code { a as b }}),
         * null for a namespace ({@code * as c}) or a default import; {@code local} the name it has here.
         */
        record ImportName(JsToken imported, JsToken local, boolean namespace) {
            boolean isDefault() {
                return imported == null && !namespace;
            }
        }

        /** The names {@code import … from} binds between tokens {@code i} and {@code from}, type-only ones left out. */
        List<ImportName> importNames(List<JsToken> t, int i, int from) {
            List<ImportName> out = new ArrayList<>();
            for (int j = i + 1; j < from; j++) {
                JsToken k = t.get(j);
                if (k.is("*") && is(t, j + 1, "as") && j + 2 < from) {
                    out.add(new ImportName(null, t.get(j + 2), true));
                    j += 2;
                } else if (k.is("{")) {
                    int close = JsSyntax.matching(t, j);
                    for (int m = j + 1; m < close; m++) {
                        if (!t.get(m).isIdent() || t.get(m).is("type")) continue;
                        JsToken imported = t.get(m);
                        JsToken local = imported;
                        if (is(t, m + 1, "as") && m + 2 < close) {
                            local = t.get(m + 2);
                            m += 2;
                        }
                        out.add(new ImportName(imported, local, false));
                    }
                    j = close < 0 ? from : close;
                } else if (k.isIdent() && !k.is("type")) {
                    out.add(new ImportName(null, k, false));
                }
            }
            return out;
        }

        /** {@code import { A as B } from './config'}, {@code import * as c from '@/lib/config'}: constants of a project module. */
        void projectImport(List<JsToken> t, int i, int from, String scope) {
            for (ImportName n : importNames(t, i, from)) {
                if (n.isDefault()) continue;
                values.bindImport(n.local().text(), n.namespace() ? null : n.imported().text(), scope, values.loc(n.local()));
            }
        }

        /**
         * {@code export const URL = "…"}, {@code export const Api = { path: "…" }}: constants other modules import, by
         * the module's path (and each shorter suffix of it, for imports through an alias such as {@code @/lib/config}).
         */
        void exported(List<JsToken> t, int i) {
            while (i < t.size() && t.get(i).isIdent()) {
                String name = t.get(i).text();
                int j = i + 1;
                if (is(t, j, ":")) j = typeEnd(t, j + 1);
                if (!is(t, j, "=")) return;
                int e = syntax.expressionEnd(t, j + 1, t.size());
                JsSyntax.Range init = new JsSyntax.Range(t, j + 1, e);
                if (JsSyntax.isObject(init)) {
                    for (JsSyntax.Member m : syntax.members(t, init.from())) {
                        if (m.key() == null || m.spread() || m.computed() || m.value().isEmpty()) continue;
                        exportSymbol(name + "." + m.key(), values.eval(m.value()));
                    }
                } else if (!init.isEmpty()) {
                    exportSymbol(name, values.eval(init));
                }
                if (!is(t, e, ",")) return;
                i = e + 1;
            }
        }

        void exportSymbol(String name, Value v) {
            if (v instanceof Value.Unknown) return;
            for (String module : modules) sink.symbol(module + "." + name, v);
        }

        /**
         * {@code import { createAnthropic as make, anthropic } from '@ai-sdk/anthropic'}: the factory's local name, and the
         * ready-made instance (its key and base URL read from the environment) as a client at the import.
         */
        void providerImport(List<JsToken> t, int i, int from) {
            for (ImportName n : importNames(t, i, from)) {
                if (n.imported() == null) continue;
                if (n.imported().is(AI_SDK_FACTORY)) providerFactories.add(n.local().text());
                else if (n.imported().is(AI_SDK_INSTANCE)) defaultProvider(n.imported());
            }
        }

        /** The AI SDK's {@code anthropic} instance: a client whose key and base URL come from the environment. */
        void defaultProvider(JsToken at) {
            Location loc = values.loc(at);
            sink.client(new ClientConfig(ClientConfig.Sdk.AI_SDK_ANTHROPIC,
                    Map.of(ClientConfig.Option.FROM_ENV.key(), new Value.Unknown("environment", loc)), loc, serverOnly));
        }

        /**
         * SvelteKit's public environment: {@code import { PUBLIC_X as y } from '$env/static/public'} binds env reads
         * (and is one, at the import); {@code import { env } from '$env/dynamic/public'} makes {@code env.PUBLIC_X} one.
         */
        void publicEnvImport(List<JsToken> t, int i, int from, boolean dynamic) {
            for (ImportName n : importNames(t, i, from)) {
                if (n.imported() == null) continue;
                JsToken imported = n.imported();
                String local = n.local().text();
                if (dynamic) {
                    if (imported.is("env")) values.bindEnvObject(local);
                    continue;
                }
                Location at = values.loc(imported);
                Value ref = new Value.Reference(Value.Source.ENV, imported.text(), null, at);
                values.bindEnv(local, ref);
                sink.setting(new Setting(imported.text(), ref, Setting.Origin.JS_USAGE, Setting.Style.PLAIN, at));
            }
        }

        /** {@code NAME = init}, {@code { A, B: c } = process.env}, {@code X = require("@anthropic-ai/sdk")}. */
        void declaration(List<JsToken> t, int i) {
            while (i < t.size()) {
                JsToken name = t.get(i);
                int j = i + 1;
                if (name.is("{")) {
                    int close = JsSyntax.matching(t, i);
                    if (close < 0 || !is(t, close + 1, "=")) return;
                    int e = syntax.expressionEnd(t, close + 2, t.size());
                    destructure(t, i, new JsSyntax.Range(t, close + 2, e));
                    i = e;
                } else if (name.isIdent()) {
                    if (is(t, j, ":")) j = typeEnd(t, j + 1);
                    if (!is(t, j, "=")) return;
                    int e = syntax.expressionEnd(t, j + 1, t.size());
                    JsSyntax.Range init = new JsSyntax.Range(t, j + 1, e);
                    values.bind(name.text(), init);
                    String required = required(init);
                    if (required != null && MOCK_MODULES.contains(required)) sink.mockedHttp();
                    if (required != null && SDK_MODULES.containsKey(required)) {
                        clientNames.put(name.text(), SDK_MODULES.get(required));
                        sdkNamespaces.put(name.text(), SDK_MODULES.get(required));
                    }
                    if (!init.isEmpty() && init.first().is("axios") && is(t, init.from() + 1, ".") && is(t, init.from() + 2, "create")
                            && is(t, init.from() + 3, "(")) {
                        List<JsSyntax.Range> args = syntax.arguments(t, init.from() + 3);
                        axiosInstances.put(name.text(), args.isEmpty() ? new JsSyntax.Range(t, 0, 0) : args.get(0));
                    }
                    i = e;
                } else {
                    return;
                }
                if (!is(t, i, ",")) return;
                i++;
            }
        }

        /** The end of a type annotation: the {@code =} (or the end of the declaration) at depth 0. */
        int typeEnd(List<JsToken> t, int i) {
            int depth = 0;
            for (; i < t.size(); i++) {
                JsToken k = t.get(i);
                if (k.is("(") || k.is("[") || k.is("{") || k.is("<")) depth++;
                else if (k.is(")") || k.is("]") || k.is("}") || k.is(">")) depth--;
                else if (k.is(">>")) depth -= 2;
                else if (depth <= 0 && (k.is("=") || k.is(";") || k.is(","))) return i;
            }
            return i;
        }

        /** {@code require("m")} (optionally {@code .default}) as the module name. */
        static String required(JsSyntax.Range r) {
            List<JsToken> t = r.tokens();
            if (r.to() - r.from() >= 4 && r.first().is("require") && t.get(r.from() + 1).is("(")
                    && t.get(r.from() + 2).kind() == JsToken.Kind.STRING && t.get(r.from() + 3).is(")")) {
                return t.get(r.from() + 2).text();
            }
            return null;
        }

        /** {@code const { A, B: c, D = "d" } = process.env | import.meta.env | require("@anthropic-ai/sdk")}. */
        void destructure(List<JsToken> t, int open, JsSyntax.Range init) {
            boolean env = isEnvObject(init);
            String required = required(init);
            for (JsSyntax.Member m : syntax.members(t, open)) {
                if (m.key() == null || m.value().isEmpty()) continue;
                boolean withDefault = m.shorthand() && m.value().first() != m.keyToken();
                String local = m.shorthand() ? m.key() : m.value().first().text();
                if (env) {
                    String fallback = withDefault ? values.eval(m.value()).knownText().orElse(null) : null;
                    Location at = values.loc(m.keyToken());
                    Value ref = new Value.Reference(Value.Source.ENV, m.key(), fallback, at);
                    values.bindEnv(local, ref);
                    sink.setting(new Setting(m.key(), ref, Setting.Origin.JS_USAGE, Setting.Style.PLAIN, at));
                } else if (required != null && SDK_MODULES.containsKey(required)) {
                    if (m.key().equals("default") || SDK_CLASSES.containsKey(m.key())) clientNames.put(local, SDK_MODULES.get(required));
                } else if (AI_SDK_MODULE.equals(required)) {
                    if (m.key().equals(AI_SDK_FACTORY)) providerFactories.add(local);
                    else if (m.key().equals(AI_SDK_INSTANCE)) defaultProvider(m.keyToken());
                }
            }
        }

        /** {@code process.env}, {@code Bun.env} or {@code import.meta.env} as a whole object. */
        static boolean isEnvObject(JsSyntax.Range r) {
            List<JsToken> t = r.tokens();
            int n = r.to() - r.from();
            if (n == 3) return (r.first().is("process") || r.first().is("Bun")) && t.get(r.from() + 2).is("env");
            return n == 5 && r.first().is("import") && t.get(r.from() + 2).is("meta") && t.get(r.from() + 4).is("env");
        }

        /** Second pass: every fact the tokens hold. */
        void facts(List<JsToken> t) {
            // a type in a docs page's sample describes the field (its accepted values); in code it is what callers are offered
            JsRoles roles = new JsRoles(t, syntax, dev.claudit.extract.docs.DocsExtractor.isDocsPage(path));
            for (int i = 0; i < t.size(); i++) {
                JsToken k = t.get(i);
                switch (k.kind()) {
                    case STRING -> {
                        sink.literal(new Value.Literal(k.text(), values.loc(k)));
                        if (k.text().equalsIgnoreCase(BROWSER_ACCESS_HEADER) && is(t, i + 1, ":") && (is(t, i - 1, "{") || is(t, i - 1, ","))
                                && !setOnOptIn(t, i)) {
                            // a headers map written anywhere (client defaultHeaders, a shared constant), not only in a request
                            int e = syntax.expressionEnd(t, i + 2, t.size());
                            sink.setting(new Setting(k.text(), values.eval(t, i + 2, e, 0), Setting.Origin.JS_OBJECT, Setting.Style.QUOTED, values.loc(k)));
                        }
                        if (mayNameModel(k.text())) sink.role(values.loc(k), role(roles, i, k.text()));
                    }
                    case TEMPLATE -> {
                        if (k.expressions().isEmpty()) {
                            sink.literal(new Value.Literal(k.stringValue(), values.loc(k)));
                            if (mayNameModel(k.stringValue())) sink.role(values.loc(k), role(roles, i, k.stringValue()));
                        } else {
                            for (int q = 0; q < k.quasis().size(); q++) {
                                int[] span = k.quasiSpans().get(q);
                                if (k.quasis().get(q).isEmpty()) continue;
                                sink.literal(new Value.Literal(k.quasis().get(q), values.loc(span[0], span[1])));
                                if (mayNameModel(k.quasis().get(q))) sink.role(values.loc(span[0], span[1]), ObjectShape.ofText(k.quasis().get(q)));
                            }
                            k.expressions().forEach(this::facts);
                        }
                    }
                    case IDENT -> ident(t, i);
                    default -> {
                    }
                }
                if (is(t, i + 1, "+") && !is(t, i - 1, "+") && !is(t, i - 1, ".")) fold(t, i);
            }
        }

        /**
         * The object holding the member at {@code i} is added only when a caller opted into browser access:
         * {@code ...(opts.dangerouslyAllowBrowser ? { header } : {})} or {@code ...(opts.dangerouslyAllowBrowser && { header })},
         * a client library forwarding the opt-in, which is reported where it is made.
         */
        static boolean setOnOptIn(List<JsToken> t, int i) {
            int depth = 0;
            int open = -1;
            for (int j = i - 1; j >= 0 && j >= i - 256; j--) {
                JsToken k = t.get(j);
                if (k.is("}") || k.is(")") || k.is("]")) depth++;
                else if (k.is("{") || k.is("(") || k.is("[")) {
                    if (depth == 0) {
                        open = j;
                        break;
                    }
                    depth--;
                }
            }
            if (open < 1 || !t.get(open).is("{") || !(is(t, open - 1, "?") || is(t, open - 1, "&&"))) return false;
            // the condition: back to the start of the expression it is written in
            depth = 0;
            for (int j = open - 2; j >= 0 && j >= open - 32; j--) {
                JsToken k = t.get(j);
                if (k.is(")") || k.is("]")) depth++;
                else if (k.is("(") || k.is("[")) {
                    if (depth == 0) return false;
                    depth--;
                } else if (depth == 0 && (k.is(",") || k.is("{") || k.is(";") || k.is("=") || k.is(":") || k.is("..."))) {
                    return false;
                } else if (k.isIdent() && k.text().toLowerCase(Locale.ROOT).endsWith("allowbrowser")) {
                    return true;
                }
            }
            return false;
        }

        void ident(List<JsToken> t, int i) {
            JsToken k = t.get(i);
            boolean member = is(t, i - 1, ".") || is(t, i - 1, "?.");
            JsValues.EnvRead env = member ? null : values.env(t, i);
            if (env != null) {
                Location at = values.loc(k.start(), t.get(env.next() - 1).end());
                sink.setting(new Setting(env.name(), new Value.Reference(Value.Source.ENV, env.name(), null, at), Setting.Origin.JS_USAGE, Setting.Style.PLAIN, at));
                return;
            }
            if (!member && (k.is("baseURL") || k.is("baseUrl") || k.is("base_url")) && is(t, i + 1, ":") && i + 2 < t.size()) {
                JsToken v = t.get(i + 2);
                String url = v.isPlainString() ? v.stringValue() : v.kind() == JsToken.Kind.TEMPLATE && !v.quasis().isEmpty() ? v.quasis().get(0) : "";
                if (LOOPBACK.matcher(url).lookingAt()) localBases++;
                else otherBases++;
            }
            if (k.is("new") && i + 1 < t.size()) client(t, i);
            else if (!member && providerFactories.contains(k.text()) && is(t, i + 1, "(")) provider(t, i);
            else if (!member && (k.is("vi") || k.is("jest")) && is(t, i + 1, ".") && is(t, i + 2, "mock") && is(t, i + 3, "(")
                    && i + 4 < t.size() && SDK_MODULES.containsKey(t.get(i + 4).text())) sink.mockedHttp();
            else if (k.is("fetch") && is(t, i + 1, "(") && (!member || isGlobal(t, i - 2))) fetch(t, i);
            else if (!member && (k.is("axios") || axiosInstances.containsKey(k.text()))) axios(t, i);
            else if (!member && k.is("console") && is(t, i + 1, ".") && i + 3 < t.size() && CONSOLE.contains(t.get(i + 2).text())
                    && is(t, i + 3, "(")) log(t, i);
            else if (!member && isLogger(k.text()) && is(t, i + 1, ".") && i + 3 < t.size() && LOGGER_LEVELS.contains(t.get(i + 2).text())
                    && is(t, i + 3, "(")) log(t, i); // pino, winston, bunyan, log4js: logger.debug(...)
            else if (nextConfig && NEXT_PUBLIC_SECTIONS.contains(k.text()) && is(t, i + 1, ":") && !member) nextSection(t, i);
        }

        static boolean isGlobal(List<JsToken> t, int i) {
            return i >= 0 && (t.get(i).is("window") || t.get(i).is("globalThis") || t.get(i).is("self"));
        }

        /** {@code new Anthropic({...})}, {@code new sdk.Anthropic(...)}. */
        void client(List<JsToken> t, int i) {
            int j = i + 1;
            ClientConfig.Sdk sdk = null;
            if (t.get(j).isIdent() && is(t, j + 1, ".") && j + 2 < t.size() && sdkNamespaces.containsKey(t.get(j).text())) {
                String member = t.get(j + 2).text();
                if (member.equals("default") || SDK_CLASSES.containsKey(member)) sdk = sdkNamespaces.get(t.get(j).text());
                j += 2;
            } else if (t.get(j).isIdent()) {
                sdk = clientNames.containsKey(t.get(j).text()) ? clientNames.get(t.get(j).text())
                        : clientNames.isEmpty() ? SDK_CLASSES.get(t.get(j).text()) : null;
            }
            if (sdk == null || !is(t, j + 1, "(")) return;
            Location at = values.loc(t.get(i).start(), t.get(j).end());
            sink.client(new ClientConfig(sdk, options(syntax.arguments(t, j + 1)), at, serverOnly));
        }

        /** A client's options: the members of the object its first argument is ({@code baseURL} under the option's own key). */
        Map<String, Value> options(List<JsSyntax.Range> args) {
            Map<String, Value> options = new LinkedHashMap<>();
            JsSyntax.Range opts = args.isEmpty() ? null : objectOf(args.get(0));
            if (opts != null) {
                for (JsSyntax.Member m : syntax.members(opts.tokens(), opts.from())) {
                    if (m.key() == null) continue;
                    options.put(m.key().equals("baseURL") ? ClientConfig.Option.BASE_URL.key() : m.key(), values.eval(m.value()));
                }
            }
            return options;
        }

        /** {@code createAnthropic({ apiKey, baseURL, fetch, headers })}: the AI SDK's Anthropic provider. */
        void provider(List<JsToken> t, int i) {
            Location at = values.loc(t.get(i));
            List<JsSyntax.Range> args = syntax.arguments(t, i + 1);
            Map<String, Value> options = options(args);
            if (args.isEmpty()) options.put(ClientConfig.Option.FROM_ENV.key(), new Value.Unknown("environment", at));
            sink.client(new ClientConfig(ClientConfig.Sdk.AI_SDK_ANTHROPIC, options, at, serverOnly));
        }

        /** An object literal, or a name bound to one in this file. */
        JsSyntax.Range objectOf(JsSyntax.Range r) {
            if (JsSyntax.isObject(r)) return r;
            if (r.to() - r.from() == 1 && r.first().isIdent()) return values.object(r.first().text());
            return null;
        }

        void fetch(List<JsToken> t, int i) {
            List<JsSyntax.Range> args = syntax.arguments(t, i + 1);
            if (args.isEmpty() || args.get(0).first().is("new")) return;
            Value url = values.eval(args.get(0));
            Headers h = new Headers();
            if (args.size() > 1) {
                JsSyntax.Range init = objectOf(args.get(1));
                if (init == null) h.complete = false;
                else h.fromInit(init, "headers");
            }
            sink.call(new HttpCall(url, h.list, h.complete, HttpCall.Api.FETCH, false, values.loc(t.get(i))));
        }

        /** {@code axios(...)}, {@code axios.post(...)}, {@code axios.create(...)}, {@code api.get(...)}, {@code axios.defaults.headers...}. */
        void axios(List<JsToken> t, int i) {
            JsToken callee = t.get(i);
            JsSyntax.Range instance = axiosInstances.get(callee.text());
            if (is(t, i + 1, "(")) {
                List<JsSyntax.Range> args = syntax.arguments(t, i + 1);
                if (args.isEmpty()) return;
                if (objectOf(args.get(0)) != null) request(instance, null, objectOf(args.get(0)), values.loc(callee));
                else request(instance, args.get(0), args.size() > 1 ? args.get(1) : null, values.loc(callee));
                return;
            }
            if (!is(t, i + 1, ".") || i + 2 >= t.size()) return;
            String method = t.get(i + 2).text();
            Location at = values.loc(callee.start(), t.get(i + 2).end());
            if (method.equals("defaults")) {
                defaultHeader(t, i + 3, at);
                return;
            }
            if (!is(t, i + 3, "(")) return;
            List<JsSyntax.Range> args = syntax.arguments(t, i + 3);
            if (method.equals("create") && callee.is("axios")) {
                JsSyntax.Range config = args.isEmpty() ? null : objectOf(args.get(0));
                Headers h = new Headers();
                Value base = null;
                if (config != null) {
                    h.fromInit(config, "headers");
                    base = member(config, "baseURL");
                } else if (!args.isEmpty()) {
                    h.complete = false;
                }
                if (!h.list.isEmpty() || base != null) {
                    sink.call(new HttpCall(base != null ? base : new Value.Unknown("axios defaults", at), h.list, h.complete && !interceptors,
                            HttpCall.Api.AXIOS, true, at));
                }
            } else if (method.equals("request") && !args.isEmpty()) {
                request(instance, null, objectOf(args.get(0)) != null ? objectOf(args.get(0)) : args.get(0), at);
            } else if (AXIOS_URL_CONFIG.contains(method) && !args.isEmpty()) {
                request(instance, args.get(0), args.size() > 1 ? args.get(1) : null, at);
            } else if (AXIOS_URL_DATA_CONFIG.contains(method) && !args.isEmpty()) {
                request(instance, args.get(0), args.size() > 2 ? args.get(2) : null, at);
            }
        }

        /** One axios request: URL argument or {@code config.url}, joined to the instance's or the config's {@code baseURL}. */
        void request(JsSyntax.Range instance, JsSyntax.Range urlArg, JsSyntax.Range configArg, Location at) {
            Headers h = new Headers();
            Value base = null;
            if (instance != null) {
                JsSyntax.Range ic = objectOf(instance);
                if (ic != null) {
                    h.fromInit(ic, "headers");
                    base = member(ic, "baseURL");
                } else if (!instance.isEmpty()) {
                    h.complete = false;
                }
            }
            Value url = urlArg == null ? null : values.eval(urlArg);
            if (configArg != null) {
                JsSyntax.Range config = objectOf(configArg);
                if (config == null) {
                    h.complete = false;
                } else {
                    h.fromInit(config, "headers");
                    if (url == null) url = member(config, "url");
                    Value b = member(config, "baseURL");
                    if (b != null) base = b;
                }
            }
            if (url == null) return;
            if (base != null && !url.knownPrefix().contains("://")) url = Value.concat(base, url, url.location());
            sink.call(new HttpCall(url, h.list, h.complete && !interceptors, HttpCall.Api.AXIOS, false, at));
        }

        Value member(JsSyntax.Range object, String key) {
            for (JsSyntax.Member m : syntax.members(object.tokens(), object.from())) {
                if (key.equals(m.key())) return values.eval(m.value());
            }
            return null;
        }

        /** {@code axios.defaults.headers.common["x-api-key"] = key}: a header every request of the client gets. */
        void defaultHeader(List<JsToken> t, int j, Location at) {
            if (!is(t, j, ".") || !is(t, j + 1, "headers")) return;
            int k = j + 2;
            if (is(t, k, ".") && k + 1 < t.size() && t.get(k + 1).isIdent() && is(t, k + 2, "[")) k += 2;
            JsToken nameTok;
            int eq;
            if (is(t, k, "[") && k + 1 < t.size() && t.get(k + 1).isPlainString() && is(t, k + 2, "]")) {
                nameTok = t.get(k + 1);
                eq = k + 3;
            } else if (is(t, k, ".") && k + 2 < t.size() && t.get(k + 1).isIdent() && !is(t, k + 2, ".")
                    && !is(t, k + 2, "[")) {
                // axios.defaults.headers.common.Authorization or axios.defaults.headers.Authorization
                nameTok = t.get(k + 1);
                eq = k + 2;
                if (nameTok.is("common") || nameTok.is("post") || nameTok.is("get")) return;
            } else if (is(t, k, ".") && k + 3 < t.size() && t.get(k + 1).isIdent() && is(t, k + 2, ".") && t.get(k + 3).isIdent()) {
                nameTok = t.get(k + 3);
                eq = k + 4;
            } else {
                return;
            }
            if (!is(t, eq, "=")) return;
            int e = syntax.expressionEnd(t, eq + 1, t.size());
            Location nameAt = values.loc(nameTok);
            Header h = new Header(new Value.Literal(nameTok.stringValue(), nameAt), values.eval(t, eq + 1, e, 0), nameAt);
            sink.call(new HttpCall(new Value.Unknown("axios defaults", at), List.of(h), false, HttpCall.Api.AXIOS, true, at));
        }

        void log(List<JsToken> t, int i) {
            List<Value> args = new ArrayList<>();
            List<Value> held = new ArrayList<>();
            for (JsSyntax.Range r : syntax.arguments(t, i + 3)) {
                args.add(values.eval(r));
                JsSyntax.Range object = objectOf(r);
                if (object != null) heldKeys(object, held, 0);
            }
            Location at = values.loc(t.get(i).start(), t.get(i + 2).end());
            sink.log(new LogCall(t.get(i).text() + "." + t.get(i + 2).text(), args, at));
            // an object printed whole prints the key it holds: options with an apiKey, headers with x-api-key
            if (!held.isEmpty()) sink.log(LogCall.allHeaders(held, at));
        }

        /** The values of {@code x-api-key} and {@code apiKey} members of an object, and of its {@code headers} object. */
        private void heldKeys(JsSyntax.Range object, List<Value> out, int depth) {
            for (JsSyntax.Member m : syntax.members(object.tokens(), object.from())) {
                if (m.key() == null || m.value() == null) continue;
                String key = m.key().toLowerCase(java.util.Locale.ROOT);
                if (key.equals(AnthropicHeaders.API_KEY) || key.equals("apikey") || key.equals("api_key")) out.add(values.eval(m.value()));
                else if (key.equals("headers") && depth < 2) {
                    JsSyntax.Range nested = objectOf(m.value());
                    if (nested != null) heldKeys(nested, out, depth + 1);
                }
            }
        }

        /** {@code env: { ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY }} in next.config: inlined into the client bundle. */
        void nextSection(List<JsToken> t, int i) {
            String section = t.get(i).text();
            JsSyntax.Range object = objectOf(new JsSyntax.Range(t, i + 2, syntax.expressionEnd(t, i + 2, t.size())));
            if (object == null) return;
            for (JsSyntax.Member m : syntax.members(object.tokens(), object.from())) {
                if (m.spread() && isEnvObject(m.value())) {
                    // `...process.env`: every variable of the build environment is inlined
                    Location at = values.loc(m.keyToken().start(), m.value().tokens().get(m.value().to() - 1).end());
                    sink.setting(new Setting(section, new Value.Unknown("process.env", at), Setting.Origin.NEXT_CONFIG_ENVIRONMENT, Setting.Style.PLAIN, at));
                }
                if (m.key() == null) continue;
                Value v = values.eval(m.value());
                Setting.Style style = m.keyToken().kind() == JsToken.Kind.STRING ? Setting.Style.QUOTED : Setting.Style.PLAIN;
                sink.setting(new Setting(section + "." + m.key(), v, Setting.Origin.NEXT_CONFIG, style, values.loc(m.keyToken())));
            }
        }

        /** {@code "sk-ant-" + "..." + PART}: a folded literal when every piece is known. */
        void fold(List<JsToken> t, int i) {
            int end = i + 1;
            while (end + 1 < t.size() && t.get(end).is("+") && isFoldable(t.get(end + 1))) end += 2;
            if (end - i < 3 || !isFoldable(t.get(i))) return;
            if (t.get(i).isIdent() && (is(t, i - 1, ".") || is(t, end, "(") || is(t, end, "."))) return;
            Value v = values.eval(t, i, end, 0);
            if (v instanceof Value.Literal l && l.folded() && folded.add(l.location())) sink.literal(l);
        }

        /** JSON or stream text in the string decides first (a recorded response), then the code around it. */
        static Role role(JsRoles roles, int i, String text) {
            Role shape = ObjectShape.ofText(text);
            return shape != null ? shape : roles.of(i);
        }

        /** Only strings that may name a model or an Anthropic URL get a role. */
        static boolean mayNameModel(String s) {
            return ObjectShape.wantsRole(s);
        }

        static boolean isFoldable(JsToken k) {
            return k.isPlainString() || k.isIdent();
        }

        static boolean is(List<JsToken> t, int i, String text) {
            return i >= 0 && i < t.size() && t.get(i).is(text);
        }

        /** Headers read from a request init or config object. */
        final class Headers {
            final List<Header> list = new ArrayList<>();
            boolean complete = true;

            /** The {@code headers} member of an init/config object literal. */
            void fromInit(JsSyntax.Range init, String key) {
                for (JsSyntax.Member m : syntax.members(init.tokens(), init.from())) {
                    if (m.spread()) complete = false;
                    if (key.equals(m.key())) read(m.value());
                }
            }

            /** A headers value: an object literal, {@code new Headers({...})}, or a name bound to an object literal. */
            void read(JsSyntax.Range v) {
                List<JsToken> t = v.tokens();
                if (v.to() - v.from() >= 3 && v.first().is("new") && t.get(v.from() + 1).is("Headers") && t.get(v.from() + 2).is("(")) {
                    List<JsSyntax.Range> args = syntax.arguments(t, v.from() + 2);
                    // a Headers object may be appended to later
                    complete = false;
                    if (!args.isEmpty() && objectOf(args.get(0)) != null) literal(objectOf(args.get(0)));
                    return;
                }
                JsSyntax.Range object = objectOf(v);
                if (object == null) {
                    complete = false;
                    return;
                }
                literal(object);
            }

            void literal(JsSyntax.Range object) {
                for (JsSyntax.Member m : syntax.members(object.tokens(), object.from())) {
                    if (m.spread() || m.computed()) {
                        complete = false;
                        if (m.computed()) list.add(new Header(new Value.Unknown("computed", values.loc(m.keyToken())),
                                values.eval(m.value()), values.loc(m.keyToken())));
                        continue;
                    }
                    Location at = values.loc(m.keyToken());
                    list.add(new Header(new Value.Literal(m.key(), at), values.eval(m.value()), at));
                }
            }
        }
    }
}
