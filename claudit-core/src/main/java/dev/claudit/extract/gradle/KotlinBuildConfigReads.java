package dev.claudit.extract.gradle;

import dev.claudit.extract.CommentSpans;
import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.List;

/**
 * Reads Kotlin sources lexically for one thing: {@code BuildConfig.NAME} (optionally package-qualified), a value
 * Android compiles into the app, as a setting {@code BuildConfig.NAME} of origin {@link Setting.Origin#BUILD_CONFIG_READ} at the read.
 * Comments and strings are skipped by the tokenizer, so a mention in either is not a read.
 */
public final class KotlinBuildConfigReads implements Extractor {

    /** The comments the Kotlin lexer skips, which knows its strings and interpolations; null when it fails. */
    @Override
    public CommentSpans comments(String path, String text) {
        CommentSpans comments = CommentSpans.collecting();
        try {
            GradleLexer.tokenize(text, new LineIndex(path, text), "Kotlin", comments);
            return comments;
        } catch (UnparsableText e) {
            return null;
        }
    }

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText {
        if (!text.contains("BuildConfig")) return;
        LineIndex lines = new LineIndex(path, text);
        read(path, lines, GradleLexer.tokenize(text, lines, "Kotlin"), sink);
    }

    private static void read(String path, LineIndex lines, List<GradleToken> t, FactSink sink) {
        for (int i = 0; i < t.size(); i++) {
            GradleToken k = t.get(i);
            if (k.kind() == GradleToken.Kind.STRING) {
                for (List<GradleToken> part : k.parts()) read(path, lines, part, sink);
                continue;
            }
            if (i + 2 < t.size() && k.is("BuildConfig") && (t.get(i + 1).is(".") || t.get(i + 1).is("?.")) && t.get(i + 2).kind() == GradleToken.Kind.IDENT) {
                GradleToken name = t.get(i + 2);
                String key = "BuildConfig." + name.text();
                int last = name.end() - 1;
                Location at = new Location(path, lines.line(k.start()), lines.column(k.start()), lines.line(last), lines.column(last));
                sink.setting(new Setting(key, new Value.Symbol(key, "", at), Setting.Origin.BUILD_CONFIG_READ, Setting.Style.PLAIN, at));
            }
        }
    }
}
