package dev.claudit.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The built-in YAML resources ({@code rules/*.yml}, {@code rules/data/*.yml}) as SnakeYAML's {@code SafeConstructor}
 * trees, from the jar's {@link YamlSnapshot} ({@value #SNAPSHOT}) when it holds the resource's current bytes, else
 * parsed as YAML: a scan of the jar loads no SnakeYAML class for them, and a class path without the snapshot (an IDE
 * build) or with a stale one reads the YAML as before. A project's {@code .claudit.yml} and scanned YAML files are
 * not built-in resources and never come here.
 */
final class YamlResources {

    /** Where the build puts the snapshot, beside the resources it holds. */
    static final String SNAPSHOT = "rules/snapshot.bin";

    private YamlResources() {
    }

    /**
     * The jar this class was loaded from, read once (the class path does not change under a run): its snapshot, and the
     * length and CRC-32 its directory records for each rule file — the snapshot's staleness check without looking up
     * and reading nineteen resources through the class loader, the larger part of loading the rules from the snapshot
     * in a hook run. From a classes directory (tests, an IDE) there is no directory to ask: the files are read.
     */
    private static final class InJar {
        /** A resource's length and CRC-32 as the jar's directory records them (those of its uncompressed bytes). */
        record Recorded(long length, long crc) {
        }

        static final Map<String, Recorded> RECORDED = new HashMap<>();
        static final Optional<YamlSnapshot> SNAPSHOT = read();

        private static Optional<YamlSnapshot> read() {
            try (ZipFile jar = ownJar()) {
                if (jar != null) {
                    ZipEntry entry = jar.getEntry(YamlResources.SNAPSHOT);
                    if (entry == null) return Optional.empty();
                    Optional<YamlSnapshot> snapshot;
                    try (InputStream in = jar.getInputStream(entry)) {
                        snapshot = YamlSnapshot.parse(in.readAllBytes());
                    }
                    // only the files the snapshot holds (the jar has thousands of entries, most of them classes)
                    for (String resource : snapshot.map(YamlSnapshot::resources).orElse(java.util.Set.of())) {
                        ZipEntry e = jar.getEntry(resource);
                        if (e != null && e.getSize() >= 0 && e.getCrc() >= 0) RECORDED.put(resource, new Recorded(e.getSize(), e.getCrc()));
                    }
                    return snapshot;
                }
            } catch (IOException | RuntimeException e) {
                RECORDED.clear(); // read the resources, as from a directory
            }
            try (InputStream in = YamlResources.class.getResourceAsStream("/" + YamlResources.SNAPSHOT)) {
                return in == null ? Optional.empty() : YamlSnapshot.parse(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a plain YAML load is always there to fall back on
            }
        }

        /** The jar file this class came from, or null (a classes directory, another kind of class path). */
        private static ZipFile ownJar() throws IOException {
            CodeSource source = YamlResources.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) return null;
            try {
                Path path = Path.of(source.getLocation().toURI());
                return Files.isRegularFile(path) ? new ZipFile(path.toFile()) : null;
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * The tree of a resource on the class path ({@code rules/data/hosts.yml}, no leading slash): of its text without the
     * top-level {@code examples:} when {@code withoutExamples}. Empty when there is no such resource (or its document is
     * empty).
     */
    static Optional<Object> tree(String resource, boolean withoutExamples) {
        Optional<YamlSnapshot> snapshot = InJar.SNAPSHOT;
        InJar.Recorded recorded = InJar.RECORDED.get(resource);
        if (recorded != null) {
            Optional<Object> stored = snapshot.flatMap(s -> s.tree(resource, recorded.length(), recorded.crc(), withoutExamples));
            if (stored.isPresent()) return stored;
        }
        return tree(resource, withoutExamples, snapshot);
    }

    static Optional<Object> tree(String resource, boolean withoutExamples, Optional<YamlSnapshot> snapshot) {
        byte[] yaml = bytes(resource);
        if (yaml == null) return Optional.empty();
        Optional<Object> stored = snapshot.flatMap(s -> s.tree(resource, yaml, withoutExamples));
        return stored.isPresent() ? stored : Optional.ofNullable(Parser.parse(text(yaml, withoutExamples)));
    }

    /** The resource's bytes, or null when the class path has no such resource. */
    static byte[] bytes(String resource) {
        try (InputStream in = YamlResources.class.getResourceAsStream("/" + resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text SnakeYAML reads for a resource: what a scan never shows, the rules' examples, cut when asked. */
    static String text(byte[] yaml, boolean withoutExamples) {
        String text = new String(yaml, StandardCharsets.UTF_8);
        return withoutExamples ? withoutTopLevelKey(text, "examples") : text;
    }

    /** The YAML text without one top-level block key and its value (what is indented under it or listed at column 0). */
    static String withoutTopLevelKey(String yaml, String key) {
        int start = yaml.startsWith(key + ":") ? 0 : yaml.indexOf("\n" + key + ":");
        if (start < 0) return yaml;
        if (start > 0) start++;
        int end = yaml.indexOf('\n', start);
        while (end >= 0 && end + 1 < yaml.length()) {
            char c = yaml.charAt(end + 1);
            if (c != ' ' && c != '\t' && c != '-' && c != '#' && c != '\n' && c != '\r') break;
            end = yaml.indexOf('\n', end + 1);
        }
        return end < 0 || end + 1 >= yaml.length() ? yaml.substring(0, start) : yaml.substring(0, start) + yaml.substring(end + 1);
    }

    /** SnakeYAML, in a class of its own so that it loads only when a resource is parsed rather than served. */
    static final class Parser {
        private Parser() {
        }

        static Object parse(String text) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        }
    }
}
