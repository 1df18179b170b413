package com.github.javaparser;

import com.github.javaparser.ast.CompilationUnit;

/**
 * Parses a compilation unit the way {@code new JavaParser(config).parse(text)} does for claudit's configuration (no
 * processors, tab size 1, tokens kept, {@code yield} supported), without a {@link ParserConfiguration}: creating one
 * initialises {@link ParserConfiguration.LanguageLevel}, whose constants build a validator for every Java version —
 * some 20 ms of a JDK 17 pre-commit run that parses one Java file, for validators claudit never runs (they reject
 * newer Java, see {@code JavaExtractor}).
 *
 * <p>It lives in javaparser's package because the generated parser is package-private. {@code
 * LevelFreeParserTest} parses every Java file of the test data both ways and requires the same trees, positions and
 * problems, so a javaparser upgrade that changes {@code JavaParser.parse} fails the build rather than the results.
 */
public final class LevelFreeParser {

    private LevelFreeParser() {
    }

    public static ParseResult<CompilationUnit> parse(String text) {
        Provider provider = Providers.provider(text);
        GeneratedJavaParser parser = new GeneratedJavaParser(provider);
        parser.setTabSize(1);
        parser.setStoreTokens(true);
        parser.setYieldSupported();
        try {
            CompilationUnit unit = parser.CompilationUnit();
            ParseResult<CompilationUnit> result = new ParseResult<>(unit, parser.problems, parser.getCommentsCollection());
            result.getProblems().sort(Problem.PROBLEM_BY_BEGIN_POSITION);
            return result;
        } catch (Exception e) {
            String message = e.getMessage() == null ? "Unknown error" : e.getMessage();
            parser.problems.add(new Problem(message, null, e));
            return new ParseResult<>(null, parser.problems, parser.getCommentsCollection());
        } finally {
            try {
                provider.close(); // a string's reader: nothing to release, as JavaParser ignores it too
            } catch (java.io.IOException ignored) {
            }
        }
    }
}
