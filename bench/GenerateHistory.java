import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic git history as a {@code git fast-import} stream on stdout, for {@code bench/history.sh}:
 *
 * <pre>java bench/GenerateHistory.java COMMITS [FILES] | git fast-import --quiet</pre>
 *
 * FILES files (default 400: Java services, application.yml, .properties, .env with placeholders, Markdown); every
 * commit edits one to three of them (a changed line), so each commit adds new blobs, as real work does. 1 file in 50
 * talks to the Anthropic API (model ids, the host, {@code x-api-key} read from the environment), so its every version
 * passes the keyword prefilter and is parsed. Every 5,000 commits a key-shaped value (random, never a real key) is
 * committed to a {@code .env} file and removed in the next commit: that is what {@code scan --history} must find.
 */
public final class GenerateHistory {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static void main(String[] args) throws IOException {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Random random = new Random(13);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String module = "services/svc" + (i / 8);
            paths.add(switch (i % 8) {
                case 0, 1, 2 -> module + "/src/main/java/com/acme/svc" + (i / 8) + "/Part" + (i % 8) + ".java";
                case 3 -> module + "/src/main/resources/application.yml";
                case 4 -> module + "/src/main/resources/app.properties";
                case 5 -> module + "/.env.example";
                case 6 -> module + "/README.md";
                default -> module + "/src/test/java/com/acme/svc" + (i / 8) + "/PartTest.java";
            });
        }
        int[] revision = new int[files];
        long time = 1_600_000_000L;
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
            for (int c = 1; c <= commits; c++) {
                time += 600 + random.nextInt(3600);
                StringBuilder changes = new StringBuilder();
                if (c == 1) {
                    for (int i = 0; i < files; i++) changes.append(modify(paths.get(i), content(paths.get(i), i, 0)));
                } else if (c % 5000 == 0) {
                    changes.append(modify("deploy/.env", "# staging settings\nANTHROPIC_API_KEY=" + key(random) + "\nLOG_LEVEL=info\n"));
                } else if (c % 5000 == 1 && c > 1) {
                    changes.append("D deploy/.env\n");
                } else {
                    int n = 1 + random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        int i = random.nextInt(files);
                        revision[i]++;
                        changes.append(modify(paths.get(i), content(paths.get(i), i, revision[i])));
                    }
                }
                String message = "change " + c + "\n";
                write(out, "commit refs/heads/main\nmark :" + c + "\n"
                        + "author Dev <dev@example.com> " + time + " +0000\n"
                        + "committer Dev <dev@example.com> " + time + " +0000\n"
                        + data(message) + (c > 1 ? "from :" + (c - 1) + "\n" : "") + changes + "\n");
            }
            write(out, "done\n");
        }
    }

    private static String modify(String path, String content) {
        return "M 100644 inline " + path + "\n" + data(content);
    }

    private static String data(String s) {
        return "data " + s.getBytes(StandardCharsets.UTF_8).length + "\n" + s + "\n";
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A key-shaped value with a random body; generated here, never a real credential. */
    private static String key(Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 93; i++) body.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        return "sk-ant-api03-" + body + "AA";
    }

    /** The file's text at a revision: a template for its kind with the revision in a changed line. */
    private static String content(String path, int index, int rev) {
        boolean claude = index % 50 == 0;
        String pkg = "com.acme.svc" + (index / 8);
        if (path.endsWith("Test.java")) {
            return "package " + pkg + ";\n\nimport org.junit.jupiter.api.Test;\n\nclass PartTest {\n    @Test\n    void revision" + rev
                    + "() {\n        assert new Part0().size() >= 0;\n    }\n}\n";
        }
        if (path.endsWith(".java")) {
            String cls = path.substring(path.lastIndexOf('/') + 1, path.length() - 5);
            StringBuilder b = new StringBuilder("package " + pkg + ";\n\nimport java.util.ArrayList;\nimport java.util.List;\n");
            if (claude) b.append("import java.net.URI;\nimport java.net.http.HttpRequest;\n");
            b.append("\n/** Part of service ").append(index / 8).append(", revision ").append(rev).append(". */\npublic class ")
                    .append(cls).append(" {\n    private final List<String> items = new ArrayList<>();\n\n");
            for (int m = 0; m < 12; m++) {
                b.append("    public int compute").append(m).append("(int x) {\n        return x * ").append(m + rev % 7)
                        .append(" + items.size();\n    }\n\n");
            }
            if (claude) {
                b.append("    HttpRequest request(String body) {\n        return HttpRequest.newBuilder(URI.create(\"https://api.anthropic.com/v1/messages\"))\n")
                        .append("                .header(\"x-api-key\", System.getenv(\"ANTHROPIC_API_KEY\"))\n")
                        .append("                .header(\"anthropic-version\", \"2023-06-01\")\n")
                        .append("                .POST(HttpRequest.BodyPublishers.ofString(body)).build();\n    }\n\n")
                        .append("    static final String MODEL = \"claude-sonnet-4-5\";\n");
            }
            b.append("    public int size() {\n        return items.size() + ").append(rev).append(";\n    }\n}\n");
            return b.toString();
        }
        if (path.endsWith("application.yml")) {
            return "server:\n  port: " + (8000 + index) + "\nspring:\n  application:\n    name: svc" + (index / 8) + "\n"
                    + (claude ? "  ai:\n    anthropic:\n      api-key: ${ANTHROPIC_API_KEY}\n      chat:\n        options:\n          model: claude-sonnet-4-5\n" : "")
                    + "acme:\n  revision: " + rev + "\n  pool-size: " + (4 + rev % 5) + "\n";
        }
        if (path.endsWith(".properties")) {
            return "acme.revision=" + rev + "\nacme.timeout=" + (30 + rev % 11) + "\nacme.name=svc" + (index / 8) + "\n";
        }
        if (path.endsWith(".env.example")) {
            return "DATABASE_URL=postgres://localhost/svc\nCACHE_TTL=" + (60 + rev) + "\n"
                    + (claude ? "ANTHROPIC_API_KEY=your-key-here\n" : "");
        }
        StringBuilder b = new StringBuilder("# Service " + (index / 8) + "\n\nRevision " + rev + ".\n\n");
        for (int p = 0; p < 6; p++) b.append("Paragraph ").append(p).append(" describes how the service handles requests and retries.\n");
        return b.toString();
    }
}
