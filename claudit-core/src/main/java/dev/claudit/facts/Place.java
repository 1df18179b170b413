package dev.claudit.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where in a project a file sits, which decides how much a finding in it matters: main code and
 * configuration, runnable examples, tests, fixtures (recorded data, snapshots, mocks) or documentation.
 * Decided by the path, and by the file's imports for test code kept outside test folders.
 */
public enum Place {
    MAIN, EXAMPLE, TEST, FIXTURE, DOCS;

    private static final Set<String> FIXTURE_DIRS = Set.of("fixtures", "fixture", "__fixtures__", "testdata", "test-data",
            "test_data", "testfixtures", "test-fixtures", "test_fixtures", "cassettes", "__cassettes__", "recordings", "__recordings__", "snapshots",
            "__snapshots__", "__mocks__", "__files", "wiremock", "mocks", "stubs", "__data__", "golden", "goldens");
    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "__tests__", "__test__", "e2e", "testing",
            "integrationtest", "integration-test", "integration-tests", "integration_tests", "integrationtests", "it-tests",
            "test-helpers", "test-utils", "testutils", "test_helpers");
    private static final Set<String> EXAMPLE_DIRS = Set.of("example", "examples", "sample", "samples", "demo", "demos",
            "cookbook", "cookbooks", "playground", "quickstart", "quickstarts", "tutorial", "tutorials");
    private static final Set<String> DOCS_DIRS = Set.of("docs", "doc", "documentation", "site-docs");
    private static final Pattern TEST_FILE = Pattern.compile(
            ".*(\\.(test|spec|e2e|it|test-d|vitest)\\.[a-z0-9]+|_test\\.(py|go|rb|rs|exs?)|_spec\\.rb|^test_.*\\.py|^conftest\\.py)$");
    /** JVM test classes by convention, case-sensitive ({@code ChatIT.java}, not {@code Edit.java}). */
    private static final Pattern JVM_TEST_FILE = Pattern.compile(".*[a-z0-9](Test|Tests|IT|TestCase|Spec)\\.(java|kt|groovy|scala)$");
    /** Recorded data, and Storybook stories: components rendered with mock data, nothing sent anywhere. */
    private static final Pattern FIXTURE_FILE = Pattern.compile(
            ".*\\.(snap|cassette\\.[a-z]+|recording\\.[a-z]+|har|stories\\.[cm]?[jt]sx?|story\\.[cm]?[jt]sx?|stories\\.svelte|stories\\.vue)$");
    private static final Pattern DOCS_FILE = Pattern.compile(".*\\.(md|mdx|markdown|rst|adoc|asciidoc)$");
    /** Imports of test frameworks, for test code kept beside main code. */
    static final Pattern TEST_IMPORT = Pattern.compile(
            "(?m)^\\s*(import\\s+(static\\s+)?(org\\.junit|org\\.testng|io\\.kotest)\\."
                    + "|import\\s[^;\\n]*?from\\s+['\"](vitest|@jest/globals|bun:test|node:test|@playwright/test|mocha|ava)['\"]"
                    + "|(const|let|var)\\s[^;\\n]*=\\s*require\\(\\s*['\"](vitest|node:test|ava|tap)['\"])");

    /** The place of a file from its repo-relative path alone. */
    public static Place of(String path) {
        String p = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String[] parts = p.split("/");
        String name = parts[parts.length - 1];
        boolean fixture = FIXTURE_FILE.matcher(name).matches();
        String original = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        boolean test = TEST_FILE.matcher(name).matches() || JVM_TEST_FILE.matcher(original).matches();
        boolean example = false;
        boolean docs = DOCS_FILE.matcher(name).matches();
        for (int i = 0; i < parts.length - 1; i++) {
            String d = parts[i];
            if (FIXTURE_DIRS.contains(d)) fixture = true;
            if (TEST_DIRS.contains(d) || (d.equals("it") && i > 0 && parts[i - 1].equals("src"))
                    || d.endsWith("-test") || d.endsWith("-tests") || d.endsWith("_test") || d.endsWith("_tests")) test = true;
            if (EXAMPLE_DIRS.contains(d) || d.startsWith("example-") || d.startsWith("examples-") || d.endsWith("-example")
                    || d.endsWith("-examples") || d.endsWith("-demo") || d.endsWith("-samples") || d.endsWith("-sample")) example = true;
            if (DOCS_DIRS.contains(d)) docs = true;
        }
        if (fixture) return FIXTURE;
        if (test) return TEST;
        if (example) return EXAMPLE;
        if (docs) return DOCS;
        return MAIN;
    }

    /** The place of a file from its path and content: main-place code that imports a test framework is a test. */
    public static Place of(String path, CharSequence text) {
        Place byPath = of(path);
        if (byPath != MAIN || text == null) return byPath;
        CharSequence head = text.length() > 20_000 ? text.subSequence(0, 20_000) : text;
        return importsTestFramework(head) ? TEST : MAIN;
    }

    /**
     * Whether {@link #TEST_IMPORT} finds a match in {@code head}. Its matches start where {@code (?m)^} holds: at 0
     * or after a line terminator, so the pattern is tried only there ({@code lookingAt}, the bounds neither anchoring
     * nor opaque, so {@code ^} still sees the character before) instead of at each of up to 20,000 characters.
     */
    static boolean importsTestFramework(CharSequence head) {
        java.util.regex.Matcher m = TEST_IMPORT.matcher(head).useAnchoringBounds(false).useTransparentBounds(true);
        int n = head.length();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                char before = head.charAt(i - 1);
                if (before != '\n' && before != '\r' && before != '\u0085' && before != '\u2028' && before != '\u2029') continue;
                if (before == '\r' && head.charAt(i) == '\n') continue; // one line break, as ^ reads it
            }
            // past \s* the pattern needs import, const, let or var; from the line starts up to j (blank lines) \s*
            // reaches the same j and the pattern answers the same, so the scan goes on after j
            int j = i;
            while (j < n && isRegexSpace(head.charAt(j))) j++;
            if (j == n) return false;
            char first = head.charAt(j);
            boolean keyword = first == 'i' || first == 'c' || first == 'l' || first == 'v';
            if (keyword && m.region(i, n).lookingAt()) return true;
            i = j;
        }
        return false;
    }

    /** {@code \s} of a pattern without {@code UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Tests and fixtures: what they send or mention is checked against test doubles, not the live API, unless shown otherwise. */
    public boolean isTestOnly() {
        return this == TEST || this == FIXTURE;
    }
}
