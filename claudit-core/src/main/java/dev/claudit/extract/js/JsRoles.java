package dev.claudit.extract.js;

import dev.claudit.facts.ObjectShape;
import dev.claudit.facts.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The role of a string in JS/TS from the code around it: a comparison operand, a case label or a table key is
 * only mentioned; a member of a response-shaped object, of a mock's canned reply or of another platform's entry
 * is not sent to Anthropic; a member of a request object is sent; a schema {@code default} is configured.
 */
final class JsRoles {

    private static final Set<String> COMPARISONS = Set.of("===", "!==", "==", "!=");
    /** Calls whose string argument is compared with something, not used. */
    private static final Set<String> COMPARING_CALLS = Set.of("includes", "startsWith", "endsWith", "indexOf", "lastIndexOf",
            "match", "matchAll", "search", "localeCompare", "equals", "has", "toBe", "toEqual", "toStrictEqual", "toContain",
            "toMatch", "toHaveProperty", "toBeCalledWith");
    /** Calls on an array literal that test membership: its strings are compared with something. */
    private static final Set<String> MEMBERSHIP_CALLS = Set.of("includes", "indexOf", "some", "find", "findIndex", "every", "has");
    /** Calls whose object argument is a canned reply of a test double (nock, vitest/jest mocks, msw). */
    private static final Set<String> MOCK_REPLY_CALLS = Set.of("reply", "replyOnce", "mockResolvedValue", "mockResolvedValueOnce",
            "mockReturnValue", "mockReturnValueOnce", "mockImplementation", "mockImplementationOnce", "resolves");
    /** Tokens after which a {@code {} opens an object literal rather than a block. */
    private static final Set<String> BEFORE_OBJECT = Set.of("(", ",", ":", "=", "[", "?", "||", "&&", "??", "return", "!",
            "...", "default", "yield", "await", "satisfies", "as");
    /** Words of a constant's name that say the ids it holds are refused, not used ({@code BLOCKED_MODELS}, {@code deprecatedIds}). */
    private static final Set<String> REFUSING_WORDS = Set.of("blacklist", "blacklisted", "blocklist", "blocked", "denylist", "denied",
            "exclude", "excluded", "exclusions", "unsupported", "disallowed", "banned", "retired", "deprecated");
    private static final int MAX_DEPTH = 48;

    private final List<JsToken> t;
    private final JsSyntax syntax;
    private int[] opener;
    private final Map<Integer, Map<String, String>> members = new HashMap<>();

    private final boolean typesDescribe;

    /**
     * @param typesDescribe TypeScript types only describe what a field accepts (a docs page's reference sample), so
     *                      the ids written in them are mentioned; in code a type offers its ids to callers
     */
    JsRoles(List<JsToken> tokens, JsSyntax syntax, boolean typesDescribe) {
        this.t = tokens;
        this.syntax = syntax;
        this.typesDescribe = typesDescribe;
    }

    /** The role of the string token at {@code i}, or null when the code around it says nothing. */
    Role of(int i) {
        JsToken prev = at(i - 1);
        JsToken next = at(i + 1);
        if (is(prev, "case")) return Role.MENTIONED;
        if (prev != null && prev.kind() == JsToken.Kind.PUNCT && COMPARISONS.contains(prev.text())) return Role.MENTIONED;
        if (next != null && next.kind() == JsToken.Kind.PUNCT && COMPARISONS.contains(next.text())) return Role.MENTIONED;
        if (is(next, ":") && (is(prev, "{") || is(prev, ","))) return Role.MENTIONED; // a key: a table keyed by the id
        if (is(prev, "[") && is(next, "]") && isLookup(i - 1)) return Role.MENTIONED; // table["claude-…"]: a lookup by the id
        // in a docs page, a TypeScript type: a union member ('claude-…' | 'claude-…'), an alias, a member of an interface or type literal
        if (typesDescribe && (is(prev, "|") || is(next, "|") || isTypeAlias(i - 1) || inTypeDeclaration(i))) return Role.MENTIONED;
        if (is(prev, "=")) {
            Role named = named(i - 1);
            if (named != null) return named;
        }
        if (is(prev, "(") && at(i - 2) != null && at(i - 2).isIdent() && (is(at(i - 3), ".") || is(at(i - 3), "?."))) {
            String callee = at(i - 2).text();
            if (COMPARING_CALLS.contains(callee)) return Role.MENTIONED;
            if (callee.equals("default")) return Role.CONFIGURED;
        }
        if (is(prev, "(") && (is(next, ")") || is(next, ",")) && namesOtherPlatform(i - 1)) return Role.ELSEWHERE;
        return context(i);
    }

