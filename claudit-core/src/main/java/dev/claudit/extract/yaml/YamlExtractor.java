package dev.claudit.extract.yaml;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.docs.DocsExtractor;
import dev.claudit.facts.ObjectShape;
import dev.claudit.extract.ValueText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Role;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads YAML by composing nodes (never constructing objects) with alias, nesting and size limits.
 * Every scalar becomes a {@link Setting} under its dotted key path; env-style lists — Kubernetes
 * {@code - name: X / value: Y} and compose {@code - X=Y} — become settings named after the variable.
 * Scalars under {@code run:} (workflow steps) and {@code script:} are handed to the script reader as shell, the
 * {@code script:} input of an {@code actions/github-script} step as JavaScript.
 */
public final class YamlExtractor implements Extractor {

    private static final int MAX_NODES = 200_000;

    private final BiConsumer<ScriptBlock, FactSink> scriptReader;

    /**
     * A script embedded in YAML, with where its first line starts and where the scalar ends ({@code endLine},
     * {@code endColumn} 1-based, the column exclusive). A quoted JavaScript scalar is given inside its quotes (it is
     * read in place); a shell script's map skips the quote itself.
     */
    public record ScriptBlock(String script, int line, int column, boolean literalBlock, Language language, int endLine, int endColumn) {
    }

    /** What an embedded script is written in: shell ({@code run:}, CI {@code script:}) or JavaScript (actions/github-script). */
    public enum Language { SHELL, JAVASCRIPT }

    public YamlExtractor(BiConsumer<ScriptBlock, FactSink> scriptReader) {
        this.scriptReader = scriptReader;
    }

