import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic project that uses the Anthropic API, for bench/run.sh: Java services (Spring style), a TypeScript
 * frontend and backend, YAML configuration, and their tests and fixtures. About a fifth of the files mention Anthropic
 * (SDK clients, raw HTTP calls, model ids, settings, mocked responses); many others name another service's
 * {@code apiKey}, log, or hold keys of no service at all, as real projects do. Deterministic for a seed. No real key.
 *
 * <pre>java bench/GenerateApiProject.java OUT_DIR [FILES=3000] [SEED]</pre>
 */
public final class GenerateApiProject {

    private static final String[] NOUNS = {"order", "invoice", "customer", "account", "payment", "shipment", "product",
            "ticket", "report", "summary", "chat", "document", "review", "search", "note", "draft", "reply", "survey"};
    private static final String[] OTHER_SERVICES = {"weather", "maps", "stripe", "sendgrid", "github", "slack", "twilio"};
    private static final String[] MODELS = {"claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5", "claude-3-5-haiku-latest"};

    private final Path out;
    private final Random random;
    private int written;
    private long bytes;

    private GenerateApiProject(Path out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateApiProject.java OUT_DIR [FILES] [SEED]");
            System.exit(2);
        }
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        GenerateApiProject g = new GenerateApiProject(Path.of(args[0]), args.length > 2 ? Long.parseLong(args[2]) : 20251202L);
        int anthropic = g.generate(files);
        System.out.println(g.written + " files (" + anthropic + " mention Anthropic), " + g.bytes / 1024 + " KiB in " + args[0]);
    }

    /** Modules of 30 files: Java main and test code, TypeScript, YAML, fixtures; every file a fifth of the time about Anthropic. */
    private int generate(int files) throws IOException {
        int anthropic = 0;
        for (int m = 0; written < files; m++) {
            String mod = pick(NOUNS) + "-" + m;
            String pkg = "com.acme." + mod.replace("-", "");
            Path java = out.resolve("services/" + mod + "/src/main/java/" + pkg.replace('.', '/'));
            Path test = out.resolve("services/" + mod + "/src/test/java/" + pkg.replace('.', '/'));
            Path res = out.resolve("services/" + mod + "/src/main/resources");
            Path fixtures = out.resolve("services/" + mod + "/src/test/resources/fixtures");
            Path web = out.resolve("web/" + mod + "/src");
            for (int i = 0; i < 30 && written < files; i++) {
                boolean ai = random.nextInt(5) == 0;
                if (ai) anthropic++;
                String cls = cap(pick(NOUNS)) + cap(pick(new String[]{"Service", "Client", "Controller", "Mapper", "Handler"})) + i;
                int kind = random.nextInt(100);
                if (kind < 45) write(java.resolve(cls + ".java"), javaClass(pkg, cls, ai));
                else if (kind < 60) write(test.resolve(cls + "Test.java"), javaTest(pkg, cls, ai));
                else if (kind < 78) write(web.resolve(lower(cls) + ".ts"), typescript(cls, ai));
                else if (kind < 85) write(web.resolve(lower(cls) + ".test.ts"), typescriptTest(cls, ai));
                else if (kind < 93) write(res.resolve("application-" + i + ".yml"), yaml(mod, ai));
                else write(fixtures.resolve("response-" + i + ".yaml"), fixture(ai));
            }
        }
        return anthropic;
    }

    private String javaClass(String pkg, String cls, boolean ai) {
        StringBuilder sb = new StringBuilder("package " + pkg + ";\n\n");
        sb.append("import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.util.List;\n");
        sb.append("import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n");
        if (ai) sb.append("import com.anthropic.client.AnthropicClient;\nimport com.anthropic.client.okhttp.AnthropicOkHttpClient;\n");
        sb.append("\n/** ").append(cls).append(": handles ").append(pick(NOUNS)).append(" requests. */\npublic class ").append(cls).append(" {\n\n");
        sb.append("    private static final Logger log = LoggerFactory.getLogger(").append(cls).append(".class);\n");
        String other = pick(OTHER_SERVICES);
        boolean keyed = random.nextInt(3) == 0;
        if (keyed) sb.append("    private final String apiKey = System.getenv(\"").append(other.toUpperCase()).append("_API_KEY\");\n");
        if (ai) {
            sb.append("    private static final String MODEL = \"").append(pick(MODELS)).append("\";\n");
            if (random.nextBoolean()) {
                sb.append("    private final AnthropicClient client = AnthropicOkHttpClient.builder()\n")
                        .append("            .apiKey(System.getenv(\"ANTHROPIC_API_KEY\")).build();\n");
            } else {
                sb.append("    private final HttpClient http = HttpClient.newHttpClient();\n\n")
                        .append("    HttpRequest request(String body) {\n        return HttpRequest.newBuilder(URI.create(\"https://api.anthropic.com/v1/messages\"))\n")
                        .append("                .header(\"x-api-key\", System.getenv(\"ANTHROPIC_API_KEY\"))\n")
                        .append("                .header(\"anthropic-version\", \"2023-06-01\")\n")
                        .append("                .POST(HttpRequest.BodyPublishers.ofString(body)).build();\n    }\n");
            }
        }
        for (int m = 0; m < 4 + random.nextInt(8); m++) {
            String n = pick(NOUNS);
            sb.append("\n    public List<String> ").append(pick(new String[]{"load", "find", "save", "check"})).append(cap(n)).append(m)
                    .append("(String id, int limit) {\n");
            sb.append("        if (id == null || id.isBlank()) {\n            throw new IllegalArgumentException(\"id\");\n        }\n");
            sb.append("        log.debug(\"").append(n).append(" {} limit {}\", id, limit);\n");
            if (keyed && m == 0) sb.append("        log.info(\"").append(other).append(" key configured: {}\", apiKey != null);\n");
            sb.append("        return List.of(id + \"-").append(n).append("\", String.valueOf(limit * ").append(m + 1).append("));\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    private String javaTest(String pkg, String cls, boolean ai) {
        StringBuilder sb = new StringBuilder("package " + pkg + ";\n\nimport org.junit.jupiter.api.Test;\n\n");
        sb.append("import static org.assertj.core.api.Assertions.assertThat;\n\nclass ").append(cls).append("Test {\n");
        if (ai) sb.append("\n    // stubbed like the Anthropic API answers\n    static final String MODEL = \"").append(pick(MODELS)).append("\";\n");
        if (random.nextBoolean()) sb.append("    static final String apiKey = \"test-").append(pick(OTHER_SERVICES)).append("-key\";\n");
        for (int m = 0; m < 3 + random.nextInt(5); m++) {
            sb.append("\n    @Test\n    void handles").append(cap(pick(NOUNS))).append(m).append("() {\n");
            sb.append("        assertThat(new ").append(cls).append("().load").append("X(\"id-").append(m).append("\", 3)).hasSize(2);\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    private String typescript(String cls, boolean ai) {
        StringBuilder sb = new StringBuilder();
        if (ai) sb.append("import Anthropic from \"@anthropic-ai/sdk\";\n\nconst client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n\n");
        else sb.append("import { request } from \"./http\";\n\n");
        String other = pick(OTHER_SERVICES);
        if (random.nextInt(3) == 0) sb.append("const apiKey = process.env.").append(other.toUpperCase()).append("_API_KEY ?? \"\";\n\n");
        sb.append("export interface ").append(cls).append("Item {\n  id: string;\n  title: string;\n  count: number;\n}\n\n");
        for (int m = 0; m < 3 + random.nextInt(6); m++) {
            String n = pick(NOUNS);
            sb.append("export async function ").append(lower(cls)).append(cap(n)).append(m).append("(id: string): Promise<string[]> {\n");
            if (ai && m == 0) {
                sb.append("  const msg = await client.messages.create({\n    model: \"").append(pick(MODELS))
                        .append("\",\n    max_tokens: 512,\n    messages: [{ role: \"user\", content: id }],\n  });\n");
                sb.append("  return msg.content.map((c) => (c.type === \"text\" ? c.text : \"\"));\n}\n\n");
            } else {
                sb.append("  const items = [id, \"").append(n).append("\"].map((s) => s.trim());\n  console.debug(\"").append(n).append("\", items.length);\n");
                sb.append("  return items.filter((s) => s.length > ").append(m).append(");\n}\n\n");
            }
        }
        return sb.toString();
    }

    private String typescriptTest(String cls, boolean ai) {
        StringBuilder sb = new StringBuilder("import { describe, it, expect, vi } from \"vitest\";\n");
        if (ai) sb.append("vi.mock(\"@anthropic-ai/sdk\");\n// answers recorded from claude, model ").append(pick(MODELS)).append("\n");
        sb.append("\ndescribe(\"").append(cls).append("\", () => {\n");
        for (int m = 0; m < 2 + random.nextInt(4); m++) {
            sb.append("  it(\"handles case ").append(m).append("\", () => {\n    expect([").append(m).append(", 2].length).toBe(2);\n  });\n");
        }
        return sb.append("});\n").toString();
    }

    private String yaml(String mod, boolean ai) {
        StringBuilder sb = new StringBuilder("server:\n  port: " + (8000 + random.nextInt(1000)) + "\nspring:\n  application:\n    name: " + mod + "\n");
        if (ai) {
            sb.append("  ai:\n    anthropic:\n      api-key: ${ANTHROPIC_API_KEY}\n      chat:\n        options:\n          model: ")
                    .append(pick(MODELS)).append("\n          max-tokens: 1024\n");
        }
        String other = pick(OTHER_SERVICES);
        sb.append(other).append(":\n  api-key: ${").append(other.toUpperCase()).append("_API_KEY}\n  timeout: 5s\n");
        sb.append("logging:\n  level:\n    root: INFO\n    com.acme: DEBUG\n");
        return sb.toString();
    }

    private String fixture(boolean ai) {
        if (ai) {
            return "id: msg_" + random.nextInt(1_000_000) + "\ntype: message\nrole: assistant\nmodel: " + pick(MODELS)
                    + "\ncontent:\n  - type: text\n    text: Hello from the fixture\nusage:\n  input_tokens: 12\n  output_tokens: 6\n";
        }
        return "id: " + random.nextInt(1_000_000) + "\nstatus: ok\nitems:\n  - name: " + pick(NOUNS) + "\n    count: 3\n";
    }

    private void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, b);
        written++;
        bytes += b.length;
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