    /** The role the enclosing brackets give: arrays tested for membership, objects by their members, calls by their callee. */
    private Role context(int child) {
        int o = opener(child);
        boolean direct = true;
        for (int depth = 0; o >= 0 && depth < MAX_DEPTH; depth++, o = opener(o)) {
            JsToken k = t.get(o);
            if ((k.is("[") || k.is("{")) && is(at(o - 1), "=")) {
                Role named = named(o - 1);
                if (named != null) return named;
            }
            if (k.is("[")) {
                int close = JsSyntax.matching(t, o);
                if (close > 0 && (is(at(close + 1), ".") || is(at(close + 1), "?.")) && at(close + 2) != null
                        && MEMBERSHIP_CALLS.contains(at(close + 2).text())) return Role.MENTIONED;
            } else if (k.is("{") && isObject(o)) {
                Map<String, String> m = members(o);
                Role r = direct ? ObjectShape.of(m) : ObjectShape.inherited(m);
                if (direct && r == null && defaultMember(o, child)) r = Role.CONFIGURED;
                if (r != null) return r;
                if (is(at(o - 1), ":") && at(o - 2) != null) {
                    Role under = ObjectShape.under(at(o - 2).stringValue());
                    if (under != null) return under;
                }
                direct = false;
            } else if (k.is("(") && at(o - 1) != null && at(o - 1).isIdent()) {
                String callee = at(o - 1).text();
                if (MOCK_REPLY_CALLS.contains(callee)) return Role.MENTIONED;
                if (callee.equals("json") && is(at(o - 2), ".") && at(o - 3) != null && at(o - 3).text().endsWith("Response")) {
                    return Role.MENTIONED;
                }
                Role under = ObjectShape.under(callee);
                if (under == Role.ELSEWHERE) return under;
                direct = false;
            }
        }
        return null;
    }

    /**
     * The call opened by the {@code (} at {@code open} is a model factory named for another platform or gateway:
     * {@code vertexAnthropic('…')}, {@code bedrock('…')}, {@code openrouter.chat('…')}, {@code helicone('…')}. Its
     * string argument is that platform's model name.
     */
    private boolean namesOtherPlatform(int open) {
        JsToken callee = at(open - 1);
        if (callee == null || !callee.isIdent()) return false;
        if (hasPlatformWord(callee.text())) return true;
        JsToken receiver = is(at(open - 2), ".") || is(at(open - 2), "?.") ? at(open - 3) : null;
        return receiver != null && receiver.isIdent() && hasPlatformWord(receiver.text());
    }

    private static boolean hasPlatformWord(String identifier) {
        for (String w : identifier.split("_|(?<=[a-z0-9])(?=[A-Z])")) {
            if (ObjectShape.under(w.toLowerCase(java.util.Locale.ROOT)) == Role.ELSEWHERE) return true;
        }
        return false;
    }

    /** {@code type Name =} or {@code type Name<T> =} ends at the {@code =} at {@code eq}. */
    private boolean isTypeAlias(int eq) {
        if (!is(at(eq), "=")) return false;
        int j = eq - 1;
        if (is(at(j), ">")) { // type parameters
            for (int depth = 0; j >= 0 && j > eq - 24; j--) {
                if (is(at(j), ">")) depth++;
                else if (is(at(j), "<") && --depth == 0) break;
            }
            j--;
        }
        return at(j) != null && at(j).isIdent() && is(at(j - 1), "type");
    }

    /** The token at {@code i} is inside the braces of an {@code interface} declaration or of a {@code type} alias. */
    private boolean inTypeDeclaration(int i) {
        int o = opener(i);
        for (int depth = 0; o >= 0 && depth < MAX_DEPTH; depth++, o = opener(o)) {
            if (!t.get(o).is("{")) continue;
            if (isTypeAlias(o - 1)) return true;
            // interface Name {   interface Name<T> extends A, B<C> {
            int angles = 0; // inside type parameters a default (<M = string>) is no assignment
            for (int j = o - 1; j >= 0 && j >= o - 24; j--) {
                JsToken k = t.get(j);
                if (k.is(">")) angles++;
                else if (k.is("<")) angles--;
                if (k.is("interface") && at(j + 1) != null && at(j + 1).isIdent()) return true;
                if (k.is(";") || k.is("{") || k.is("}") || (k.is("=") && angles <= 0) || k.is("(") || k.is(")")) break;
            }
        }
        return false;
    }