    static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(50);
        o.setAllowRecursiveKeys(false);
        o.setAllowDuplicateKeys(true);
        o.setNestingDepthLimit(200);
        o.setCodePointLimit(16 * 1024 * 1024);
        o.setProcessComments(false);
        // composing never builds objects, so a tag is only a label: refusing global tags (!!python/object...)
        // would just leave such files scanned for credentials only
        o.setTagInspector(tag -> true);
        return o;
    }

    /** SnakeYAML's default resolver, which composing only reads: one for every file and thread. */
    private static final Resolver RESOLVER = new Resolver();

    /**
     * Composes each document as {@code Yaml.composeAll} does (a composer over a parser of the text), without making
     * a {@code Yaml} per file, whose constructor and representer composing never uses.
     */
    @Override
    public void extract(String path, String text, FactSink sink) {
        LoaderOptions opts = options();
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), opts), RESOLVER, opts);
        Walk walk = new Walk(path, sink);
        while (composer.checkNode()) {
            Node doc = composer.getNode();
            if (doc == null) throw new java.util.NoSuchElementException("No Node is available.");
            walk.node(doc, "", null);
        }
    }

    private final class Walk {
        final String path;
        final FactSink sink;
        final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Node> githubScriptInputs = Collections.newSetFromMap(new IdentityHashMap<>());
        int count;

        /** A block of a docs page: its schemas describe fields. */
        final boolean docsPage;

        Walk(String path, FactSink sink) {
            this.path = path;
            this.docsPage = DocsExtractor.isDocsPage(path);
            this.sink = sink;
        }

        /** The role the enclosing mappings give everything below them (a response, another platform), or null. */
        Role inherited;
        /** The role the innermost mapping gives its own scalars (a request, a table row...), or null. */
        Role own;

        void node(Node node, String keyPath, Location keyLoc) {
            if (!seen.add(node) || ++count > MAX_NODES) return; // aliases are walked once
            if (node instanceof MappingNode m) {
                markGithubScript(m);
                Role savedInherited = inherited;
                Role savedOwn = own;
                Map<String, String> members = members(m);
                own = ObjectShape.of(members);
                Role passed = inherited != null ? inherited : ObjectShape.inherited(members);
                boolean aliasRoute = targetsRenameModel(m);
                for (NodeTuple t : m.getValue()) {
                    inherited = passed;
                    if (inherited == null && t.getKeyNode() instanceof ScalarNode k) inherited = ObjectShape.under(k.getValue());
                    // what such a route matches is the clients' name for the model, not what any target is sent
                    if (inherited == null && aliasRoute && t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("matches")) {
                        inherited = Role.MENTIONED;
                    }
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        String childPath = keyPath.isEmpty() ? k.getValue() : keyPath + "." + k.getValue();
                        Node v = t.getValueNode();
                        boolean javascript = k.getValue().equals("script") && githubScriptInputs.contains(m);
                        if (v instanceof ScalarNode s && (isScript(k.getValue()) || javascript)) {
                            Mark mk = s.getStartMark();
                            boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                                    || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
                            Mark end = s.getEndMark();
                            int mark = sink.literalCount();
                            scriptReader.accept(new ScriptBlock(s.getValue(), mk.getLine() + 1 + (block ? 1 : 0),
                                    block ? 1 : mk.getColumn() + 1 + (javascript ? quoteOffset(s) : 0), block,
                                    javascript ? Language.JAVASCRIPT : Language.SHELL,
                                    end.getLine() + 1, end.getColumn() + 1 - quoteOffset(s)), sink);
                            // a command recorded in a results table's row, or meant for another platform, sends nothing to Anthropic
                            Role around = own != null ? own : inherited;
                            if (around == Role.MENTIONED || around == Role.ELSEWHERE) sink.roleSince(mark, around);
                            // the script reader reports the script's strings where they are, not at the block's start;
                            // its ${X} are the script's variables, not configuration properties
                            scalar(s, childPath, loc(k), true);
                            continue;
                        }
                        node(v, childPath, loc(k));
                    } else {
                        node(t.getValueNode(), keyPath, keyLoc);
                    }
                }
                inherited = savedInherited;
                own = savedOwn;
            } else if (node instanceof SequenceNode s) {
                for (Node item : s.getValue()) {
                    if (item instanceof MappingNode m && envEntry(m, keyPath)) continue;
                    if (item instanceof ScalarNode sc && composeEnv(sc, keyPath)) continue;
                    node(item, keyPath, keyLoc);
                }
            } else if (node instanceof ScalarNode s && keyLoc != null) {
                scalar(s, keyPath, keyLoc);
            }
        }

        /**
         * A gateway route whose every target names the model it calls (Envoy AI Gateway: each of its {@code backendRefs}
         * has a {@code modelNameOverride}).
         */
        static boolean targetsRenameModel(MappingNode route) {
            for (NodeTuple t : route.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getValue().equals("backendRefs")) continue;
                if (!(t.getValueNode() instanceof SequenceNode targets) || targets.getValue().isEmpty()) return false;
                for (Node target : targets.getValue()) {
                    if (!(target instanceof MappingNode tm) || tm.getValue().stream().noneMatch(x ->
                            x.getKeyNode() instanceof ScalarNode xk && xk.getValue().equals("modelNameOverride"))) return false;
                }
                return true;
            }
            return false;
        }

        /** A workflow step {@code uses: actions/github-script@…}: the {@code script} among its {@code with} inputs is JavaScript. */
        void markGithubScript(MappingNode step) {
            Node with = null;
            boolean githubScript = false;
            for (NodeTuple t : step.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                if (k.getValue().equals("uses") && t.getValueNode() instanceof ScalarNode u
                        && u.getValue().trim().startsWith("actions/github-script@")) githubScript = true;
                if (k.getValue().equals("with")) with = t.getValueNode();
            }
            if (githubScript && with instanceof MappingNode w) githubScriptInputs.add(w);
        }

        /** Kubernetes container env: {@code - name: X} with {@code value: Y} or {@code valueFrom}. */
        boolean envEntry(MappingNode m, String keyPath) {
            ScalarNode name = null;
            ScalarNode value = null;
            Node valueFrom = null;
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) return false;
                if (k.getValue().equals("name") && t.getValueNode() instanceof ScalarNode n) name = n;
                else if (k.getValue().equals("value") && t.getValueNode() instanceof ScalarNode v) value = v;
                else if (k.getValue().equals("valueFrom")) valueFrom = t.getValueNode();
            }
            if (name == null || (value == null && valueFrom == null) || !keyPath.endsWith("env")) return false;
            if (value != null) {
                scalar(value, keyPath + "." + name.getValue(), loc(name));
            } else {
                // valueFrom: a secret or config map reference, value not in this file
                sink.setting(new Setting(keyPath + "." + name.getValue(), new Value.Unknown("valueFrom", loc(valueFrom)),
                        Setting.Origin.YAML, Setting.Style.PLAIN, loc(name)));
                node(valueFrom, keyPath + "." + name.getValue(), loc(name));
            }
            return true;
        }

        /** docker-compose {@code environment: [ "X=Y" ]}. */
        boolean composeEnv(ScalarNode s, String keyPath) {
            if (!keyPath.endsWith("environment") && !keyPath.endsWith("env")) return false;
            String v = s.getValue();
            int eq = v.indexOf('=');
            if (eq <= 0 || !v.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_.]*")) return false;
            Location l = loc(s);
            String raw = v.substring(eq + 1);
            Location valLoc = new Location(path, l.line(), l.column() + eq + 1 + quoteOffset(s), l.line(),
                    l.column() + eq + quoteOffset(s) + Math.max(1, raw.length()));
            Value value = ValueText.parse(raw, valLoc, true);
            Location keyLoc = new Location(path, l.line(), l.column() + quoteOffset(s), l.line(), l.column() + quoteOffset(s) + eq - 1);
            sink.setting(new Setting(keyPath + "." + v.substring(0, eq), value, Setting.Origin.YAML, style(s), keyLoc));
            if (value instanceof Value.Literal lit) sink.literal(lit);
            return true;
        }

        void scalar(ScalarNode s, String keyPath, Location keyLoc) {
            scalar(s, keyPath, keyLoc, false);
        }

        /** A setting; a script's ({@code run:}) reads shell variables and its strings are literals where the script reader puts them. */
        void scalar(ScalarNode s, String keyPath, Location keyLoc, boolean script) {
            Location valLoc = loc(s);
            if (isBlock(s)) valLoc = new Location(path, valLoc.line() + 1, 1, valLoc.endLine(), valLoc.endColumn());
            else valLoc = new Location(path, valLoc.line(), valLoc.column() + quoteOffset(s), valLoc.endLine(), valLoc.endColumn());
            Value value = ValueText.parse(s.getValue(), valLoc, script);
            sink.setting(new Setting(keyPath, value, Setting.Origin.YAML, style(s), keyLoc));
            if (!script && value instanceof Value.Literal l) {
                sink.literal(l);
                if (ObjectShape.wantsRole(l.text())) sink.role(l.location(), role(l.text(), keyPath));
            }
        }

        /** A scalar's role: JSON text by its shape (a cassette body), else its mapping's, else the enclosing ones'. */
        Role role(String text, String keyPath) {
            Role shape = ObjectShape.ofText(text);
            if (shape != null) return shape;
            if (own != null) return own;
            if (inherited != null) return inherited;
            // a schema's enum in a docs page's reference describes what the field accepts; in code it offers the ids
            if (docsPage && DocsExtractor.isSchemaEnum(keyPath)) return Role.MENTIONED;
            return keyPath.endsWith(".default") || keyPath.equals("default") ? Role.CONFIGURED : null;
        }

        /** A mapping's scalar members by normalized key ({@code ""} for non-scalar values). */
        Map<String, String> members(MappingNode m) {
            Map<String, String> out = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.putIfAbsent(ObjectShape.normalize(k.getValue()), t.getValueNode() instanceof ScalarNode v ? v.getValue() : "");
                }
            }
            return out;
        }

        Location loc(Node n) {
            Mark a = n.getStartMark();
            Mark b = n.getEndMark();
            return new Location(path, a.getLine() + 1, a.getColumn() + 1, b.getLine() + 1, Math.max(1, b.getColumn()));
        }
    }

    private static boolean isScript(String key) {
        return key.equals("run") || key.equals("script") || key.equals("before_script") || key.equals("after_script")
                || key.equals("command") || key.equals("entrypoint");
    }

    private static boolean isBlock(ScalarNode s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    }

    private static int quoteOffset(ScalarNode s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                || s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
    }

    private static Setting.Style style(ScalarNode s) {
        if (isBlock(s)) return Setting.Style.BLOCK;
        return quoteOffset(s) == 1 ? Setting.Style.QUOTED : Setting.Style.PLAIN;
    }
}
