package dev.claudit.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hostile-input corpus. Small inputs are committed under {@code testdata/bad-inputs} with markers
 * ({@code __KEY__}, {@code __KEY2__}) where a credential goes; {@link #copyWithKeys} writes them to a scratch
 * directory with fresh fake keys in place of the markers (in whatever encoding the file uses). Inputs too big or
 * too special to commit (deep nesting, a 50 MB line, a 3 GB sparse file, symlinks, a FIFO) are made here.
 */
public final class BadInputs {

    public static final Path COMMITTED = Path.of("testdata/bad-inputs");
    private static final List<String> MARKERS = List.of("__KEY__", "__KEY2__");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private BadInputs() {
    }

    /** A key written into a generated file, at a position computed while writing it. */
    public record Placed(String path, String key, int line, int column) {
    }

    /**
     * Copies every file under {@code from} to {@code to}, each marker replaced by a fresh key.
     *
     * @return relative path (forward slashes) to the keys written into that file, in marker order
     */
    public static Map<String, List<String>> copyWithKeys(Path from, Path to) throws IOException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = from.relativize(f).toString().replace('\\', '/');
            List<String> placed = new ArrayList<>();
            byte[] bytes = withKeys(Files.readAllBytes(f), placed);
            Path target = to.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            if (!placed.isEmpty()) keys.put(rel, placed);
        }
        return keys;
    }

    /** {@code bytes} with each marker (UTF-8 or UTF-16 in either byte order) replaced by a fresh key; keys go to {@code placed}. */
    public static byte[] withKeys(byte[] bytes, List<String> placed) {
        byte[] out = bytes;
        for (String marker : MARKERS) {
            for (Charset cs : ENCODINGS) {
                byte[] m = marker.getBytes(cs);
                if (indexOf(out, m, 0) < 0) continue;
                String key = FakeCredentials.apiKey();
                placed.add(key);
                out = replaceAll(out, m, key.getBytes(cs));
            }
        }
        return out;
    }

    /** Writes the generated inputs into {@code dir} (relative paths are under {@code prefix}) and says where their keys are. */
    public static List<Placed> generate(Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        List<Placed> placed = new ArrayList<>();

        // YAML nested 10,000 deep, in flow style and as a one-line block sequence: past snakeyaml's nesting limit
        String k1 = FakeCredentials.apiKey();
        Files.writeString(dir.resolve("deep-flow.yml"), "api-key: " + k1 + "\nnest: " + "[".repeat(10_000) + "x"
                + "]".repeat(10_000) + "\n");
        placed.add(new Placed(prefix + "deep-flow.yml", k1, 1, 10));
        String k2 = FakeCredentials.apiKey();
        Files.writeString(dir.resolve("deep-block.yml"), "api-key: " + k2 + "\nnest:\n" + "- ".repeat(10_000) + "x\n");
        placed.add(new Placed(prefix + "deep-block.yml", k2, 1, 10));

        // Java: 5,000-deep parentheses (parses on the extractor's big stack), 500,000-deep (overflows the parser's
        // stack: contained), a 5,000-term + chain (deep left-leaning tree for the evaluator), 500 nested lambdas
        placed.add(java(dir, prefix, "DeepParens", "int x = " + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ";"));
        placed.add(java(dir, prefix, "DeepParens500k", "int x = " + "(".repeat(500_000) + "1" + ")".repeat(500_000) + ";"));
        placed.add(java(dir, prefix, "DeepConcat", "String s = \"a\"" + " + \"a\"".repeat(5_000) + ";"));
        placed.add(java(dir, prefix, "DeepLambdas", "Runnable r = " + "() -> { Runnable q = ".repeat(500) + "null;"
                + " };".repeat(500)));

        // a very long line: a 300 KB one-line YAML flow mapping with the key in the middle
        String k3 = FakeCredentials.apiKey();
        StringBuilder line = new StringBuilder("config: {");
        for (int i = 0; i < 10_000; i++) line.append("k").append(i).append(": v").append(i).append(", ");
        int column = line.length() + "api-key: ".length() + 1;
        line.append("api-key: ").append(k3);
        for (int i = 0; i < 10_000; i++) line.append(", z").append(i).append(": w").append(i);
        line.append("}\n");
        Files.writeString(dir.resolve("long-line.yml"), line);
        placed.add(new Placed(prefix + "long-line.yml", k3, 1, column));

        // a 50 MB minified bundle on one line, the key at its very end
        String k4 = FakeCredentials.apiKey();
        String head = "var a=\"";
        String tail = "\";var k=\"" + k4 + "\";";
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(dir.resolve("bundle.min.js"))) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) out.write(chunk);
            out.write(tail.getBytes(StandardCharsets.US_ASCII));
        }
        placed.add(new Placed(prefix + "bundle.min.js", k4, 1, head.length() + 50 * chunk.length + "\";var k=\"".length() + 1));
        return placed;
    }

    /** A 3 GB sparse file: too big for one Java array, takes no disk space. */
    public static void sparseHugeFile(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
    }

    /** Symbolic links that must not be followed: two that point at each other, one at its own directory, two out of the root. */
    public static void symlinks(Path dir, Path outsideFile) throws IOException {
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve("loop-a"), Path.of("loop-b"));
        Files.createSymbolicLink(dir.resolve("loop-b"), Path.of("loop-a"));
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("outside.env"), outsideFile);
        Files.createSymbolicLink(dir.resolve("outside-dir"), outsideFile.getParent());
    }

    /** Makes a FIFO with {@code mkfifo}; false when the platform has none. */
    public static boolean fifo(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static Placed java(Path dir, String prefix, String name, String member) throws IOException {
        String key = FakeCredentials.apiKey();
        String text = "class " + name + " {\n    static final String KEY = \"" + key + "\";\n    " + member + "\n}\n";
        Files.writeString(dir.resolve(name + ".java"), text);
        return new Placed(prefix + name + ".java", key, 2, 32);
    }

    private static byte[] replaceAll(byte[] in, byte[] from, byte[] to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length + to.length);
        int i = 0;
        while (true) {
            int j = indexOf(in, from, i);
            if (j < 0) break;
            out.write(in, i, j - i);
            out.write(to, 0, to.length);
            i = j + from.length;
        }
        out.write(in, i, in.length - i);
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) if (in[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }
}
