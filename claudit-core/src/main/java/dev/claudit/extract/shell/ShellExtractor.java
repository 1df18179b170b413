package dev.claudit.extract.shell;

import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Setting;

import java.util.Map;

/**
 * Reads shell scripts ({@code .sh}, {@code .bash}, {@code .envrc}, ...) and shell embedded in other files
 * (YAML {@code run:} blocks) with {@link ShellReader}. A script the lexer rejects (an unclosed quote) throws
 * for a file of its own, so only the lexical scan remains; an embedded one becomes a notice and the host
 * file's other facts stay.
 */
public final class ShellExtractor implements Extractor {

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText {
        ShellReader.read(text, SourceMap.identity(path, new LineIndex(path, text), 0), sink, Setting.Origin.SHELL, Map.of());
    }

    /**
     * Reads a script that another format embeds: {@code script} is its text as that format delivers it, and
     * it starts at {@code line}:{@code column} (1-based) of {@code fileText}.
     */
    public static void readEmbedded(String script, int line, int column, String fileText, LineIndex lines, FactSink sink) {
        if (line < 1 || line > lines.lineCount()) return;
        int start = Math.min(fileText.length(), lines.lineStart(line) + Math.max(0, column - 1));
        SourceMap map = SourceMap.aligned(sink.path(), lines, fileText, start, script);
        try {
            ShellReader.read(script, map, sink, Setting.Origin.SHELL, Map.of());
        } catch (UnparsableText e) {
            sink.notice(Notice.Level.NOTE, e.getMessage() + " in an embedded script; its commands were not read");
        }
    }
}
