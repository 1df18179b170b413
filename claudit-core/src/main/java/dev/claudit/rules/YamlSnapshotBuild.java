package dev.claudit.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build step that writes {@link YamlSnapshot} (claudit-core's pom runs it at {@code process-classes}): it parses
 * every {@code rules/*.yml} and {@code rules/data/*.yml} under the compiled classes with SnakeYAML, as
 * {@link YamlResources} would (without the rules' examples, which a scan never shows), and writes the trees to
 * {@code rules/snapshot.bin} beside them, from where the jar takes it.
 */
public final class YamlSnapshotBuild {

    private YamlSnapshotBuild() {
    }

    /** {@code args[0]}: the classes directory ({@code target/classes}). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: YamlSnapshotBuild CLASSES_DIRECTORY");
        Path classes = Path.of(args[0]);
        List<YamlSnapshot.Source> sources = sources(classes);
        if (sources.isEmpty()) throw new IllegalStateException(classes.resolve("rules") + " holds no YAML: nothing to snapshot");
        Path out = classes.resolve(YamlResources.SNAPSHOT);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (var written = new java.io.FileOutputStream(tmp.toFile())) { // streams, not channels (see FileStreams)
            written.write(YamlSnapshot.write(sources));
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every rule and data file under {@code classes/rules}, by name, each as the tree a scan loads. */
    static List<YamlSnapshot.Source> sources(Path classes) throws IOException {
        List<YamlSnapshot.Source> out = new ArrayList<>();
        for (String dir : List.of("rules", "rules/data")) {
            Path d = classes.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yml") && Files.isRegularFile(f)).sorted().toList()) {
                    try (var in = new java.io.FileInputStream(p.toFile())) {
                        out.add(source(dir + "/" + p.getFileName(), in.readAllBytes()));
                    }
                }
            }
        }
        return out;
    }

    /** One resource as it goes into the snapshot: its tree without examples, and whether there were examples to cut. */
    static YamlSnapshot.Source source(String resource, byte[] yaml) {
        boolean cut = !YamlResources.text(yaml, true).equals(YamlResources.text(yaml, false));
        return new YamlSnapshot.Source(resource, yaml, cut, YamlResources.Parser.parse(YamlResources.text(yaml, true)));
    }
}
