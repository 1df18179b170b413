package dev.claudit.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Patterns in {@code .gitignore} syntax ({@code .gitignore}, {@code .git/info/exclude}, {@code exclude:} in
 * {@code .claudit.yml}), matched in time linear in the path for each pattern: a pattern is compiled to a small NFA
 * and all its states advance together over the path, never backtracking, so {@code *a*a*a*a*a*b} against a long
 * name costs what {@code *.md} does. {@code *}, {@code ?}, {@code [...]} classes (ranges, {@code !}/{@code ^}
 * negation, {@code [:alpha:]}-style names), {@code \} escapes, {@code **}, {@code !} negation, trailing {@code /}
 * for directories and leading or inner {@code /} anchoring work as in git.
 */
public final class IgnoreRules {

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of these lines; comments, blank lines and patterns that cannot match are left out. */
    public static IgnoreRules parse(List<String> lines) {
        List<Rule> out = new ArrayList<>();
        for (String line : lines) {
            Rule r = Rule.parse(line);
            if (r != null) out.add(r);
        }
        return new IgnoreRules(out);
    }

    /** The rules of a file's text (LF or CRLF lines). */
    public static IgnoreRules parse(String text) {
        return parse(List.of(text.split("\r?\n", -1)));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Whether {@code path} (relative, {@code /}-separated) is ignored: the last rule that matches decides (true
     * ignored, false taken back by {@code !}); null when no rule matches. Callers check a file's parent directories
     * themselves, as git does.
     */
    public Boolean checkIgnored(String path, boolean isDir) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule r = rules.get(i);
            if (r.matches(path, isDir)) return !r.negated;
        }
        return null;
    }

    /** One pattern, compiled. */
    private static final class Rule {
        // token kinds
        private static final int LITERAL = 0, ONE = 1, CLASS = 2, STAR = 3, ANY = 4, DIRS = 5;

        final boolean negated;
        final boolean dirOnly;
        /** Matched against the whole path when anchored (a {@code /} before the end), else against the last name. */
        final boolean anchored;
        final int[] kinds;
        final char[] chars;
        final CharClass[] classes;

        private Rule(boolean negated, boolean dirOnly, boolean anchored, List<Object[]> tokens) {
            this.negated = negated;
            this.dirOnly = dirOnly;
            this.anchored = anchored;
            int m = tokens.size();
            kinds = new int[m];
            chars = new char[m];
            classes = new CharClass[m];
            for (int i = 0; i < m; i++) {
                Object[] t = tokens.get(i);
                kinds[i] = (Integer) t[0];
                if (t[1] instanceof Character c) chars[i] = c;
                if (t[1] instanceof CharClass c) classes[i] = c;
            }
        }

        static Rule parse(String line) {
            String p = line;
            if (p.endsWith("\r")) p = p.substring(0, p.length() - 1);
            if (p.isEmpty() || p.startsWith("#")) return null;
            p = trimTrailingSpaces(p);
            boolean negated = false;
            if (p.startsWith("!")) {
                negated = true;
                p = p.substring(1);
            }
            boolean dirOnly = false;
            while (p.endsWith("/") && !p.endsWith("\\/")) {
                dirOnly = true;
                p = p.substring(0, p.length() - 1);
            }
            if (p.isEmpty()) return null;
            boolean anchored = p.indexOf('/') >= 0;
            if (p.startsWith("/")) p = p.substring(1);
            if (p.isEmpty()) return null;
            List<Object[]> tokens = new ArrayList<>();
            String[] segments = p.split("/", -1);
            for (int s = 0; s < segments.length; s++) {
                String seg = segments[s];
                boolean last = s == segments.length - 1;
                if (seg.equals("**")) {
                    if (last) tokens.add(new Object[]{ANY, null}); // a/** : everything inside
                    else tokens.add(new Object[]{DIRS, null});     // **/ and /**/ : zero or more directories
                    continue;
                }
                segment(seg, tokens);
                if (!last) tokens.add(new Object[]{LITERAL, '/'});
            }
            return new Rule(negated, dirOnly, anchored, tokens);
        }

        private static String trimTrailingSpaces(String p) {
            int end = p.length();
            while (end > 0 && p.charAt(end - 1) == ' ' && !(end >= 2 && p.charAt(end - 2) == '\\')) end--;
            return p.substring(0, end);
        }

        private static void segment(String seg, List<Object[]> tokens) {
            for (int i = 0; i < seg.length(); i++) {
                char c = seg.charAt(i);
                if (c == '\\' && i + 1 < seg.length()) {
                    tokens.add(new Object[]{LITERAL, seg.charAt(++i)});
                } else if (c == '*') {
                    while (i + 1 < seg.length() && seg.charAt(i + 1) == '*') i++; // ** inside a name is *
                    tokens.add(new Object[]{STAR, null});
                } else if (c == '?') {
                    tokens.add(new Object[]{ONE, null});
                } else if (c == '[') {
                    int close = CharClass.end(seg, i);
                    if (close < 0) tokens.add(new Object[]{LITERAL, '['});
                    else {
                        tokens.add(new Object[]{CLASS, CharClass.parse(seg.substring(i + 1, close))});
                        i = close;
                    }
                } else {
                    tokens.add(new Object[]{LITERAL, c});
                }
            }
        }

        boolean matches(String path, boolean isDir) {
            if (dirOnly && !isDir) return false;
            String subject = anchored ? path : path.substring(path.lastIndexOf('/') + 1);
            return run(subject);
        }

        /**
         * The NFA run: state i waits for token i; a {@code DIRS} token has a second, inner state (m + 1 + i) that has
         * consumed part of a directory name and may leave only after a {@code /}. O(path × pattern).
         */
        private boolean run(String s) {
            int m = kinds.length;
            boolean[] cur = new boolean[2 * m + 2];
            boolean[] next = new boolean[2 * m + 2];
            cur[0] = true;
            close(cur);
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                java.util.Arrays.fill(next, false);
                boolean any = false;
                for (int i = 0; i < m; i++) {
                    boolean entry = cur[i];
                    boolean inner = cur[m + 1 + i];
                    if (!entry && !inner) continue;
                    switch (kinds[i]) {
                        case LITERAL -> { if (entry && c == chars[i]) next[i + 1] = true; }
                        case ONE -> { if (entry && c != '/') next[i + 1] = true; }
                        case CLASS -> { if (entry && c != '/' && classes[i].test(c)) next[i + 1] = true; }
                        case STAR -> { if (entry && c != '/') next[i] = true; }
                        case ANY -> { if (entry) next[i] = true; }
                        default -> { // DIRS
                            next[m + 1 + i] = true;
                            if (c == '/') next[i + 1] = true;
                        }
                    }
                    any = true;
                }
                if (!any) return false;
                boolean[] t = cur;
                cur = next;
                next = t;
                close(cur);
            }
            return cur[m];
        }

        /** Adds the states reachable without reading: past a {@code *}, {@code **} or zero directories. */
        private void close(boolean[] states) {
            for (int i = 0; i < kinds.length; i++) {
                if (states[i] && (kinds[i] == STAR || kinds[i] == ANY || kinds[i] == DIRS)) states[i + 1] = true;
            }
        }
    }

    /** A bracket expression: ranges, single characters, named classes, maybe negated. */
    private record CharClass(boolean negated, String singles, String ranges, List<String> names) {

        /** The index of the {@code ]} that closes the class opened at {@code open}, or -1. */
        static int end(String s, int open) {
            int i = open + 1;
            if (i < s.length() && (s.charAt(i) == '!' || s.charAt(i) == '^')) i++;
            if (i < s.length() && s.charAt(i) == ']') i++; // a ] first is literal
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '[' && i + 1 < s.length() && s.charAt(i + 1) == ':') {
                    int close = s.indexOf(":]", i + 2);
                    if (close > 0) {
                        i = close + 2;
                        continue;
                    }
                }
                if (c == '\\' && i + 1 < s.length()) {
                    i += 2;
                    continue;
                }
                if (c == ']') return i;
                i++;
            }
            return -1;
        }

        static CharClass parse(String body) {
            boolean negated = false;
            int i = 0;
            if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
                negated = true;
                i = 1;
            }
            StringBuilder singles = new StringBuilder();
            StringBuilder ranges = new StringBuilder();
            List<String> names = new ArrayList<>();
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '[' && i + 1 < body.length() && body.charAt(i + 1) == ':') {
                    int close = body.indexOf(":]", i + 2);
                    if (close > 0) {
                        names.add(body.substring(i + 2, close));
                        i = close + 2;
                        continue;
                    }
                }
                if (c == '\\' && i + 1 < body.length()) c = body.charAt(++i);
                if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != ']') {
                    char hi = body.charAt(i + 2);
                    if (hi == '\\' && i + 3 < body.length()) {
                        hi = body.charAt(i + 3);
                        i++;
                    }
                    ranges.append(c).append(hi);
                    i += 3;
                    continue;
                }
                singles.append(c);
                i++;
            }
            return new CharClass(negated, singles.toString(), ranges.toString(), List.copyOf(names));
        }

        boolean test(char c) {
            return negated != contains(c);
        }

        private boolean contains(char c) {
            if (singles.indexOf(c) >= 0) return true;
            for (int r = 0; r + 1 < ranges.length(); r += 2) if (ranges.charAt(r) <= c && c <= ranges.charAt(r + 1)) return true;
            for (String n : names) {
                boolean in = switch (n) {
                    case "alpha" -> Character.isLetter(c);
                    case "digit" -> c >= '0' && c <= '9';
                    case "alnum" -> Character.isLetterOrDigit(c);
                    case "lower" -> Character.isLowerCase(c);
                    case "upper" -> Character.isUpperCase(c);
                    case "space" -> Character.isWhitespace(c);
                    case "xdigit" -> Character.digit(c, 16) >= 0;
                    case "punct" -> c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
                    default -> false;
                };
                if (in) return true;
            }
            return false;
        }
    }
}
