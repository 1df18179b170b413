package dev.claudit.extract.shell;

import dev.claudit.extract.UnparsableText;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell script into simple commands made of words, the way {@code sh}/{@code bash} read
 * them: single, double and {@code $'...'} quotes, backslash escapes, {@code \}-newline continuations,
 * {@code #} comments at word starts, operators ({@code ; && || | & ( )}), redirections (their targets are
 * not arguments) and here-documents (their bodies are data, not commands). Expansions are kept as parts of
 * the word rather than performed; commands inside {@code $(...)} are read as commands too. GitHub Actions
 * {@code ${{ ... }}} is recognised everywhere, even in single quotes, since it is substituted before the
 * shell runs.
 *
 * <p>Written by hand because the Java command-line splitters on Maven Central do not read shell: commons-exec
 * {@code CommandLine.parse} and plexus-utils / Ant {@code translateCommandline} know quotes but not
 * backslash escapes, continuations, comments, operators, here-documents or {@code $(...)}, and none of them
 * (nor JLine's {@code DefaultParser}) reports where a word is in the source, which every finding needs.
 */
public final class ShellLexer {

    private static final int MAX_NESTING = 64;

    private final String s;
    private final int n;
    private final SourceMap map;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<Heredoc> pending = new ArrayList<>();
    private int pos;
    private int nesting;

    private record Heredoc(String delimiter, boolean stripTabs) {
    }

    private ShellLexer(String script, SourceMap map) {
        this.s = script;
        this.n = script.length();
        this.map = map;
    }

    /** The simple commands of {@code script} in reading order (a command substitution's commands before the command holding it). */
    public static List<ShellCommand> lex(String script, SourceMap map) throws UnparsableText {
        ShellLexer lexer = new ShellLexer(script, map);
        lexer.commands(false);
        return List.copyOf(lexer.commands);
    }

    /** Reads commands until the end, or until the {@code )} closing a command substitution. */
    private void commands(boolean substitution) throws UnparsableText {
        int opened = pos - 2;
        if (substitution && ++nesting > MAX_NESTING) throw error(opened, "command substitutions nested too deeply");
        List<ShellWord> words = new ArrayList<>();
        int parens = 0;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
                pos++;
            } else if (c == '\\' && isNewline(pos + 1)) {
                pos = afterNewline(pos + 1);
            } else if (c == '\n' || c == '\r') {
                flush(words);
                pos = afterNewline(pos);
                heredocBodies();
            } else if (c == '#') {
                while (pos < n && !isNewline(pos)) pos++;
            } else if (c == ';' || c == '|') {
                flush(words);
                pos++;
                while (pos < n && (s.charAt(pos) == ';' || s.charAt(pos) == '|' || s.charAt(pos) == '&')) pos++;
            } else if (c == '&' && peek(1) != '>') {
                flush(words);
                pos++;
                if (peek(0) == '&') pos++;
            } else if (c == '(') {
                flush(words);
                parens++;
                pos++;
            } else if (c == ')') {
                flush(words);
                pos++;
                if (substitution && parens == 0) {
                    nesting--;
                    return;
                }
                parens = Math.max(0, parens - 1);
            } else if ((c == '<' || c == '>') && peek(1) == '(') {
                int start = pos;
                pos += 2;
                commands(true);
                words.add(new ShellWord(List.of(new ShellWord.Expansion(ShellWord.Kind.COMMAND, "process substitution", null, false, start, pos)), start, pos));
            } else if (c == '<' || c == '>' || c == '&' || (isDigit(c) && redirectionAfterDigits())) {
                redirection();
            } else {
                words.add(word());
            }
        }
        if (substitution) throw error(opened, "unterminated command substitution");
        flush(words);
    }

    private void flush(List<ShellWord> words) {
        if (!words.isEmpty()) {
            commands.add(new ShellCommand(words));
            words.clear();
        }
    }

    /** {@code 2>&1}, {@code 10<file}: digits directly before a redirection operator are a file descriptor. */
    private boolean redirectionAfterDigits() {
        int j = pos;
        while (j < n && isDigit(s.charAt(j))) j++;
        return j < n && (s.charAt(j) == '<' || s.charAt(j) == '>') && (j + 1 >= n || s.charAt(j + 1) != '(');
    }

    private void redirection() throws UnparsableText {
        while (pos < n && isDigit(s.charAt(pos))) pos++;
        boolean heredoc = false;
        boolean stripTabs = false;
        if (s.startsWith("<<<", pos)) pos += 3;
        else if (s.startsWith("<<-", pos)) {
            pos += 3;
            heredoc = true;
            stripTabs = true;
        } else if (s.startsWith("<<", pos)) {
            pos += 2;
            heredoc = true;
        } else if (s.startsWith("&>>", pos)) pos += 3;
        else if (s.startsWith("<>", pos) || s.startsWith("<&", pos) || s.startsWith(">>", pos) || s.startsWith(">&", pos)
                || s.startsWith(">|", pos) || s.startsWith("&>", pos)) pos += 2;
        else pos++;
        while (pos < n && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
        if (pos >= n || isNewline(pos) || ";&|()<>".indexOf(s.charAt(pos)) >= 0) return;
        int start = pos;
        ShellWord target = word();
        if (heredoc) {
            String delimiter = target.literalText();
            pending.add(new Heredoc(delimiter != null ? delimiter : s.substring(start, pos), stripTabs));
        }
    }

    /** Skips the bodies of the here-documents opened on the line just ended. */
    private void heredocBodies() {
        for (Heredoc h : pending) {
            while (pos < n) {
                int e = pos;
                while (e < n && !isNewline(e)) e++;
                String line = s.substring(pos, e);
                if (h.stripTabs()) line = line.replaceFirst("^\t+", "");
                pos = e < n ? afterNewline(e) : n;
                if (line.equals(h.delimiter())) break;
            }
        }
        pending.clear();
    }

    private ShellWord word() throws UnparsableText {
        int start = pos;
        Parts parts = new Parts();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\n' || c == '\r' || ";&|()<>".indexOf(c) >= 0) break;
            if (c == '\\') {
                if (isNewline(pos + 1)) {
                    pos = afterNewline(pos + 1);
                } else if (pos + 1 < n) {
                    parts.text(s.charAt(pos + 1), false, pos, pos + 2);
                    pos += 2;
                } else {
                    parts.text('\\', false, pos, pos + 1);
                    pos++;
                }
            } else if (c == '\'') {
                singleQuoted(parts);
            } else if (c == '"') {
                doubleQuoted(parts);
            } else if (c == '$' && peek(1) == '\'') {
                ansiQuoted(parts);
            } else if (c == '$' && peek(1) == '"') {
                pos++;
                doubleQuoted(parts);
            } else if (c == '$') {
                dollar(parts, false);
            } else if (c == '`') {
                backticks(parts, false);
            } else {
                parts.text(c, false, pos, pos + 1);
                pos++;
            }
        }
        return new ShellWord(parts.done(), start, pos);
    }

    private void singleQuoted(Parts parts) throws UnparsableText {
        int open = pos++;
        parts.quoted(pos);
        while (pos < n && s.charAt(pos) != '\'') {
            if (s.startsWith("${{", pos) && expression(parts, true)) continue;
            parts.text(s.charAt(pos), true, pos, pos + 1);
            pos++;
        }
        if (pos >= n) throw error(open, "unterminated single quote");
        pos++;
    }

    private void doubleQuoted(Parts parts) throws UnparsableText {
        int open = pos++;
        parts.quoted(pos);
        while (pos < n && s.charAt(pos) != '"') {
            char c = s.charAt(pos);
            if (c == '\\' && isNewline(pos + 1)) {
                pos = afterNewline(pos + 1);
            } else if (c == '\\' && pos + 1 < n && "$`\"\\".indexOf(s.charAt(pos + 1)) >= 0) {
                parts.text(s.charAt(pos + 1), true, pos, pos + 2);
                pos += 2;
            } else if (c == '$') {
                dollar(parts, true);
            } else if (c == '`') {
                backticks(parts, true);
            } else {
                parts.text(c, true, pos, pos + 1);
                pos++;
            }
        }
        if (pos >= n) throw error(open, "unterminated double quote");
        pos++;
    }

    /** {@code $'...'}: ANSI-C quoting with backslash escapes. */
    private void ansiQuoted(Parts parts) throws UnparsableText {
        int open = pos;
        pos += 2;
        parts.quoted(pos);
        while (pos < n && s.charAt(pos) != '\'') {
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < n) {
                char e = s.charAt(pos + 1);
                char out = switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'a' -> '\u0007';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'v' -> '\u000B';
                    case 'e', 'E' -> '\u001B';
                    default -> e;
                };
                parts.text(out, true, pos, pos + 2);
                pos += 2;
            } else {
                parts.text(c, true, pos, pos + 1);
                pos++;
            }
        }
        if (pos >= n) throw error(open, "unterminated $' quote");
        pos++;
    }

    private void dollar(Parts parts, boolean quoted) throws UnparsableText {
        int start = pos;
        char next = peek(1);
        if (next == '{' && peek(2) == '{' && expression(parts, quoted)) return;
        if (next == '(' && peek(2) == '(') {
            int depth = 0;
            int i = pos + 1;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) break;
            }
            if (i >= n) throw error(start, "unterminated arithmetic expansion");
            pos = i + 1;
            parts.expansion(ShellWord.Kind.COMMAND, "$((...))", null, quoted, start, pos);
        } else if (next == '(') {
            pos += 2;
            commands(true);
            parts.expansion(ShellWord.Kind.COMMAND, "$(...)", null, quoted, start, pos);
        } else if (next == '{') {
            int close = closingBrace(pos + 2);
            if (close < 0) throw error(start, "unterminated ${");
            pos = close + 1;
            parameter(s.substring(start + 2, close), start, pos, quoted, parts);
        } else if (isNameStart(next)) {
            int j = pos + 1;
            while (j < n && isNamePart(s.charAt(j))) j++;
            pos = j;
            parts.expansion(ShellWord.Kind.PARAMETER, s.substring(start + 1, j), null, quoted, start, j);
        } else if (next == '@' || next == '*') {
            pos += 2;
            parts.expansion(ShellWord.Kind.WORDS, "$" + next, null, quoted, start, pos);
        } else if (isDigit(next) || "#?$!-".indexOf(next) >= 0) {
            pos += 2;
            parts.expansion(ShellWord.Kind.COMMAND, "$" + next, null, quoted, start, pos);
        } else {
            parts.text('$', false, pos, pos + 1);
            pos++;
        }
    }

    /** {@code ${{ expr }}} (GitHub Actions); false when it is not closed, so the text stays literal. */
    private boolean expression(Parts parts, boolean quoted) {
        int close = s.indexOf("}}", pos + 3);
        int eol = pos;
        while (eol < n && !isNewline(eol)) eol++;
        if (close < 0 || close > eol) return false;
        parts.expansion(ShellWord.Kind.EXPRESSION, s.substring(pos + 3, close).trim(), null, quoted, pos, close + 2);
        pos = close + 2;
        return true;
    }

    /** Reads the body of {@code ${...}}: a name, then maybe a default ({@code :-}, {@code -}, {@code :=}, {@code =}). */
    private static void parameter(String body, int start, int end, boolean quoted, Parts parts) {
        if (body.length() > 1 && (body.charAt(0) == '#' || body.charAt(0) == '!')) {
            parts.expansion(ShellWord.Kind.COMMAND, "${" + body.charAt(0) + "...}", null, quoted, start, end);
            return;
        }
        int i = 0;
        if (!body.isEmpty() && isNameStart(body.charAt(0))) {
            while (i < body.length() && isNamePart(body.charAt(i))) i++;
        } else if (!body.isEmpty()) {
            i = 1;
        }
        String name = body.substring(0, i);
        String rest = body.substring(i);
        if (name.equals("@") || name.equals("*") || rest.startsWith("[@]") || rest.startsWith("[*]")) {
            parts.expansion(ShellWord.Kind.WORDS, "${" + name + "[@]}", null, quoted, start, end);
            return;
        }
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            parts.expansion(ShellWord.Kind.COMMAND, "${" + name + "}", null, quoted, start, end);
            return;
        }
        String fallback = null;
        for (String op : new String[]{":-", ":=", "-", "="}) {
            if (rest.startsWith(op)) {
                fallback = unquote(rest.substring(op.length()));
                break;
            }
        }
        parts.expansion(ShellWord.Kind.PARAMETER, name, fallback, quoted, start, end);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private int closingBrace(int from) {
        int depth = 1;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = s.indexOf(c, i + 1);
                if (j < 0) return -1;
                i = j;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private void backticks(Parts parts, boolean quoted) throws UnparsableText {
        int start = pos++;
        while (pos < n && s.charAt(pos) != '`') {
            if (s.charAt(pos) == '\\') pos++;
            pos++;
        }
        if (pos >= n) throw error(start, "unterminated backquote");
        pos++;
        parts.expansion(ShellWord.Kind.COMMAND, "`...`", null, quoted, start, pos);
    }

    private UnparsableText error(int at, String problem) {
        return new UnparsableText("shell", map.span(Math.max(0, at), Math.max(0, at) + 1).line(), problem);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? s.charAt(i) : 0;
    }

    private boolean isNewline(int i) {
        return i < n && (s.charAt(i) == '\n' || s.charAt(i) == '\r');
    }

    private int afterNewline(int i) {
        if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') return i + 2;
        return i + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }

    /** Collects a word's parts, merging adjacent literal characters of the same quoting. */
    private static final class Parts {
        private final List<ShellWord.Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean textQuoted;
        private int textStart = -1;
        private int textEnd;
        private boolean sawQuote;
        private int quoteStart;

        void text(char c, boolean quoted, int from, int to) {
            if (textStart >= 0 && quoted != textQuoted) flushText();
            if (textStart < 0) {
                textStart = from;
                textQuoted = quoted;
            }
            text.append(c);
            textEnd = to;
        }

        void quoted(int at) {
            if (!sawQuote) quoteStart = at;
            sawQuote = true;
        }

        void expansion(ShellWord.Kind kind, String name, String fallback, boolean quoted, int from, int to) {
            flushText();
            parts.add(new ShellWord.Expansion(kind, name, fallback, quoted, from, to));
        }

        private void flushText() {
            if (textStart >= 0) {
                parts.add(new ShellWord.Text(text.toString(), textQuoted, textStart, textEnd));
                text.setLength(0);
                textStart = -1;
            }
        }

        List<ShellWord.Part> done() {
            flushText();
            // an empty quoted word ('' or "") is still a word
            if (parts.isEmpty() && sawQuote) parts.add(new ShellWord.Text("", true, quoteStart, quoteStart));
            return parts;
        }
    }
}
