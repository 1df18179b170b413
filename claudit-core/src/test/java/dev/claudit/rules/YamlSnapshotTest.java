package dev.claudit.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlSnapshotTest {

    private static final String HOSTS = "rules/data/hosts.yml";

    /** The snapshot the build put on the class path (target/classes/rules/snapshot.bin). */
    private static byte[] built() {
        byte[] b = YamlResources.bytes(YamlResources.SNAPSHOT);
        assertThat(b).as("the build writes " + YamlResources.SNAPSHOT + " at process-classes").isNotNull();
        return b;
    }

    /** Every rule and data file in the checkout's rules/, as class path resources. */
    private static Set<String> ruleAndDataFiles() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String dir : List.of("rules", "rules/data")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).forEach(n -> out.add(dir + "/" + n));
            }
        }
        return out;
    }

    private static Object snakeYaml(String resource, boolean withoutExamples) {
        return YamlResources.Parser.parse(YamlResources.text(YamlResources.bytes(resource), withoutExamples));
    }

    @Test
    void theBuiltSnapshotHoldsEveryRuleAndDataFileAsSnakeYamlLoadsIt() throws IOException {
        YamlSnapshot snapshot = YamlSnapshot.parse(built()).orElseThrow();
        Set<String> files = ruleAndDataFiles();
        assertThat(files).contains("rules/hardcoded-credential.yml", HOSTS);
        assertThat(new TreeSet<>(snapshot.resources())).isEqualTo(files);
        for (String resource : files) {
            byte[] yaml = YamlResources.bytes(resource);
            boolean rule = !resource.startsWith("rules/data/");
            // a scan reads rules without their examples and data files whole; both come from the snapshot
            Object scanned = YamlResources.tree(resource, rule).orElseThrow();
            assertThat(snapshot.tree(resource, yaml, rule)).as(resource).contains(scanned);
            assertThat(scanned).as(resource).isEqualTo(snakeYaml(resource, rule));
            // the full rule files (claudit rules, explain, the examples' tests) are parsed: the snapshot cut their examples
            assertThat(snapshot.tree(resource, yaml, false)).as(resource).isEqualTo(rule ? Optional.empty() : Optional.of(scanned));
            assertThat(YamlResources.tree(resource, false)).as(resource).contains(snakeYaml(resource, false));
        }
        assertThat(((Map<?, ?>) snakeYaml("rules/hardcoded-credential.yml", false)).containsKey("examples")).isTrue();
    }

    @Test
    void aTreeMadeFromOtherBytesThanTheResourceIsNeverServed() {
        byte[] yaml = YamlResources.bytes(HOSTS);
        Map<String, Object> planted = new LinkedHashMap<>(Map.of("planted", "tree"));
        Optional<YamlSnapshot> current = YamlSnapshot.parse(YamlSnapshot.write(List.of(new YamlSnapshot.Source(HOSTS, yaml, false, planted))));
        assertThat(YamlResources.tree(HOSTS, false, current)).as("made from these bytes: served").contains(planted);

        byte[] edited = Arrays.copyOf(yaml, yaml.length);
        edited[edited.length - 2] ^= 1;
        byte[] longer = Arrays.copyOf(yaml, yaml.length + 1);
        longer[yaml.length] = '\n';
        for (byte[] old : List.of(edited, longer)) {
            Optional<YamlSnapshot> stale = YamlSnapshot.parse(YamlSnapshot.write(List.of(new YamlSnapshot.Source(HOSTS, old, false, planted))));
            assertThat(stale).isPresent();
            assertThat(YamlResources.tree(HOSTS, false, stale)).contains(snakeYaml(HOSTS, false));
        }

        // as a jar's directory records the resource: its length and CRC-32 (of the uncompressed bytes)
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(yaml);
        YamlSnapshot snapshot = current.orElseThrow();
        assertThat(snapshot.tree(HOSTS, yaml.length, crc.getValue(), false)).as("the jar records these bytes").contains(planted);
        assertThat(snapshot.tree(HOSTS, yaml.length + 1, crc.getValue(), false)).as("another length").isEmpty();
        assertThat(snapshot.tree(HOSTS, yaml.length, crc.getValue() ^ 1, false)).as("another CRC").isEmpty();
    }

    @Test
    void aTruncatedOrCorruptSnapshotIsNotReadAndTheYamlIsParsedInstead() {
        byte[] good = built();
        Object expected = snakeYaml(HOSTS, false);
        for (int length = 0; length < good.length; length += length < 64 ? 1 : 211) {
            Optional<YamlSnapshot> truncated = YamlSnapshot.parse(Arrays.copyOf(good, length));
            assertThat(truncated).as("cut at %d", length).isEmpty();
            assertThat(YamlResources.tree(HOSTS, false, truncated)).contains(expected);
        }
        assertThat(YamlSnapshot.parse(Arrays.copyOf(good, good.length + 1))).as("a byte too many").isEmpty();
        for (int at = 0; at < good.length; at += at < 64 ? 1 : 97) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x10;
            assertThat(YamlSnapshot.parse(flipped)).as("flipped at %d", at).isEmpty();
        }
    }

    @Test
    void aTreeThatDoesNotDecodeIsParsedInsteadWithoutAnException() {
        byte[] yaml = YamlResources.bytes(HOSTS);
        String[] trees = {"unknown tag", "a count past the end", "a string index never written"};
        for (int i = 0; i < trees.length; i++) {
            byte[] b = YamlSnapshot.write(List.of(new YamlSnapshot.Source(HOSTS, yaml, false, new ArrayList<>(List.of("x")))));
            int tree = 12 + 4 + 4 + HOSTS.length() + 4 + 4 + 1 + 4; // header, count, name, yaml length and crc, cut, tree length
            assertThat(b[tree]).as("the list's tag").isEqualTo((byte) 9);
            switch (i) {
                case 0 -> b[tree] = 99;
                case 1 -> ByteBuffer.wrap(b).putInt(tree + 1, 1_000_000);
                default -> b[tree + 5] = 7; // the string's tag becomes "the string already written at index ...", of which there are none
            }
            Optional<YamlSnapshot> snapshot = YamlSnapshot.parse(withBodyCrc(b));
            assertThat(snapshot).as(trees[i]).isPresent();
            assertThat(snapshot.get().tree(HOSTS, yaml, false)).as(trees[i]).isEmpty();
            assertThat(YamlResources.tree(HOSTS, false, snapshot)).as(trees[i]).contains(snakeYaml(HOSTS, false));
        }
    }

    /** The snapshot with its body's CRC made right again, so that what is wrong is inside. */
    private static byte[] withBodyCrc(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b, 12, b.length - 12);
        ByteBuffer.wrap(b).putInt(8, (int) crc.getValue());
        return b;
    }

    @Test
    void everyValueSafeConstructorMakesOfAScalarRoundTrips() {
        String yaml = """
                null: ~
                empty:
                yes: true
                no: false
                int: -2147483648
                long: 12345678901
                hex: 0x1F
                double: -1.5e-3
                nan: .nan
                infinity: -.inf
                date: 2024-01-02
                time: 2024-01-02T10:20:30.5+02:00
                escaped: "tab \\t snowman \\u2603"
                text: ünïcödé
                again: ünïcödé
                3: a key that is a number
                list: [1, [two], {three: 3}]
                """;
        Object tree = YamlResources.Parser.parse(yaml);
        Set<Class<?>> types = new java.util.HashSet<>();
        collectTypes(tree, types);
        assertThat(types).contains(Boolean.class, Integer.class, Long.class, Double.class, String.class, Date.class,
                ArrayList.class, LinkedHashMap.class);
        assertThat(roundTrip(tree)).isEqualTo(tree);
    }

    @Test
    void valuesBeyondWhatYamlWritesHereRoundTripToo() {
        Map<Object, Object> tree = new LinkedHashMap<>();
        tree.put("long string", "x".repeat(70_000) + "é"); // past DataOutputStream.writeUTF's 64 KB
        tree.put("", "");
        tree.put(null, new ArrayList<>());
        tree.put(Integer.MAX_VALUE, Long.MIN_VALUE);
        tree.put(-0.0, Double.NaN);
        tree.put("nested", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("a", new ArrayList<>(List.of("")))))));
        assertThat(roundTrip(tree)).isEqualTo(tree);
    }

    @Test
    void aTypeTheFormatHasNoTagForFailsTheBuildNamingTheFile() {
        for (Object unsupported : List.of(new java.math.BigInteger("123456789012345678901234567890"), new byte[] {1},
                new java.util.LinkedHashSet<>(List.of("a")), List.of("immutable"))) {
            assertThatThrownBy(() -> YamlSnapshot.write(List.of(new YamlSnapshot.Source("rules/x.yml", new byte[0], false,
                    new ArrayList<>(List.of(unsupported))))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rules/x.yml: SnakeYAML made a " + unsupported.getClass().getName());
        }
    }

    @Test
    void theBuildStepWritesWhatTheClassPathHolds(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/data"));
        Files.writeString(dir.resolve("rules/r.yml"), "id: r\nexamples:\n  - title: t\nhelp: h\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("d.yml"), "words: [a, b]\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("notes.txt"), "not YAML", StandardCharsets.UTF_8);
        YamlSnapshotBuild.main(new String[] {dir.toString()});
        YamlSnapshot snapshot = YamlSnapshot.parse(Files.readAllBytes(dir.resolve(YamlResources.SNAPSHOT))).orElseThrow();
        assertThat(snapshot.resources()).containsExactlyInAnyOrder("rules/r.yml", "rules/data/d.yml");
        byte[] rule = Files.readAllBytes(dir.resolve("rules/r.yml"));
        assertThat(snapshot.tree("rules/r.yml", rule, true)).contains(Map.of("id", "r", "help", "h"));
        assertThat(snapshot.tree("rules/r.yml", rule, false)).as("examples were cut").isEmpty();
        assertThat(snapshot.tree("rules/data/d.yml", Files.readAllBytes(rules.resolve("d.yml")), false)).contains(Map.of("words", List.of("a", "b")));
    }

    private static Object roundTrip(Object tree) {
        byte[] yaml = "any".getBytes(StandardCharsets.UTF_8);
        YamlSnapshot snapshot = YamlSnapshot.parse(YamlSnapshot.write(List.of(new YamlSnapshot.Source("r", yaml, false, tree)))).orElseThrow();
        return snapshot.tree("r", yaml, false).orElse(null);
    }

    private static void collectTypes(Object o, Set<Class<?>> types) {
        if (o == null) return;
        types.add(o.getClass());
        if (o instanceof Map<?, ?> m) m.forEach((k, v) -> {
            collectTypes(k, types);
            collectTypes(v, types);
        });
        if (o instanceof List<?> l) l.forEach(x -> collectTypes(x, types));
    }
}
