import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Accuracy check: scans bench/accuracy/corpus (fresh fake keys in place of its markers) with the claudit jar and
 * compares the findings with bench/accuracy/expected.tsv by path, line and rule; prints TP/FP/FN, precision and
 * recall per rule and per place (main code, config and examples / tests and fixtures), then every FP and FN.
 *
 * <pre>java -cp target/claudit.jar bench/accuracy/Accuracy.java [--jar JAR] [--as-of DATE] [--check
 *     [--min-precision 0.9] [--max-test-noise 0.05] [--min-recall 0]]</pre>
 *
 * Run from the repository root (bench/accuracy/run.sh does). Exit 0 unless --check is given and a threshold fails
 * (then 1); 2 on bad usage or a failed scan.
 */
public class Accuracy {

    /** Markers in the committed corpus, replaced by fresh fake credentials in the scanned copy. */
    static final List<String> MARKERS = List.of("__KEY__", "__ADMIN_KEY__", "__OAUTH_KEY__",
            "__KEY_HEAD__", "__KEY_TAIL__", "__KEY_API04__", "__KEY_ADMIN02__");
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final Random RANDOM = new SecureRandom();

    record Key(String path, int line, String rule) implements Comparable<Key> {
        public int compareTo(Key o) {
            return Comparator.comparing(Key::path).thenComparingInt(Key::line).thenComparing(Key::rule).compare(this, o);
        }
    }

