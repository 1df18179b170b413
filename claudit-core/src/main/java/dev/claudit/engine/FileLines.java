package dev.claudit.engine;

import dev.claudit.extract.TextDecoder;
import dev.claudit.report.SourceLines;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Source lines for the text report, reread for the few files that have findings from where the scan read them: the
 * working tree, or the staged blob under {@code --staged}. Files are streamed, never read whole: one reader per file
 * moves forward to each line asked for (findings come sorted by line), and of a line longer than {@link #WINDOW}
 * characters each side of the finding only that part is kept, so a 600 MB file costs a pass, not its size in memory.
 */
public final class FileLines implements SourceLines {

    /** Characters kept each side of a finding's column on a longer line (the report shows far fewer). */
    static final int WINDOW = 64 * 1024;

    private final Map<String, SourceFile> files = new HashMap<>();
    private String openPath;
    private Reader reader;
    /** The line the reader is at the start of. */
    private int nextLine;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    /** The last whole line read, for the next finding on the same line. */
    private String lastPath;
    private int lastLine;
    private Excerpt last;

    public FileLines(Workspace workspace) {
        for (SourceFile f : workspace.files()) files.put(f.path(), f);
    }

    @Override
    public Optional<String> line(String path, int line) {
        return excerpt(path, line, 1).filter(e -> e.offset() == 0 && !e.cutRight()).map(Excerpt::text);
    }

    @Override
    public Optional<Excerpt> excerpt(String path, int line, int column) {
        if (line < 1) return Optional.empty();
        if (last != null && path.equals(lastPath) && line == lastLine) return Optional.of(last);
        try {
            if (!path.equals(openPath) || line < nextLine) {
                if (!open(path)) return Optional.empty();
            }
            while (nextLine < line) {
                if (!skipLine()) return Optional.empty();
            }
            Excerpt e = readLine(Math.max(0, column - 1));
            if (e == null) return Optional.empty();
            if (!e.cutLeft() && !e.cutRight()) {
                lastPath = path;
                lastLine = line;
                last = e;
            }
            return Optional.of(e);
        } catch (IOException | RuntimeException e) {
            close();
            return Optional.empty();
        }
    }

    /** Opens a file as the scan decoded it (byte-order marks, UTF-16, replacement of invalid UTF-8); false if binary. */
    private boolean open(String path) throws IOException {
        close();
        SourceFile file = files.get(path);
        if (file == null) return false;
        // the scan's own reader: the staged blob, or the file re-checked as a regular file (never a FIFO)
        InputStream in = file.open();
        byte[] head = in.readNBytes(TextDecoder.PROBE);
        for (byte b : head) {
            if (b == 0 && !TextDecoder.encoding(head, head.length).utf16()) {
                in.close();
                return false;
            }
        }
        TextDecoder.Encoding enc = TextDecoder.encoding(head, head.length);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, enc.mark, head.length - enc.mark), in);
        reader = new InputStreamReader(rest, enc.charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        openPath = path;
        nextLine = 1;
        pos = len = 0;
        return true;
    }

    private void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // only read from
            }
        }
        reader = null;
        openPath = null;
    }

    /** The next character, or -1 at the end. */
    private int next() throws IOException {
        if (pos == len) {
            len = reader.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /** Steps over a {@code \n} that follows a {@code \r} (CRLF is one line end; a lone CR is one too). */
    private void afterCr() throws IOException {
        int c = next();
        if (c != '\n' && c != -1) pos--; // still in buf: it was just read from there
    }

    private boolean skipLine() throws IOException {
        for (int c = next(); ; c = next()) {
            if (c == -1) return false;
            if (c == '\n' || c == '\r') {
                if (c == '\r') afterCr();
                nextLine++;
                return true;
            }
        }
    }

    /** Reads the current line, keeping {@link #WINDOW} characters each side of index {@code at}; null past the end. */
    private Excerpt readLine(int at) throws IOException {
        long from = Math.max(0L, (long) at - WINDOW);
        long to = (long) at + WINDOW;
        StringBuilder kept = new StringBuilder();
        long i = 0;
        boolean any = false;
        for (int c = next(); ; c = next()) {
            if (c == -1) {
                if (!any) return null;
                break;
            }
            any = true;
            if (c == '\n' || c == '\r') {
                if (c == '\r') afterCr();
                break;
            }
            if (i >= from && i < to) kept.append((char) c);
            i++;
        }
        nextLine++;
        boolean cutLeft = from > 0;
        boolean cutRight = i > to;
        int start = 0;
        int end = kept.length();
        // never cut inside a word: a credential cut in two would escape masking
        if (cutLeft) while (start < end && SourceLines.tokenChar(kept.charAt(start))) start++;
        if (cutRight) while (end > start && SourceLines.tokenChar(kept.charAt(end - 1))) end--;
        return new Excerpt(kept.substring(start, end), (int) from + start, cutLeft, cutRight);
    }
}
