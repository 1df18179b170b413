package dev.claudit.extract.shell;

import dev.claudit.extract.FactSink;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Notice;
import dev.claudit.facts.ObjectShape;
import dev.claudit.facts.Role;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the commands of one shell script into facts: assignments ({@code X=v}, {@code export X=v},
 * {@code declare -x X=v}, {@code env X=v cmd}) become settings; {@code curl} commands become HTTP calls
 * (behind {@code sudo}, {@code exec}, {@code if}, {@code env} and the like, and inside {@code sh -c '...'});
 * quoted strings and URLs become literals. Variables the script set earlier resolve in later commands, so
 * {@code curl "$BASE/v1/messages"} knows its host.
 */
public final class ShellReader {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until",
            "!", "{", "}", "time", "function", "coproc");
    private static final Set<String> DECLARATIONS = Set.of("export", "declare", "typeset", "local", "readonly");
    private static final Set<String> WRAPPERS = Set.of("sudo", "exec", "command", "nohup", "nice", "builtin", "stdbuf", "doas");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh");
    private static final int MAX_DEPTH = 8;

    private final SourceMap map;
    private final FactSink sink;
    private final Setting.Origin origin;
    private final Map<String, Value> variables;
    private final int depth;

    private ShellReader(SourceMap map, FactSink sink, Setting.Origin origin, Map<String, Value> variables, int depth) {
        this.map = map;
        this.sink = sink;
        this.origin = origin;
        this.variables = variables;
        this.depth = depth;
    }

    /**
     * Reads {@code script}, whose characters {@code map} places in the file. {@code known} are variables set
     * before the script runs (a Dockerfile's {@code ENV}); settings are reported with {@code origin}.
     */
    public static void read(String script, SourceMap map, FactSink sink, Setting.Origin origin, Map<String, Value> known) throws UnparsableText {
        new ShellReader(map, sink, origin, new HashMap<>(known), 0).script(script);
    }

    /** Reads one command whose words are already split (a Dockerfile exec form), as {@link #read} would. */
    public static void read(ShellCommand command, SourceMap map, FactSink sink, Setting.Origin origin, Map<String, Value> known) {
        new ShellReader(map, sink, origin, new HashMap<>(known), 0).command(command);
    }

    private void script(String script) throws UnparsableText {
        for (ShellCommand c : ShellLexer.lex(script, map)) command(c);
    }

    private void command(ShellCommand c) {
        List<ShellWord> w = c.words();
        int i = 0;
        while (i < w.size() && assignment(w.get(i))) i++;
        while (i < w.size()) {
            String name = w.get(i).literalText();
            if (name == null) break;
            if (RESERVED.contains(name)) {
                literals(w.get(i));
                i++;
            } else if (DECLARATIONS.contains(name)) {
                for (int k = i + 1; k < w.size(); k++) {
                    if (!assignment(w.get(k))) literals(w.get(k));
                }
                return;
            } else if (name.equals("env")) {
                i++;
                while (i < w.size()) {
                    String t = w.get(i).literalText();
                    if (t != null && t.startsWith("-")) i += t.equals("-u") || t.equals("-C") || t.equals("-S") ? 2 : 1;
                    else if (assignment(w.get(i))) i++;
                    else break;
                }
            } else if (WRAPPERS.contains(name)) {
                i++;
                while (i < w.size() && w.get(i).literalPrefix().startsWith("-")) i++;
            } else {
                break;
            }
        }
        List<Value.Literal> written = new java.util.ArrayList<>();
        for (int k = i; k < w.size(); k++) {
            written.addAll(literals(w.get(k)));
            modelOption(w, k, written);
        }
        if (i >= w.size()) return;
        String program = w.get(i).literalText();
        if (CurlCommand.isCurl(program)) {
            List<HttpCall> calls = CurlCommand.read(w, i, map, variables::get);
            for (HttpCall call : calls) sink.call(call);
            // what is sent to a local server (a LiteLLM proxy on :4000, a mock) is for that server, not Anthropic's API
            if (!calls.isEmpty() && calls.stream().allMatch(call -> ObjectShape.isLoopback(call.url().knownPrefix()))) {
                for (Value.Literal l : written) sink.role(l.location(), Role.ELSEWHERE);
            }
        } else if (program != null && SHELLS.contains(program.substring(program.lastIndexOf('/') + 1))) {
            inlineScript(w, i);
        }
    }

    /**
     * The unquoted value of a model option ({@code --model claude-…}, {@code --weak-model=claude-…}, {@code --modelid …})
     * is a literal too: the id a command line passes on. Quoted values are literals already.
     */
    private void modelOption(List<ShellWord> w, int k, List<Value.Literal> written) {
        ShellWord word = w.get(k);
        String flag = k > 0 ? w.get(k - 1).literalText() : null;
        ShellWord value = null;
        if (isModelOption(flag)) {
            value = word;
        } else {
            String text = word.literalText();
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq > 0 && isModelOption(text.substring(0, eq))) {
                ShellWord[] kv = word.splitAt('=');
                if (kv != null) value = kv[1];
            }
        }
        if (value == null || value.quoted() || value.parts().isEmpty()) return;
        if (value.value(map) instanceof Value.Literal l && !l.text().isEmpty() && !l.text().startsWith("-")) {
            sink.literal(l);
            written.add(l);
        }
    }

    /** {@code --model}, {@code --model-id}, {@code --modelid}, {@code --fallback-model}, {@code --weak-model}. */
    private static boolean isModelOption(String flag) {
        if (flag == null || !flag.startsWith("--")) return false;
        String n = flag.substring(2).toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        return n.endsWith("model") || n.endsWith("modelid") || n.endsWith("modelname");
    }

    /** {@code X=value}: a setting, and a variable later commands can read. */
    private boolean assignment(ShellWord word) {
        if (word.parts().isEmpty() || !(word.parts().get(0) instanceof ShellWord.Text first) || first.quoted()) return false;
        ShellWord[] kv = word.splitAt('=');
        if (kv == null) return false;
        String key = kv[0].literalText();
        boolean append = key.endsWith("+");
        if (append) key = key.substring(0, key.length() - 1);
        if (!NAME.matcher(key).matches()) return false;
        ShellWord valueWord = kv[1];
        Value written = valueWord.value(map);
        Setting.Style style = valueWord.quoted() ? Setting.Style.QUOTED : Setting.Style.PLAIN;
        sink.setting(new Setting(key, written, origin, style, map.span(kv[0].start(), kv[0].start() + key.length())));
        literals(valueWord);
        if (written instanceof Value.Literal l && !valueWord.quoted() && !l.text().contains("://")) sink.literal(l);
        Value resolved = valueWord.value(map, variables::get);
        if (append || resolved.knownText().isEmpty() && !(resolved instanceof Value.Reference)) variables.remove(key);
        else variables.put(key, resolved);
        return true;
    }

    /** Quoted strings and URL-like words as literals (where they are written); defaults of {@code ${X:-url}} too. Returns them. */
    private List<Value.Literal> literals(ShellWord word) {
        Value v = word.value(map);
        List<Value.Literal> out = new java.util.ArrayList<>(1);
        if (v instanceof Value.Literal l) {
            if (word.quoted() || l.text().contains("://")) out.add(l);
        } else {
            for (ShellWord.Part p : word.parts()) {
                if (p instanceof ShellWord.Text t && (t.quoted() || t.text().contains("://"))) {
                    out.add(new Value.Literal(t.text(), map.span(t.start(), t.end())));
                } else if (p instanceof ShellWord.Expansion e && e.fallback() != null && e.fallback().contains("://")) {
                    out.add(new Value.Literal(e.fallback(), map.span(e.start(), e.end())));
                }
            }
        }
        for (Value.Literal l : out) sink.literal(l);
        return out;
    }

    /** {@code sh -c 'script'}: the quoted script is read as commands too. */
    private void inlineScript(List<ShellWord> w, int program) {
        for (int k = program + 1; k + 1 < w.size(); k++) {
            String opt = w.get(k).literalText();
            if (opt == null || !opt.startsWith("-")) return;
            if (!opt.equals("-c") && !(opt.length() > 1 && opt.indexOf('c') > 0 && !opt.startsWith("--"))) continue;
            ShellWord body = w.get(k + 1);
            if (depth >= MAX_DEPTH || body.parts().size() != 1 || !(body.parts().get(0) instanceof ShellWord.Text t)) return;
            int[] offsets = new int[t.text().length()];
            int span = t.end() - t.start();
            for (int i = 0; i < offsets.length; i++) {
                // exact when the script was written without escapes (single quotes), else close to it
                offsets[i] = map.offset(t.start() + (span == offsets.length ? i : Math.min(i, Math.max(0, span - 1))));
            }
            try {
                new ShellReader(SourceMap.of(map.path(), map.lines(), offsets), sink, origin, new HashMap<>(variables), depth + 1)
                        .script(t.text());
            } catch (UnparsableText e) {
                sink.notice(Notice.Level.NOTE, e.getMessage() + " (inside sh -c); its commands were not read");
            }
            return;
        }
    }
}