    record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }
        String precision() { return tp + fp == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) (tp + fp)); }
        String recall() { return tp + fn == 0 ? "-" : String.format(Locale.ROOT, "%.2f", tp / (double) (tp + fn)); }
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path jar = repo.resolve("target/claudit.jar");
        String asOf = "2026-12-01";
        boolean check = false;
        double minPrecision = 0.90, maxTestNoise = 0.05, minRecall = 0.0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
                case "--as-of" -> asOf = args[++i];
                case "--check" -> check = true;
                case "--min-precision" -> minPrecision = Double.parseDouble(args[++i]);
                case "--max-test-noise" -> maxTestNoise = Double.parseDouble(args[++i]);
                case "--min-recall" -> minRecall = Double.parseDouble(args[++i]);
                default -> { System.err.println("accuracy: unknown argument " + args[i]); System.exit(2); }
            }
        }
        Path corpus = repo.resolve("bench/accuracy/corpus");
        Path expectedFile = repo.resolve("bench/accuracy/expected.tsv");

        Map<Key, String> expected = readExpected(expectedFile);
        for (Key k : expected.keySet()) {
            Path f = corpus.resolve(k.path());
            if (!Files.isRegularFile(f) || k.line() < 1 || k.line() > Files.readAllLines(f, StandardCharsets.UTF_8).size()) {
                System.err.println("accuracy: expected.tsv names a line the corpus does not have: " + k.path() + ":" + k.line());
                System.exit(2);
            }
        }
        Path scratch = Files.createTempDirectory("claudit-accuracy-");
        try {
            materialize(corpus, scratch.resolve("corpus"));
            Map<Key, String> actual = scan(jar, scratch, asOf);
            report(repo, corpus, expected, actual, check, minPrecision, maxTestNoise, minRecall);
        } finally {
            deleteTree(scratch);
        }
    }

    /** expected.tsv: path TAB line TAB rule [TAB level]; '#' comments and blank lines ignored. */
    static Map<Key, String> readExpected(Path file) throws IOException {
        Map<Key, String> out = new TreeMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IllegalArgumentException(file + ":" + n + ": expected path, line, rule");
            Key k = new Key(f[0], Integer.parseInt(f[1].trim()), f[2].trim());
            if (out.put(k, f.length > 3 ? f[3].trim() : "") != null)
                throw new IllegalArgumentException(file + ":" + n + ": duplicate " + k);
        }
        return out;
    }

    /** Copies the corpus, each key marker replaced by a fresh well-formed fake credential (never printed). */
    static void materialize(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) { Files.createDirectories(target); continue; }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (MARKERS.stream().anyMatch(text::contains)) {
                    String key = apiKey();
                    text = text.replace("__KEY_HEAD__", key.substring(0, 40)).replace("__KEY_TAIL__", key.substring(40));
                    while (text.contains("__KEY__")) text = text.replaceFirst("__KEY__", apiKey());
                    while (text.contains("__ADMIN_KEY__")) text = text.replaceFirst("__ADMIN_KEY__", "sk-ant-admin01-" + random(93) + "AA");
                    while (text.contains("__KEY_API04__")) text = text.replaceFirst("__KEY_API04__", "sk-ant-api04-" + random(93) + "AA");
                    while (text.contains("__KEY_ADMIN02__")) text = text.replaceFirst("__KEY_ADMIN02__", "sk-ant-admin02-" + random(93) + "AA");
                    while (text.contains("__OAUTH_KEY__")) text = text.replaceFirst("__OAUTH_KEY__", "sk-ant-oat01-" + random(93) + "AA");
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
    }

    static String apiKey() { return "sk-ant-api03-" + random(93) + "AA"; }

    static String random(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        return b.toString();
    }

    static Map<Key, String> scan(Path jar, Path dir, String asOf) throws Exception {
        if (!Files.isRegularFile(jar)) { System.err.println("accuracy: no jar at " + jar); System.exit(2); }
        Path out = dir.resolve("report.json");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "scan", "corpus", "--format", "json",
                "--as-of", asOf, "--fail-on", "none", "--output", out.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("scan.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) { p.destroyForcibly(); System.err.println("accuracy: scan timed out"); System.exit(2); }
        if (p.exitValue() > 1 || !Files.exists(out)) {
            System.err.println("accuracy: claudit scan exited " + p.exitValue());
            System.exit(2);
        }
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        Map<Key, String> actual = new TreeMap<>();
        for (JsonNode f : root.path("findings")) {
            String path = f.path("path").asText().replace('\\', '/');
            if (path.startsWith("corpus/")) path = path.substring("corpus/".length());
            actual.putIfAbsent(new Key(path, f.path("line").asInt(), f.path("ruleId").asText()), f.path("level").asText());
        }
        return actual;
    }

    /** Tests and fixtures (recorded responses, cassettes, mocks) as opposed to main code, config, examples, docs. */
    static boolean isTestPlace(String path) {
        String p = "/" + path;
        String name = p.substring(p.lastIndexOf('/') + 1);
        return p.matches(".*/(test|tests|__tests__|__fixtures__|fixtures|test-fixtures|test-helpers|cassettes|__mocks__|mocks|testdata|e2e)/.*")
                || name.matches(".*\\.(test|spec|vitest|test-d)\\.[cm]?[jt]sx?") || name.matches(".*(Test|Tests|IT)\\.java");
    }

    static void report(Path repo, Path corpus, Map<Key, String> expected, Map<Key, String> actual, boolean check,
                       double minPrecision, double maxTestNoise, double minRecall) throws IOException {
        Set<String> rules = new TreeSet<>();
        expected.keySet().forEach(k -> rules.add(k.rule()));
        actual.keySet().forEach(k -> rules.add(k.rule()));
        Map<String, Counts[]> byRule = new LinkedHashMap<>();
        for (String r : rules) byRule.put(r, new Counts[]{new Counts(0, 0, 0), new Counts(0, 0, 0)});
        List<Key> fps = new ArrayList<>(), fns = new ArrayList<>(), notes = new ArrayList<>();
        List<String> levelDiffs = new ArrayList<>();
        for (Key k : actual.keySet()) {
            Counts[] c = byRule.get(k.rule());
            int place = isTestPlace(k.path()) ? 1 : 0;
            if (expected.containsKey(k) && "note".equals(actual.get(k)) && !"note".equals(expected.get(k))) {
                continue; // a mistake reported only as a note passes every build: counted below as a miss
            } else if (expected.containsKey(k)) {
                c[place] = c[place].plus(new Counts(1, 0, 0));
                String want = expected.get(k);
                if (!want.isEmpty() && !want.equals(actual.get(k)))
                    levelDiffs.add(k.path() + ":" + k.line() + " " + k.rule() + " reported " + actual.get(k) + ", expected " + want);
            } else if ("note".equals(actual.get(k))) {
                notes.add(k); // a mention the tool itself ranks below warning: listed, not counted as noise
            } else {
                c[place] = c[place].plus(new Counts(0, 1, 0));
                fps.add(k);
            }
        }
        for (Key k : expected.keySet()) {
            if (actual.containsKey(k) && !("note".equals(actual.get(k)) && !"note".equals(expected.get(k)))) continue;
            Counts[] c = byRule.get(k.rule());
            int place = isTestPlace(k.path()) ? 1 : 0;
            c[place] = c[place].plus(new Counts(0, 0, 1));
            fns.add(k);
        }

        System.out.printf("claudit accuracy on bench/accuracy/corpus: %d expected, %d reported (path+line+rule), %d of them"
                + " unexpected notes (not counted)%n%n", expected.size(), actual.size(), notes.size());
        String head = "%-28s %-9s | %4s %4s %4s %5s %5s | %4s %4s %4s %5s %5s | %4s %4s %4s %5s %5s%n";
        System.out.printf(head, "rule", "declared", "TP", "FP", "FN", "prec", "rec", "TP", "FP", "FN", "prec", "rec", "TP", "FP", "FN", "prec", "rec");
        System.out.printf("%-38s | %-26s | %-26s | %-26s%n", "", "all places", "main, config, examples, docs", "tests and fixtures");
        Counts[] total = {new Counts(0, 0, 0), new Counts(0, 0, 0)};
        List<String> failures = new ArrayList<>();
        for (var e : byRule.entrySet()) {
            Counts main = e.getValue()[0], test = e.getValue()[1], all = main.plus(test);
            total[0] = total[0].plus(main);
            total[1] = total[1].plus(test);
            row(e.getKey(), declaredPrecision(repo, e.getKey()), all, main, test);
            if (main.tp + main.fp > 0 && main.tp / (double) (main.tp + main.fp) < minPrecision)
                failures.add(e.getKey() + ": precision " + main.precision() + " in main code, config and examples < " + minPrecision);
            if (all.tp + all.fn > 0 && all.tp / (double) (all.tp + all.fn) < minRecall)
                failures.add(e.getKey() + ": recall " + all.recall() + " < " + minRecall);
        }
        row("TOTAL", "", total[0].plus(total[1]), total[0], total[1]);
        Counts t = total[1];
        double noise = t.tp + t.fp == 0 ? 0 : t.fp / (double) (t.tp + t.fp);
        System.out.printf(Locale.ROOT, "%nnoise in tests and fixtures: %d of %d findings (%.2f)%n", t.fp, t.tp + t.fp, noise);
        if (noise > maxTestNoise) failures.add(String.format(Locale.ROOT, "noise in tests and fixtures %.2f > %.2f", noise, maxTestNoise));

        Map<String, List<String>> lines = new TreeMap<>();
        System.out.printf("%nfalse positives (%d): reported, not expected%n", fps.size());
        for (Key k : fps) System.out.println("  FP " + describe(corpus, k, lines));
        System.out.printf("%nfalse negatives (%d): expected, not reported%n", fns.size());
        for (Key k : fns) System.out.println("  FN " + describe(corpus, k, lines) + (actual.containsKey(k) ? "  [reported only as note]" : ""));
        if (!notes.isEmpty()) {
            System.out.printf("%nunexpected notes (%d, not counted as FP)%n", notes.size());
            for (Key k : notes) System.out.println("  note " + describe(corpus, k, lines));
        }
        if (!levelDiffs.isEmpty()) {
            System.out.printf("%nlevel differs (%d, counted as TP)%n", levelDiffs.size());
            levelDiffs.forEach(s -> System.out.println("  " + s));
        }
        if (check) {
            if (failures.isEmpty()) {
                System.out.println("\ncheck: passed");
            } else {
                System.out.println("\ncheck: FAILED");
                failures.forEach(s -> System.out.println("  " + s));
                System.exit(1);
            }
        }
    }

    /** The `precision:` a rule declares in rules/<id>.yml. */
    static String declaredPrecision(Path repo, String rule) {
        try {
            return Files.readAllLines(repo.resolve("rules/" + rule + ".yml")).stream()
                    .filter(l -> l.startsWith("precision:")).map(l -> l.substring("precision:".length()).strip())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static void row(String name, String declared, Counts all, Counts main, Counts test) {
        System.out.printf("%-28s %-9s | %4d %4d %4d %5s %5s | %4d %4d %4d %5s %5s | %4d %4d %4d %5s %5s%n", name, declared,
                all.tp, all.fp, all.fn, all.precision(), all.recall(),
                main.tp, main.fp, main.fn, main.precision(), main.recall(),
                test.tp, test.fp, test.fn, test.precision(), test.recall());
    }

    /** path:line rule | the committed line (markers, never a materialized key), trimmed. */
    static String describe(Path corpus, Key k, Map<String, List<String>> cache) {
        List<String> ls = cache.computeIfAbsent(k.path(), p -> {
            try {
                return Files.readAllLines(corpus.resolve(p), StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        });
        String text = k.line() >= 1 && k.line() <= ls.size() ? ls.get(k.line() - 1).strip() : "";
        if (text.length() > 110) text = text.substring(0, 107) + "...";
        return String.format("%s:%d %s | %s", k.path(), k.line(), k.rule(), text);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
