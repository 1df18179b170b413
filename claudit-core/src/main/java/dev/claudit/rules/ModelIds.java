package dev.claudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claude model ids in text. {@link #find} picks out ids that stand on their own — a whole literal, a JSON
 * or YAML {@code model} member, a delimited word — and never the Claude part of a Bedrock
 * ({@code anthropic.claude-…-v1:0}), Vertex ({@code claude-…@2024…}) or OpenRouter ({@code anthropic/claude-…})
 * id, a file name, a URL path or a longer word. {@link #problem} tells a well-formed id from a malformed one.
 *
 * <p>Anthropic ids come in three shapes: legacy {@code claude-2.1} / {@code claude-instant-1.2} (dots are
 * right there); Claude 3 {@code claude-3-5-sonnet-20241022} (version, family, then a date or {@code latest});
 * Claude 4 and later {@code claude-sonnet-4-5[-20250929]} (family first, then the version, hyphens only).
 */
public final class ModelIds {

    private static final Set<String> FAMILIES = Set.of("opus", "sonnet", "haiku");
    private static final Set<String> OTHER_WORDS = Set.of("claude", "latest", "instant");
    /** {@code "model": "}, {@code model=}, {@code default_model: }, {@code --model }: the id is a model value. */
    private static final Pattern MODEL_KEY_BEFORE =
            Pattern.compile("(?i)(?:[\"']?[a-z0-9_.-]*model(?:[_-]?(?:id|name))?[\"']?\\s*[:=]|--model)\\s*[\"']?$");
    private static final Pattern LEGACY = Pattern.compile("claude(-instant)?-[12](\\.\\d)?(-100k)?");
    private static final Pattern CLAUDE3 = Pattern.compile("claude-(\\d+)(-\\d{1,2})?-([a-z]+)(?:-(\\d{8}|latest))?");
    private static final Pattern CLAUDE4 = Pattern.compile("claude-([a-z]+)-(\\d+)(-\\d{1,2})?(-\\d{8})?");
    private static final Pattern FAMILY_ONLY = Pattern.compile("claude-([a-z]+)(-latest)?");
    private static final Pattern VERSION_ONLY = Pattern.compile("claude-(\\d+)(-\\d{1,2})?");
    private static final Pattern GLUED = Pattern.compile("(opus|sonnet|haiku)(\\d)|(\\d)(opus|sonnet|haiku)");
    private static final Pattern DASHED_DATE = Pattern.compile("-(20\\d\\d)-(\\d\\d)-(\\d\\d)$");
    private static final int MAX_TEXT = 1 << 20;

    private ModelIds() {
    }

    /**
     * An id found in a text.
     *
     * @param text         the id as written
     * @param start        where it starts in the text
     * @param whole        the text is this id and nothing else (surrounding blanks aside)
     * @param modelContext it is the value of a {@code model}/{@code model_id}/{@code modelName} member in the text
     */
    public record Token(String text, int start, boolean whole, boolean modelContext) {
        public int end() {
            return start + text.length();
        }
    }

    /**
     * What is wrong with an id.
     *
     * @param reason     why it is not an Anthropic id, as a clause
     * @param suggestion the corrected id when it can be derived, else null
     * @param normalized the id corrected as far as it can be ({@code claude-3-5-sonnet} for {@code claude-3.5-sonnet})
     * @param standalone the mistake is unmistakable (dots, order, typos in a Claude family name): flag it even
     *                   where the id is not known to be used as a model, e.g. a whole string literal
     */
    public record Problem(String reason, String suggestion, String normalized, boolean standalone) {
    }

    /** Every model-id-like token in {@code text}, in order. */
    public static List<Token> find(String text) {
        List<Token> out = new ArrayList<>();
        int n = Math.min(text.length(), MAX_TEXT);
        for (int i = 0; i + 6 <= n; i++) {
            if (!text.regionMatches(true, i, "claude", 0, 6) || !leftBoundary(text, i)) continue;
            int start = i;
            int next = start + 6;
            while (next < n && isIdChar(text.charAt(next))) next++;
            int end = next;
            while (end > start + 6 && "-._".indexOf(text.charAt(end - 1)) >= 0) end--; // a sentence's full stop
            i = next - 1;
            String id = text.substring(start, end);
            if (end == start + 6 || (next < n && "@:/\\".indexOf(text.charAt(next)) >= 0) || hasWordDot(id)) continue;
            boolean whole = text.substring(0, start).isBlank() && text.substring(end, n).isBlank();
            boolean context = MODEL_KEY_BEFORE.matcher(text.substring(Math.max(0, start - 64), start)).find();
            out.add(new Token(id, start, whole, context));
        }
        return out;
    }

    /** What is wrong with {@code id}; empty for well-formed ids, known or not, and for strings that are no model id at all. */
    public static Optional<Problem> problem(String id) {
        List<String> reasons = new ArrayList<>();
        boolean strong = false;
        String s = id.toLowerCase(Locale.ROOT);
        if (!s.equals(id)) reasons.add("model ids are lower case");
        if (s.indexOf('_') >= 0) {
            reasons.add("its parts are joined with hyphens, not underscores");
            s = s.replace('_', '-');
        }
        if (!s.startsWith("claude")) return Optional.empty();
        if (s.length() > 6 && Character.isDigit(s.charAt(6))) {
            reasons.add("a hyphen is missing after `claude`");
            strong = true;
            s = "claude-" + s.substring(6);
        }
        Matcher glued = GLUED.matcher(s);
        if (glued.find()) {
            reasons.add("the family and the version are separate parts");
            strong = true;
            s = GLUED.matcher(s).replaceAll(m -> m.group(1) != null ? m.group(1) + "-" + m.group(2) : m.group(3) + "-" + m.group(4));
        }
        String[] parts = s.split("-");
        for (int k = 0; k < parts.length; k++) {
            Optional<String> family = misspelledFamily(parts[k]);
            if (family.isPresent()) {
                reasons.add("`" + parts[k] + "` is not a model family (`" + family.get() + "`)");
                strong = true;
                parts[k] = family.get();
            }
        }
        s = String.join("-", parts);
        if (s.matches(".*\\d\\.\\d.*") && firstNumber(s) >= 3) {
            reasons.add("versions are written with hyphens, not dots");
            strong = true;
            s = s.replaceAll("(\\d)\\.(\\d)", "$1-$2");
        }
        Matcher dashedDate = DASHED_DATE.matcher(s);
        if (dashedDate.find()) {
            reasons.add("snapshot dates are written YYYYMMDD");
            strong = true;
            s = dashedDate.replaceFirst("-$1$2$3");
        }
        return judge(s, reasons, strong);
    }

    /** Checks the shape of a normalised id and words the findings. */
    private static Optional<Problem> judge(String s, List<String> reasons, boolean strong) {
        String suggestion = s;
        String normalized = s;
        boolean shaped = true;
        Matcher m;
        if (LEGACY.matcher(s).matches()) {
            // claude-1.3, claude-instant-1.2, claude-2.1: dots belong there
        } else if ((m = CLAUDE3.matcher(s)).matches() && (FAMILIES.contains(m.group(3)) || m.group(4) != null)) {
            int major = Integer.parseInt(m.group(1));
            String minor = m.group(2) == null ? "" : m.group(2);
            String family = m.group(3);
            if (major >= 4 && FAMILIES.contains(family)) {
                String date = m.group(4) == null || m.group(4).equals("latest") ? "" : "-" + m.group(4);
                suggestion = "claude-" + family + "-" + major + minor + date;
                normalized = suggestion;
                reasons.add("since Claude 4 the family comes before the version (`" + suggestion + "`)");
                strong = true;
            } else if (m.group(4) == null) {
                suggestion = null;
                reasons.add("Claude 3 ids end with a snapshot date or `-latest` (`claude-" + major + minor + "-" + family + "-YYYYMMDD`)");
            }
        } else if ((m = CLAUDE4.matcher(s)).matches() && !OTHER_WORDS.contains(m.group(1))) {
            int major = Integer.parseInt(m.group(2));
            String family = m.group(1);
            if (major == 3 && FAMILIES.contains(family)) {
                String minor = m.group(3) == null ? "" : m.group(3);
                suggestion = "claude-3" + minor + "-" + family + (m.group(4) == null ? "-YYYYMMDD" : m.group(4));
                normalized = "claude-3" + minor + "-" + family + (m.group(4) == null ? "" : m.group(4));
                reasons.add("Claude 3 ids put the version before the family (`" + suggestion + "`)");
                strong = true;
                if (m.group(4) == null) suggestion = null;
            } else if (major < 3) {
                shaped = false;
            }
        } else if ((m = FAMILY_ONLY.matcher(s)).matches() && (FAMILIES.contains(m.group(1)) || m.group(1).equals("instant"))) {
            suggestion = null;
            reasons.add("the version is missing");
        } else if (VERSION_ONLY.matcher(s).matches() && firstNumber(s) >= 3) {
            suggestion = null;
            reasons.add("the model family (opus, sonnet, haiku) is missing");
        } else {
            shaped = false;
        }
        if (!shaped || reasons.isEmpty()) return Optional.empty();
        boolean standalone = strong && FAMILIES.stream().anyMatch(f -> s.contains("-" + f));
        String reason = String.join("; ", reasons);
        return Optional.of(new Problem(reason, suggestion, normalized, standalone));
    }

    private static Optional<String> misspelledFamily(String word) {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter) || FAMILIES.contains(word) || OTHER_WORDS.contains(word)) {
            return Optional.empty();
        }
        for (String f : FAMILIES) {
            int limit = word.length() <= 5 ? 1 : 2;
            if (distance(word, f) <= limit) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int firstNumber(String s) {
        Matcher m = Pattern.compile("\\d+").matcher(s);
        return m.find() ? Integer.parseInt(m.group()) : -1;
    }

    /** Before the id: start of text, a blank, a quote or punctuation — not a word, a path, a Bedrock prefix. */
    private static boolean leftBoundary(String text, int i) {
        if (i == 0) return true;
        char c = text.charAt(i - 1);
        if (c == '-') return i >= 2 && text.charAt(i - 2) == ':'; // ${MODEL:-claude-...}
        return !(isIdChar(c) || c == '/' || c == '@' || c == '\\' || c == '$');
    }

    /** A dot that is not between two digits: a file name or a host, not a version. */
    private static boolean hasWordDot(String id) {
        for (int k = 0; k < id.length(); k++) {
            if (id.charAt(k) != '.') continue;
            if (k == 0 || k + 1 >= id.length() || !Character.isDigit(id.charAt(k - 1)) || !Character.isDigit(id.charAt(k + 1))) return true;
        }
        return false;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    }
}
