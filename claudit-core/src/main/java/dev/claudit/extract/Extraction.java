package dev.claudit.extract;

import dev.claudit.extract.docker.DockerfileExtractor;
import dev.claudit.extract.env.EnvFileExtractor;
import dev.claudit.extract.gradle.GradleExtractor;
import dev.claudit.extract.gradle.KotlinBuildConfigReads;
import dev.claudit.extract.java.JavaExtractor;
import dev.claudit.extract.js.JsExtractor;
import dev.claudit.extract.json.JsonExtractor;
import dev.claudit.extract.docs.DocsExtractor;
import dev.claudit.extract.properties.PropertiesExtractor;
import dev.claudit.extract.shell.ShellExtractor;
import dev.claudit.extract.yaml.YamlExtractor;
import dev.claudit.facts.Abandoned;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Place;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs the right extractor for each file. Every text file gets the lexical credential scan first, so a
 * file that fails to parse still yields its credentials; a parser failure (even a stack overflow on
 * absurdly nested input) becomes a notice, never an aborted scan.
 */
public final class Extraction {

    /**
     * How to make each kind's extractor. Each is made when the first file of its kind is read, so a run whose files
     * need no Java rule never loads javaparser (hundreds of classes: a tenth of a short run's start).
     */
    private static final Map<FileKind, Supplier<Extractor>> MAKERS = new EnumMap<>(Map.of(
            FileKind.JAVA, () -> new JavaExtractor(), // a lambda, not JavaExtractor::new: that would load the class (and javaparser) now
            FileKind.ENV, EnvFileExtractor::new,
            FileKind.PROPERTIES, PropertiesExtractor::new,
            FileKind.YAML, () -> Extraction::yamlWithScripts,
            FileKind.SHELL, ShellExtractor::new,
            FileKind.DOCKERFILE, DockerfileExtractor::new,
            FileKind.JSON, JsonExtractor::new,
            FileKind.JAVASCRIPT, JsExtractor::new,
            FileKind.GRADLE, GradleExtractor::new,
            FileKind.KOTLIN, KotlinBuildConfigReads::new));

    private final Map<FileKind, Extractor> extractors = new ConcurrentHashMap<>();

    public Extraction() {
    }

    /** The extractor of this kind, made on first use (null: the kind has none, only the credential scan). */
    private Extractor extractor(FileKind kind) {
        Supplier<Extractor> maker = MAKERS.get(kind);
        return maker == null ? null : extractors.computeIfAbsent(kind, k -> maker.get());
    }

    /** The extractor of a file: its kind's, or for a documentation page (a text file) the reader of its code blocks. */
    private Extractor extractor(FileKind kind, String path) {
        if (kind == FileKind.TEXT && DocsExtractor.isDocsPage(path)) return docs;
        return extractor(kind);
    }

    private final Extractor docs = new DocsExtractor(this::extractor);

    /** Extracts the facts of one decoded file. */
    public FileFacts extract(String path, FileKind kind, String text) {
        return extract(path, path, kind, text);
    }

    /** Extracts the facts of one decoded file whose place is judged from {@code placePath} (its path below the scanned directory). */
    public FileFacts extract(String path, String placePath, FileKind kind, String text) {
        FactSink sink = new FactSink(path, kind, Place.of(placePath, text));
        LineIndex lines = new LineIndex(path, text);
        Extractor extractor = extractor(kind, path);
        LexicalScanner.scan(text, lines, sink, () -> lexedComments(extractor, path, text));
        if (extractor != null) {
            try {
                extractor.extract(path, text, sink);
            } catch (Abandoned e) {
                throw e; // the scan gave up on this file: stop here, nothing is recorded
            } catch (StackOverflowError e) {
                sink.discardStructure();
                sink.notice(Notice.Level.WARNING, "nesting too deep to parse; scanned for credentials only", e);
            } catch (Exception e) {
                sink.discardStructure();
                sink.notice(Notice.Level.NOTE, describe(e) + "; scanned for credentials only", e);
            }
        }
        return sink.toFacts();
    }

    /**
     * The comments as the file's extractor lexes them, or null: then the scan's own small lexer finds them. A lexer
     * failure is left to the extraction that follows to report.
     */
    private static CommentSpans lexedComments(Extractor extractor, String path, String text) {
        if (extractor == null) return null;
        try {
            return extractor.comments(path, text);
        } catch (Abandoned e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * YAML whose {@code run:}/{@code script:} blocks are read as shell and whose {@code actions/github-script} scripts
     * are read as JavaScript, mapped back to the YAML file's lines.
     */
    private static void yamlWithScripts(String path, String text, FactSink sink) {
        LineIndex lines = new LineIndex(path, text);
        new YamlExtractor((block, s) -> {
            if (block.language() == YamlExtractor.Language.JAVASCRIPT) {
                JsExtractor.readEmbedded(path, text, lines, block.line(), block.column(), block.endLine(), block.endColumn(), s);
            } else {
                ShellExtractor.readEmbedded(block.script(), block.line(), block.column(), text, lines, s);
            }
        }).extract(path, text, sink);
    }

    /** The credential scan alone, for a file whose parser was given up on; {@code why} (if not null) becomes its notice. */
    public FileFacts credentialsOnly(String path, FileKind kind, String text, String why) {
        FactSink sink = new FactSink(path, kind);
        LexicalScanner.scan(text, new LineIndex(path, text), sink);
        if (why != null) sink.notice(Notice.Level.WARNING, why);
        return sink.toFacts();
    }

    /**
     * A parser failure in words that never quote the file's content: parsers' own messages (javaparser problems,
     * snakeyaml snippets, Jackson's "near" text) can, so only a line number and a class name are taken from them.
     */
    static String describe(Exception e) {
        if (e instanceof UnparsableText u) return u.getMessage();
        if (e instanceof JavaExtractor.UnparsableJava u) return u.getMessage();
        if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return "YAML parse error at line " + (m.getProblemMark().getLine() + 1);
        }
        if (e instanceof org.yaml.snakeyaml.error.YAMLException) return "YAML not loaded (limits or syntax)";
        return "could not parse (" + e.getClass().getSimpleName() + ")";
    }
}
