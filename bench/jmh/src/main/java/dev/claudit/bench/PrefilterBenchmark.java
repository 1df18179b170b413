package dev.claudit.bench;

import dev.claudit.facts.FileKind;
import dev.claudit.rules.RuleData;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prefilter's question — may anything be found in this file? — asked of about 24 MB of Java sources (the JDK's
 * java.base when bench/run.sh has unpacked it, else generated text), three ways: claudit's matcher on raw bytes, a
 * case-insensitive regex of the same keywords on decoded text, and indexOf per keyword on lower-cased text.
 * Each operation answers for every file; divide the bytes by the time for a throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1) // bench/jmh.sh adds -XX:TieredStopAtLevel=1, as the launcher does
public class PrefilterBenchmark {

    private final List<byte[]> files = new ArrayList<>();
    private KeywordMatcher matcher;
    private Pattern regex;
    private List<String> lowerKeywords;

    @Setup
    public void load() throws IOException {
        Path base = Path.of(System.getProperty("claudit.bench.sources",
                System.getProperty("user.home") + "/.cache/claudit-bench/jdk-src"));
        long bytes = 0;
        if (Files.isDirectory(base)) {
            try (Stream<Path> s = Files.walk(base)) {
                for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                    byte[] b = Files.readAllBytes(p);
                    files.add(b);
                    bytes += b.length;
                    if (bytes > 24 << 20) break;
                }
            }
        }
        if (files.isEmpty()) {
            java.util.Random r = new java.util.Random(1);
            String[] words = {"public", "static", "final", "class", "return", "private", "String", "List", "value", "index",
                    "for (int i = 0; i < n; i++) {", "}", "/**", " * Returns the", "@Override", "throws IOException"};
            while (bytes < 24 << 20) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < 16_000) sb.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? '\n' : ' ');
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                files.add(b);
                bytes += b.length;
            }
        }
        RuleData data = RuleData.load();
        Keywords keywords = Keywords.union(dev.claudit.rules.RuleCatalog.loadForScan().detectors().stream().map(d -> d.keywords(data)).toList());
        matcher = KeywordMatcher.of(keywords);
        List<String> quoted = new ArrayList<>();
        lowerKeywords = new ArrayList<>();
        for (Keywords.Keyword k : keywords.list()) {
            quoted.add(Pattern.quote(k.text()));
            lowerKeywords.add(k.text().toLowerCase(Locale.ROOT));
        }
        regex = Pattern.compile(String.join("|", quoted), Pattern.CASE_INSENSITIVE);
        System.err.printf("prefilter benchmark: %d files, %d bytes%n", files.size(), bytes);
    }

    @Benchmark
    public int keywordMatcherOnBytes() {
        int hits = 0;
        for (byte[] b : files) if (matcher.test(b, 0, b.length, FileKind.JAVA)) hits++;
        return hits;
    }

    @Benchmark
    public int regexOnDecodedText() {
        int hits = 0;
        for (byte[] b : files) if (regex.matcher(new String(b, StandardCharsets.UTF_8)).find()) hits++;
        return hits;
    }

    @Benchmark
    public int indexOfPerKeywordOnLowerCasedText() {
        int hits = 0;
        for (byte[] b : files) {
            String text = new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String k : lowerKeywords) {
                if (text.contains(k)) {
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }
}
