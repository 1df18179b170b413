import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic benchmark corpus: realistic, clean Java services with their YAML, properties, .env,
 * JSON and Markdown, and — in about one module in a hundred — code and configuration that call the Anthropic
 * API (some of it wrong, so claudit has findings to report). Same size and seed, same bytes.
 *
 * <pre>java bench/GenerateCorpus.java OUT_DIR FILES [SEED]</pre>
 */
public final class GenerateCorpus {

    private static final String[] NOUNS = {"order", "invoice", "customer", "account", "payment", "shipment", "product",
            "catalog", "report", "session", "ledger", "tenant", "quota", "schedule", "ticket", "message", "profile",
            "document", "archive", "metric", "policy", "region", "warehouse", "coupon", "refund", "audit"};
    private static final String[] VERBS = {"load", "save", "find", "update", "validate", "compute", "publish", "render",
            "merge", "resolve", "refresh", "export", "import", "apply", "count", "sync", "close", "open", "check"};
    private static final String[] TYPES = {"String", "int", "long", "boolean", "List<String>", "Map<String, Integer>",
            "Optional<String>", "BigDecimal", "Instant", "UUID"};

    private final Random random;
    private final Path out;
    private int written;

    private GenerateCorpus(Path out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateCorpus.java OUT_DIR FILES [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20251129L;
        GenerateCorpus g = new GenerateCorpus(out, seed);
        long bytes = g.generate(files);
        System.out.println(g.written + " files, " + bytes / 1024 + " KiB in " + out);
    }

    /** Modules of about 40 files; every 100th module (and module 7, so small corpora have one) uses the Anthropic API. */
    private long generate(int files) throws IOException {
        long bytes = 0;
        int module = 0;
        while (written < files) {
            boolean anthropic = module == 7 || module % 100 == 42;
            bytes += module(module, Math.min(40, files - written), anthropic);
            module++;
        }
        return bytes;
    }

    private long module(int index, int count, boolean anthropic) throws IOException {
        String name = pick(NOUNS) + "-service-" + index;
        String pkg = "com.acme." + name.replace("-service-", ".svc");
        Path root = out.resolve(name);
        Path src = root.resolve("src/main/java/" + pkg.replace('.', '/'));
        long bytes = 0;
        int left = count;
        if (anthropic && left >= 4) {
            // every other such module names its constants class without a keyword: claudit reaches it across files
            String endpoints = index % 2 == 1 ? "LlmEndpoints" : "ClaudeEndpoints";
            bytes += write(src.resolve(endpoints + ".java"), claudeEndpoints(pkg, endpoints));
            bytes += write(src.resolve("AssistantClient.java"), assistantClient(pkg, endpoints));
            bytes += write(root.resolve("src/main/resources/application.yml"), applicationYaml(name, true));
            bytes += write(root.resolve(".env"), envFile(true));
            left -= 4;
        } else if (left >= 3) {
            bytes += write(root.resolve("src/main/resources/application.yml"), applicationYaml(name, false));
            bytes += write(root.resolve("src/main/resources/messages.properties"), properties());
            bytes += write(root.resolve("README.md"), readme(name));
            left -= 3;
        }
        for (int i = 0; i < left; i++) {
            int kind = random.nextInt(100);
            if (kind < 82) {
                String cls = cap(pick(NOUNS)) + cap(pick(new String[]{"Service", "Repository", "Controller", "Mapper",
                        "Validator", "Handler", "Factory", "Client", "Job", "Policy"})) + i;
                bytes += write(src.resolve(cls + ".java"), javaClass(pkg, cls));
            } else if (kind < 90) {
                bytes += write(root.resolve("deploy/k8s-" + i + ".yaml"), k8sYaml(name, i));
            } else if (kind < 95) {
                bytes += write(root.resolve("config/settings-" + i + ".json"), json(i));
            } else {
                bytes += write(root.resolve("docs/notes-" + i + ".md"), readme(name + " notes " + i));
            }
        }
        return bytes;
    }

    private String javaClass(String pkg, String cls) {
        StringBuilder sb = new StringBuilder();
        sb.append("/*\n * Copyright (c) 2025 Acme Corp. All rights reserved.\n * Licensed under the Apache License, Version 2.0.\n */\n");
        sb.append("package ").append(pkg).append(";\n\n");
        sb.append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.util.ArrayList;\nimport java.util.HashMap;\n")
                .append("import java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\nimport java.util.UUID;\n")
                .append("import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\n");
        sb.append("/**\n * ").append(sentence()).append("\n * <p>\n * ").append(sentence()).append("\n */\n");
        sb.append("public class ").append(cls).append(" {\n\n");
        sb.append("    private static final Logger LOG = LoggerFactory.getLogger(").append(cls).append(".class);\n");
        sb.append("    private static final String TABLE = \"").append(pick(NOUNS)).append("_").append(pick(NOUNS)).append("\";\n");
        sb.append("    private static final int LIMIT = ").append(10 + random.nextInt(990)).append(";\n\n");
        int fields = 2 + random.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            String n = pick(NOUNS) + cap(pick(NOUNS)) + f;
            names.add(n);
            sb.append("    private ").append(pick(TYPES)).append(' ').append(n).append(";\n");
        }
        sb.append('\n');
        int methods = 3 + random.nextInt(8);
        for (int m = 0; m < methods; m++) {
            String verb = pick(VERBS);
            String noun = cap(pick(NOUNS));
            sb.append("    /**\n     * ").append(sentence()).append("\n     *\n     * @param ").append(pick(NOUNS))
                    .append("Id the identifier\n     * @return the result\n     */\n");
            sb.append("    public List<String> ").append(verb).append(noun).append(m).append("(String id, int count) {\n");
            sb.append("        List<String> out = new ArrayList<>();\n");
            sb.append("        Map<String, Integer> seen = new HashMap<>();\n");
            sb.append("        for (int i = 0; i < Math.min(count, LIMIT); i++) {\n");
            sb.append("            String key = id + \":\" + i + \":\" + TABLE;\n");
            sb.append("            if (seen.merge(key, 1, Integer::sum) > 1) {\n");
            sb.append("                LOG.debug(\"duplicate {} in {}\", key, \"").append(verb).append("\");\n");
            sb.append("                continue;\n            }\n");
            sb.append("            out.add(key.toUpperCase());\n        }\n");
            if (random.nextBoolean()) {
                sb.append("        Optional<String> first = out.stream().filter(s -> s.startsWith(\"").append(pick(NOUNS).toUpperCase())
                        .append("\")).findFirst();\n");
                sb.append("        first.ifPresent(s -> LOG.info(\"").append(sentence().replace("\"", "")).append(" {}\", s));\n");
            }
            sb.append("        return out;\n    }\n\n");
        }
        sb.append("    @Override\n    public String toString() {\n        return \"").append(cls).append("{\"");
        for (String n : names) sb.append(" + \"").append(n).append("=\" + ").append(n);
        sb.append(" + \"}\";\n    }\n}\n");
        return sb.toString();
    }