    /** The {@code [} at {@code open} indexes a value ({@code table[}, {@code f()[}, {@code a?.[}), not an array literal. */
    private boolean isLookup(int open) {
        JsToken before = at(open - 1);
        if (before == null) return false;
        if (before.is("?.") || before.is(")") || before.is("]")) return true;
        return before.isIdent() && !BEFORE_OBJECT.contains(before.text()) && !before.is("case") && !before.is("in") && !before.is("of");
    }

    /**
     * The role the name of a {@code const}/{@code let}/{@code var} declared with the {@code =} at {@code eq} gives what it
     * holds: another platform's ({@code litellmDefaultModelId}, {@code bedrockModels}), or only mentioned as refused
     * ({@code BLOCKED_MODELS}, {@code deprecatedIds}); null when its words say neither.
     */
    private Role named(int eq) {
        for (int j = eq - 1; j >= 1 && j >= eq - 12; j--) {
            JsToken k = t.get(j);
            if (!k.isIdent() || !(is(at(j - 1), "const") || is(at(j - 1), "let") || is(at(j - 1), "var"))) continue;
            boolean refused = false;
            for (String w : k.text().split("_|(?<=[a-z0-9])(?=[A-Z])")) {
                String word = w.toLowerCase(java.util.Locale.ROOT);
                if (ObjectShape.under(word) == Role.ELSEWHERE) return Role.ELSEWHERE;
                if (REFUSING_WORDS.contains(word)) refused = true;
            }
            return refused ? Role.MENTIONED : null;
        }
        return null;
    }

    /** The member holding {@code child} in the object at {@code open} is named {@code default} (a schema's default). */
    private boolean defaultMember(int open, int child) {
        for (JsSyntax.Member m : syntax.members(t, open)) {
            if (m.key() != null && m.value().from() <= child && child < m.value().to()) return m.key().equals("default");
        }
        return false;
    }

    private boolean isObject(int open) {
        JsToken before = at(open - 1);
        if (before == null) return false;
        // after `=>`, `)` or `else` a brace opens a block
        return (before.kind() == JsToken.Kind.PUNCT || before.isIdent()) && BEFORE_OBJECT.contains(before.text());
    }

    /** An object's members by normalized key, with string values ({@code ""} for any other value). */
    private Map<String, String> members(int open) {
        return members.computeIfAbsent(open, o -> {
            Map<String, String> out = new HashMap<>();
            for (JsSyntax.Member m : syntax.members(t, o)) {
                if (m.key() == null) continue;
                JsSyntax.Range v = m.value();
                List<JsToken> vt = v.tokens();
                // a string, or a list of one string: providerOptions: ["anthropic"] names one provider as well
                String value = v.to() - v.from() == 1 && v.first().isPlainString() ? v.first().stringValue()
                        : v.to() - v.from() == 3 && v.first().is("[") && vt.get(v.from() + 1).isPlainString() && vt.get(v.from() + 2).is("]")
                        ? vt.get(v.from() + 1).stringValue() : "";
                out.putIfAbsent(ObjectShape.normalize(m.key()), value);
            }
            return out;
        });
    }

    /** The innermost open bracket around token {@code i}, or -1; computed for the whole list on first use. */
    private int opener(int i) {
        if (opener == null) {
            opener = new int[t.size()];
            int[] stack = new int[t.size() + 1];
            int top = 0;
            for (int j = 0; j < t.size(); j++) {
                JsToken k = t.get(j);
                boolean punct = k.kind() == JsToken.Kind.PUNCT;
                if (punct && (k.text().equals(")") || k.text().equals("]") || k.text().equals("}")) && top > 0) top--;
                opener[j] = top == 0 ? -1 : stack[top - 1];
                if (punct && (k.text().equals("(") || k.text().equals("[") || k.text().equals("{"))) stack[top++] = j;
            }
        }
        return i < 0 || i >= opener.length ? -1 : opener[i];
    }

    private JsToken at(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    private static boolean is(JsToken k, String text) {
        return k != null && k.is(text);
    }
}
