package dev.claudit.engine;

import dev.claudit.rules.Level;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.PathExcludes;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A project's {@code .claudit.yml}: rules turned off or given another level, paths excluded, the project's own
 * gateway hosts and extra client-bundled env prefixes, and a default {@code --fail-on}. Read from YAML nodes (not
 * objects) so that every mistake is reported as {@code file:line: what is wrong} and {@code off} stays a word.
 *
 * @param dir              the directory holding the file; {@code exclude} patterns are relative to it
 * @param disabledRules    rules set to {@code off}
 * @param levels           rules given another level
 * @param exclude          gitignore-style patterns
 * @param gateways         host names (lower case, optional {@code :port}) that are the project's own gateways
 * @param frontendPrefixes env-variable prefixes the project's bundler also ships to clients
 * @param failOn           the default for {@code --fail-on}, or null
 */
public record ProjectConfig(Path dir, Set<String> disabledRules, Map<String, Level> levels, List<String> exclude,
                     Set<String> gateways, Set<String> frontendPrefixes, Level failOn) {

    public static final String FILE_NAME = ".claudit.yml";
    static final List<String> KEYS = List.of("rules", "exclude", "gateways", "frontend-prefixes", "fail-on");

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public ProjectConfig {
        disabledRules = Set.copyOf(disabledRules);
        levels = Map.copyOf(levels);
        exclude = List.copyOf(exclude);
        gateways = Set.copyOf(gateways);
        frontendPrefixes = Set.copyOf(frontendPrefixes);
    }

    /** No file: nothing changed. */
    public static ProjectConfig none(Path dir) {
        return new ProjectConfig(dir, Set.of(), Map.of(), List.of(), Set.of(), Set.of(), null);
    }

    /** The options with this file's rules, gateways and prefixes applied. */
    public Pipeline.Options applyTo(Pipeline.Options o) {
        Set<String> gw = new LinkedHashSet<>(o.gatewayHosts());
        gw.addAll(gateways);
        Set<String> prefixes = new LinkedHashSet<>(o.extraFrontendPrefixes());
        prefixes.addAll(frontendPrefixes);
        Set<String> disabled = new LinkedHashSet<>(o.disabledRules());
        disabled.addAll(disabledRules);
        Map<String, Level> lv = new LinkedHashMap<>(o.levelOverrides());
        lv.putAll(levels);
        return new Pipeline.Options(o.asOf(), gw, prefixes, disabled, lv, o.threads(), o.maxFileSize(), o.prefilter(),
                o.scannedDirectories());
    }

    public PathExcludes excludes() {
        return new PathExcludes(dir, exclude);
    }

    /**
     * Reads and checks a config file.
     *
     * @param shown how to name the file in messages (as the user would write it)
     * @throws SettingsException {@code shown:line: what is wrong}, for unreadable files, bad YAML, unknown keys or bad values
     */
    public static ProjectConfig load(Path file, String shown) {
        return new Checker(shown).config(file.toAbsolutePath().normalize().getParent(), Composer.root(file, shown));
    }

    /**
     * SnakeYAML's part of the load, in a class of its own: checking this class's bytecode would otherwise load SnakeYAML
     * classes (the exceptions caught, the constructor passed) in every scan, a config file or none.
     */
    private static final class Composer {
        private Composer() {
        }

        static Node root(Path file, String shown) {
            try (Reader in = new java.io.StringReader(new String(DirectoryWalker.readOwnFile(file), StandardCharsets.UTF_8))) {
                return new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
                throw new SettingsException(shown + ":" + line + ": not valid YAML: " + firstLine(e.getProblem()));
            } catch (YAMLException e) {
                throw new SettingsException(shown + ":1: not valid YAML: " + firstLine(e.getMessage()));
            } catch (IOException e) {
                throw new SettingsException(shown + ": cannot read config file (" + DirectoryWalker.reason(e) + ")");
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        String l = s.strip();
        int nl = l.indexOf('\n');
        return nl < 0 ? l : l.substring(0, nl);
    }

    /** Walks the node tree, failing at the first problem with its line. */
    private record Checker(String shown) {

        ProjectConfig config(Path dir, Node root) {
            if (root == null) return none(dir);
            if (!(root instanceof MappingNode map)) throw error(root, "expected keys such as " + String.join(", ", KEYS));
            Set<String> disabled = new LinkedHashSet<>();
            Map<String, Level> levels = new LinkedHashMap<>();
            List<String> exclude = new ArrayList<>();
            Set<String> gateways = new LinkedHashSet<>();
            Set<String> prefixes = new LinkedHashSet<>();
            Level failOn = null;
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode(), "a key");
                if (!seen.add(key)) throw error(t.getKeyNode(), "'" + key + "' is given twice");
                Node value = t.getValueNode();
                switch (key) {
                    case "rules" -> rules(value, disabled, levels);
                    case "exclude" -> {
                        for (ScalarNode n : list(value, key)) {
                            String p = n.getValue().strip();
                            if (p.isEmpty() || p.startsWith("#")) throw error(n, "exclude: '" + n.getValue() + "' is not a path pattern");
                            exclude.add(p);
                        }
                    }
                    case "gateways" -> {
                        for (ScalarNode n : list(value, key)) gateways.add(host(n));
                    }
                    case "frontend-prefixes" -> {
                        for (ScalarNode n : list(value, key)) {
                            if (!PREFIX.matcher(n.getValue()).matches()) {
                                throw error(n, "frontend-prefixes: '" + n.getValue() + "' is not an env-variable prefix such as MYAPP_PUBLIC_");
                            }
                            prefixes.add(n.getValue());
                        }
                    }
                    case "fail-on" -> failOn = failOn(value);
                    default -> throw error(t.getKeyNode(), "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
                }
            }
            return new ProjectConfig(dir, disabled, levels, exclude, gateways, prefixes, failOn);
        }

        private void rules(Node value, Set<String> disabled, Map<String, Level> levels) {
            if (isNull(value)) return;
            if (!(value instanceof MappingNode map)) throw error(value, "rules: expected 'rule-id: off|error|warning|note' entries");
            for (NodeTuple t : map.getValue()) {
                String id = scalar(t.getKeyNode(), "a rule id");
                if (!RuleCatalog.ids().contains(id)) throw error(t.getKeyNode(), "rules: unknown rule '" + id + "' (see 'claudit rules')");
                String v = scalar(t.getValueNode(), "off, error, warning or note").toLowerCase(Locale.ROOT);
                switch (v) {
                    case "off" -> disabled.add(id);
                    case "error", "warning", "note" -> levels.put(id, Level.parse(v));
                    default -> throw error(t.getValueNode(), "rules: " + id + " takes off, error, warning or note, not '" + v + "'");
                }
            }
        }

        private Level failOn(Node value) {
            String v = scalar(value, "error, warning, note or none").toLowerCase(Locale.ROOT);
            if (!List.of("error", "warning", "note", "none").contains(v)) {
                throw error(value, "fail-on takes error, warning, note or none, not '" + v + "'");
            }
            return Level.parse(v);
        }

        private String host(ScalarNode n) {
            String h = n.getValue().strip().toLowerCase(Locale.ROOT);
            if (h.contains("://") || h.contains("/")) {
                throw error(n, "gateways: list host names, not URLs ('" + n.getValue() + "')");
            }
            if (!HOST.matcher(h).matches()) throw error(n, "gateways: '" + n.getValue() + "' is not a host name");
            return h;
        }

        private List<ScalarNode> list(Node value, String key) {
            if (isNull(value)) return List.of();
            if (!(value instanceof SequenceNode seq)) throw error(value, key + ": expected a list (one '- item' per line)");
            List<ScalarNode> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (!(n instanceof ScalarNode s)) throw error(n, key + ": expected a plain value in each list item");
                out.add(s);
            }
            return out;
        }

        private String scalar(Node n, String what) {
            if (!(n instanceof ScalarNode s)) throw error(n, "expected " + what);
            return s.getValue();
        }

        private static boolean isNull(Node n) {
            return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
        }

        private SettingsException error(Node at, String what) {
            return new SettingsException(shown + ":" + (at.getStartMark().getLine() + 1) + ": " + what);
        }
    }
}