    private String applicationYaml(String name, boolean anthropic) {
        StringBuilder sb = new StringBuilder();
        sb.append("server:\n  port: ").append(8000 + random.nextInt(1000)).append("\n\nspring:\n  application:\n    name: ").append(name)
                .append("\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/").append(pick(NOUNS))
                .append("\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n  jpa:\n    open-in-view: false\n\n");
        if (anthropic) {
            sb.append("anthropic:\n  base-url: https://api.anthropic.com\n  api-key: ${ANTHROPIC_API_KEY}\n  model: claude-sonnet-4-5\n\n");
        }
        sb.append("management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info,prometheus\n");
        sb.append("logging:\n  level:\n    root: INFO\n    com.acme: DEBUG\n");
        return sb.toString();
    }

    private String k8sYaml(String name, int i) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "-" + i + "\n  labels:\n    app: " + name
                + "\nspec:\n  replicas: " + (1 + random.nextInt(4)) + "\n  selector:\n    matchLabels:\n      app: " + name
                + "\n  template:\n    metadata:\n      labels:\n        app: " + name + "\n    spec:\n      containers:\n"
                + "        - name: app\n          image: registry.acme.internal/" + name + ":1." + random.nextInt(40) + "\n"
                + "          ports:\n            - containerPort: 8080\n          env:\n            - name: JAVA_OPTS\n"
                + "              value: -Xmx512m\n            - name: DB_PASSWORD\n              valueFrom:\n"
                + "                secretKeyRef: {name: db, key: password}\n          resources:\n            limits:\n"
                + "              memory: 768Mi\n              cpu: 500m\n";
    }

    private String properties() {
        StringBuilder sb = new StringBuilder("# messages\n");
        for (int i = 0; i < 20 + random.nextInt(40); i++) {
            sb.append(pick(NOUNS)).append('.').append(pick(VERBS)).append('.').append(i).append('=').append(sentence()).append('\n');
        }
        return sb.toString();
    }

    private String json(int i) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": ").append(i).append(",\n  \"features\": {\n");
        for (int k = 0; k < 10 + random.nextInt(20); k++) {
            sb.append("    \"").append(pick(NOUNS)).append(k).append("\": ").append(random.nextBoolean()).append(",\n");
        }
        sb.append("    \"last\": true\n  }\n}\n");
        return sb.toString();
    }

    private String readme(String title) {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        for (int p = 0; p < 3 + random.nextInt(6); p++) {
            for (int s = 0; s < 4; s++) sb.append(sentence()).append(' ');
            sb.append("\n\n");
        }
        sb.append("```sh\n./mvnw -B verify\n```\n");
        return sb.toString();
    }

    private String envFile(boolean anthropic) {
        return "# local settings\nDB_USER=app\nDB_PASSWORD=local-only\n"
                + (anthropic ? "ANTHROPIC_API_KEY=sk-ant-api03-" + token(93) + "AA\n" : "");
    }

    private String claudeEndpoints(String pkg, String cls) {
        return "package " + pkg + ";\n\n/** Where the service talks to Claude. */\npublic final class " + cls + " {\n\n"
                + "    public static final String BASE = \"https://api.anthropic.com\";\n"
                + "    public static final String MESSAGES = BASE + \"/v1/messages\";\n\n    private " + cls + "() {\n    }\n}\n";
    }

    private String assistantClient(String pkg, String endpoints) {
        return "package " + pkg + ";\n\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\n"
                + "import java.net.http.HttpResponse;\n\n/** Asks the assistant. */\npublic class AssistantClient {\n\n"
                + "    private final HttpClient http = HttpClient.newHttpClient();\n"
                + "    private final String key = System.getenv(\"LLM_API_KEY\");\n\n"
                + "    public String ask(String json) throws Exception {\n"
                + "        HttpRequest request = HttpRequest.newBuilder(URI.create(" + endpoints + ".MESSAGES))\n"
                + "                .header(\"Authorization\", \"Bearer \" + key)\n"
                + "                .header(\"content-type\", \"application/json\")\n"
                + "                .POST(HttpRequest.BodyPublishers.ofString(json))\n                .build();\n"
                + "        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();\n    }\n}\n";
    }

    private String sentence() {
        StringBuilder sb = new StringBuilder(cap(pick(VERBS))).append("s the ");
        int words = 4 + random.nextInt(8);
        for (int w = 0; w < words; w++) sb.append(w % 3 == 2 ? pick(VERBS) : pick(NOUNS)).append(w + 1 < words ? " " : ".");
        return sb.toString();
    }

    private String token(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private long write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        written++;
        return b.length;
    }
}
