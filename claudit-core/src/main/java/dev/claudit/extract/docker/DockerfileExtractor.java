package dev.claudit.extract.docker;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;
import dev.claudit.extract.ValueText;
import dev.claudit.extract.shell.ShellCommand;
import dev.claudit.extract.shell.ShellLexer;
import dev.claudit.extract.shell.ShellReader;
import dev.claudit.extract.shell.ShellWord;
import dev.claudit.extract.shell.SourceMap;
import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfiles the way the Dockerfile frontend does: parser directives ({@code # escape=`}),
 * instructions continued with the escape character (comment and blank lines inside a continuation
 * dropped), and here-documents. {@code ENV K=V}, {@code ENV K V}, {@code ARG K=V} and {@code ARG K} (value unknown) become settings
 * (origin {@code dockerfile}); {@code RUN}, {@code CMD}, {@code ENTRYPOINT} and {@code HEALTHCHECK CMD} in
 * shell form, exec form ({@code ["sh", "-c", "..."]}, {@code ["curl", ...]}) or as a here-document go to
 * the shell reader, with the {@code ENV}/{@code ARG} values set so far. A {@code SHELL} that is not a POSIX
 * shell (PowerShell, cmd) stops the shell reading.
 */
public final class DockerfileExtractor implements Extractor {

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S*)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)\\s*([\"']?)([A-Za-z0-9_.-]+)\\2");
    private static final Pattern HEREDOC_SCRIPT = Pattern.compile("\\s*<<-?\\s*([\"']?)[A-Za-z0-9_.-]+\\1\\s*((?:/bin/|/usr/bin/)?(?:ba|da|a|z|k)?sh(?:\\s+-[a-z]+)*)?\\s*");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh");
    private static final Set<String> COMMANDS = Set.of("RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK");

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText {
        new Reader(path, text, sink).read();
    }

    /** One instruction with its continuation lines joined; {@code offsets[i]} is where body character {@code i} is in the file. */
    private record Instruction(String keyword, String body, int[] offsets, int line, List<int[]> heredocs) {
    }

    private static final class Reader {
        final String path;
        final String text;
        final FactSink sink;
        final LineIndex lines;
        final int n;
        final Map<String, Value> variables = new HashMap<>();
        char escape = '\\';
        boolean posixShell = true;
        int pos;

        Reader(String path, String text, FactSink sink) {
            this.path = path;
            this.text = text;
            this.sink = sink;
            this.lines = new LineIndex(path, text);
            this.n = text.length();
        }

        void read() throws UnparsableText {
            boolean directives = true;
            while (pos < n) {
                int end = lineEnd(pos);
                String line = text.substring(pos, end).strip();
                if (directives) {
                    Matcher m = DIRECTIVE.matcher(line);
                    if (m.matches()) {
                        if (m.group(1).equalsIgnoreCase("escape") && m.group(2).equals("`")) escape = '`';
                        pos = nextLine(end);
                        continue;
                    }
                    directives = false;
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    pos = nextLine(end);
                    continue;
                }
                instruction(readInstruction());
            }
        }

        /** Reads the instruction at {@code pos} through its continuation lines and here-documents. */
        Instruction readInstruction() throws UnparsableText {
            int k = pos;
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
            int line = lines.line(k);
            int ke = k;
            while (ke < n && Character.isLetter(text.charAt(ke))) ke++;
            String keyword = text.substring(k, ke).toUpperCase(Locale.ROOT);
            int i = ke;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            StringBuilder body = new StringBuilder();
            int[] offsets = new int[64];
            while (true) {
                int e = lineEnd(i);
                int last = e - 1;
                while (last >= i && (text.charAt(last) == ' ' || text.charAt(last) == '\t')) last--;
                boolean continued = last >= i && text.charAt(last) == escape;
                offsets = append(body, offsets, i, continued ? last : e);
                if (!continued) {
                    pos = nextLine(e);
                    break;
                }
                i = nextLine(e);
                while (i < n) {
                    int e2 = lineEnd(i);
                    String l2 = text.substring(i, e2).strip();
                    if (!l2.isEmpty() && !l2.startsWith("#")) break;
                    i = nextLine(e2);
                }
                if (i >= n) {
                    pos = n;
                    break;
                }
            }
            List<int[]> heredocs = new ArrayList<>();
            for (Matcher h : heredocMarkers(body.toString())) {
                // the here-document's lines follow the instruction; they are part of it, not instructions
                String delimiter = h.group(3);
                boolean stripTabs = !h.group(1).isEmpty();
                int start = pos;
                boolean closed = false;
                while (pos < n) {
                    int e = lineEnd(pos);
                    String l = text.substring(pos, e);
                    if (stripTabs) l = l.replaceFirst("^\t+", "");
                    pos = nextLine(e);
                    if (l.equals(delimiter)) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) throw new UnparsableText("Dockerfile", line, "here-document not terminated");
                heredocs.add(new int[]{start, lineStartBefore(pos)});
                // the shell sees the here-document as written, delimiter line included
                body.append('\n');
                offsets = grow(offsets, body.length());
                offsets[body.length() - 1] = Math.max(0, start - 1);
                offsets = append(body, offsets, start, pos);
            }
            return new Instruction(keyword, body.toString(), Arrays.copyOf(offsets, body.length()), line, heredocs);
        }

        void instruction(Instruction in) throws UnparsableText {
            switch (in.keyword()) {
                case "ENV" -> env(in, true);
                case "ARG" -> env(in, false);
                case "SHELL" -> {
                    List<Element> exec = ExecForm.parse(in.body(), in.offsets());
                    posixShell = exec != null && !exec.isEmpty() && SHELLS.contains(program(exec.get(0).text()));
                }
                default -> {
                    if (COMMANDS.contains(in.keyword()) && posixShell) command(in);
                }
            }
        }

        /** {@code ENV K=V K2="v 2"}, legacy {@code ENV K some value}, {@code ARG K=V}. */
        void env(Instruction in, boolean env) throws UnparsableText {
            SourceMap map = SourceMap.of(path, lines, in.offsets());
            String body = in.body();
            int firstBlank = indexOfBlank(body);
            String first = firstBlank < 0 ? body : body.substring(0, firstBlank);
            if (env && !first.contains("=")) {
                if (firstBlank < 0) return;
                int v = firstBlank;
                while (v < body.length() && Character.isWhitespace(body.charAt(v))) v++;
                String raw = body.substring(v).strip();
                Location valueLoc = map.span(v, v + raw.length());
                setting(first, ValueText.parse(raw, valueLoc, true), Setting.Style.PLAIN, map.span(0, first.length()));
                return;
            }
            for (ShellCommand c : ShellLexer.lex(body, map)) {
                for (ShellWord w : c.words()) {
                    ShellWord[] kv = w.splitAt('=');
                    if (kv == null && !env && w.literalText() != null && !w.literalText().isEmpty()) {
                        // `ARG K`: a build argument whose value comes from --build-arg at build time
                        Location at = map.span(w.start(), w.end());
                        sink.setting(new Setting(w.literalText(), new Value.Unknown("build argument", at), Setting.Origin.DOCKERFILE, Setting.Style.PLAIN, at));
                    }
                    if (kv == null) continue;
                    String key = kv[0].literalText();
                    if (key.isEmpty()) continue;
                    setting(key, kv[1].value(map, variables::get), kv[1].quoted() ? Setting.Style.QUOTED : Setting.Style.PLAIN, map.span(kv[0].start(), kv[0].end()));
                }
            }
        }

        void setting(String key, Value value, Setting.Style style, Location keyLoc) {
            sink.setting(new Setting(key, value, Setting.Origin.DOCKERFILE, style, keyLoc));
            if (value instanceof Value.Literal l) sink.literal(l);
            else if (value instanceof Value.Concat c) c.parts().stream().filter(Value.Literal.class::isInstance).map(Value.Literal.class::cast).forEach(sink::literal);
            if (value.knownText().isPresent() || value instanceof Value.Reference) variables.put(key, value);
        }

        /** A command instruction: exec form, a here-document script, or shell form. */
        void command(Instruction in) {
            String body = in.body();
            int[] offsets = in.offsets();
            if (in.keyword().equals("HEALTHCHECK")) {
                Matcher m = Pattern.compile("(?is)^(?:--\\S+\\s+)*CMD\\s+").matcher(body);
                if (!m.find()) return;
                body = body.substring(m.end());
                offsets = Arrays.copyOfRange(offsets, m.end(), offsets.length);
            }
            List<Element> exec = ExecForm.parse(body, offsets);
            if (exec != null) {
                exec(exec);
                return;
            }
            int nl = body.indexOf('\n');
            if (nl > 0 && !in.heredocs().isEmpty() && HEREDOC_SCRIPT.matcher(body.substring(0, nl)).matches()) {
                // RUN <<EOF: the here-document is the script
                int[] range = in.heredocs().get(0);
                int[] identity = new int[range[1] - range[0]];
                for (int i = 0; i < identity.length; i++) identity[i] = range[0] + i;
                shell(text.substring(range[0], range[1]), identity, in.line());
                return;
            }
            shell(body, offsets, in.line());
        }

        void shell(String script, int[] offsets, int line) {
            try {
                ShellReader.read(script, SourceMap.of(path, lines, offsets), sink, Setting.Origin.SHELL, variables);
            } catch (UnparsableText e) {
                sink.notice(Notice.Level.NOTE, e.getMessage() + " in the instruction at line " + line + "; its commands were not read");
            }
        }

        /** {@code ["sh", "-c", "script"]} reads the script; {@code ["curl", "-H", ...]} is one command as it stands. */
        void exec(List<Element> exec) {
            if (exec.isEmpty()) return;
            if (SHELLS.contains(program(exec.get(0).text()))) {
                for (int i = 1; i + 1 < exec.size(); i++) {
                    String opt = exec.get(i).text();
                    if (!opt.startsWith("-") || opt.startsWith("--")) break;
                    if (opt.indexOf('c') > 0) {
                        Element script = exec.get(i + 1);
                        shell(script.text(), script.offsets(), lines.line(script.offsets().length > 0 ? script.offsets()[0] : 0));
                        return;
                    }
                }
                return;
            }
            // a synthetic script of the elements separated by blanks, each blank placed on its element's last character
            StringBuilder joined = new StringBuilder();
            int[] offsets = new int[0];
            List<ShellWord> words = new ArrayList<>();
            for (Element e : exec) {
                if (joined.length() > 0) {
                    joined.append(' ');
                    offsets = grow(offsets, joined.length());
                    offsets[joined.length() - 1] = offsets[joined.length() - 2];
                }
                int start = joined.length();
                joined.append(e.text());
                offsets = grow(offsets, joined.length());
                System.arraycopy(e.offsets(), 0, offsets, start, e.text().length());
                if (e.text().isEmpty()) {
                    offsets = grow(offsets, start + 1);
                    offsets[start] = e.quote();
                }
                words.add(new ShellWord(List.of(new ShellWord.Text(e.text(), true, start, joined.length())), start, joined.length()));
            }
            if (joined.length() == 0) return;
            ShellReader.read(new ShellCommand(words), SourceMap.of(path, lines, Arrays.copyOf(offsets, Math.max(1, joined.length()))),
                    sink, Setting.Origin.SHELL, variables);
        }

        int[] append(StringBuilder body, int[] offsets, int from, int to) {
            offsets = grow(offsets, body.length() + (to - from));
            for (int i = from; i < to; i++) {
                offsets[body.length()] = i;
                body.append(text.charAt(i));
            }
            return offsets;
        }

        int lineEnd(int from) {
            int i = from;
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
            return i;
        }

        int nextLine(int eol) {
            if (eol >= n) return n;
            if (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n') return eol + 2;
            return eol + 1;
        }

        /** The start of the line before {@code next} (the delimiter line of a here-document). */
        int lineStartBefore(int next) {
            int i = next;
            if (i > 0 && text.charAt(i - 1) == '\n') i--;
            if (i > 0 && text.charAt(i - 1) == '\r') i--;
            while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') i--;
            return i;
        }
    }

    /** The {@code <<WORD} / {@code <<-"WORD"} markers outside quotes; {@code <<<} here-strings are not here-documents. */
    static List<Matcher> heredocMarkers(String body) {
        List<Matcher> out = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '<' && body.startsWith("<<", i)) {
                if (body.startsWith("<<<", i)) {
                    i += 2;
                    continue;
                }
                Matcher m = HEREDOC.matcher(body);
                if (m.find(i) && m.start() == i) {
                    out.add(m);
                    i = m.end() - 1;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    static int[] grow(int[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    private static String program(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** One exec-form element: its decoded text, where each character sits in the file, and where its opening quote is. */
    record Element(String text, int[] offsets, int quote) {
    }
}
