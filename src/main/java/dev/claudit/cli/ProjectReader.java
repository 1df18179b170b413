package dev.claudit.cli;

import dev.claudit.extract.Extraction;
import dev.claudit.extract.LargeFileScanner;
import dev.claudit.extract.TextDecoder;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.workspace.Keywords;
import dev.claudit.workspace.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Reads a workspace into facts, in parallel. Only files whose raw bytes hold a keyword of some rule are decoded
 * and parsed (the prefilter); then the files skipped so far that use or define a constant or setting the read
 * files need ({@link CrossFileReach}) are read too, until nothing new is reached. Files over the size limit get
 * a streamed credential scan instead of a parse. No file's content outlives its own task.
 */
final class ProjectReader {

    /** What was read: facts of the files that may matter, notices, and how many text files were looked at. */
    record Read(List<FileFacts> facts, List<Notice> notices, int filesRead) {
    }

    /** Most rounds of following constants across files; chains of constants are short. */
    private static final int MAX_ROUNDS = 8;
    private static final int LARGE_FILE_WINDOW = 1 << 20;
    /** Deep ASTs need a big stack; every worker gets one, so 1 and N threads behave the same. */
    private static final long WORKER_STACK = 64L << 20;
    private static final int BINARY_PROBE = 8192;

    private final Keywords keywords;
    private final KeywordMatcher matcher;
    private final int threads;
    private final long maxFileSize;
    private volatile Extraction extraction;
    /** Each worker reads every file into one buffer: no allocation, no zeroing, no garbage for the files skipped. */
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    ProjectReader(Keywords keywords, int threads, long maxFileSize) {
        this.keywords = keywords;
        this.matcher = KeywordMatcher.of(keywords);
        this.threads = Math.max(1, threads);
        this.maxFileSize = maxFileSize;
    }

    /** What became of one file. */
    private static final class Outcome {
        FileFacts facts;
        List<Notice> notices = List.of();
        boolean text;
        boolean skipped;
    }

    Read read(List<SourceFile> files) {
        int n = files.size();
        Outcome[] outcomes = new Outcome[n];
        forEachIndex(n, i -> outcomes[i] = first(files.get(i)));

        if (!matcher.acceptsEverything()) {
            CrossFileReach reach = new CrossFileReach(keywords);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Integer> skipped = new ArrayList<>();
                for (int i = 0; i < n; i++) if (outcomes[i].skipped) skipped.add(i);
                if (skipped.isEmpty()) break;
                List<FileFacts> facts = collect(outcomes);
                CrossFileReach.Wanted wanted = reach.next(facts);
                if (wanted.isEmpty()) break;
                KeywordMatcher words = KeywordMatcher.of(wanted.words());
                AtomicInteger reached = new AtomicInteger();
                forEachIndex(skipped.size(), k -> {
                    int i = skipped.get(k);
                    Outcome o = again(files.get(i), words, wanted.fileNames());
                    if (o != null) {
                        outcomes[i] = o;
                        reached.incrementAndGet();
                    }
                });
                if (reached.get() == 0) break;
            }
        }

        List<Notice> notices = new ArrayList<>();
        int text = 0;
        for (Outcome o : outcomes) {
            notices.addAll(o.notices);
            if (o.text) text++;
        }
        return new Read(collect(outcomes), notices, text);
    }

    private static List<FileFacts> collect(Outcome[] outcomes) {
        List<FileFacts> out = new ArrayList<>();
        for (Outcome o : outcomes) if (o.facts != null) out.add(o.facts);
        out.sort(Comparator.comparing(FileFacts::path));
        return out;
    }

    /** First pass: too large, unreadable, binary, skipped by the prefilter, or extracted. */
    private Outcome first(SourceFile f) {
        Outcome o = new Outcome();
        if (f.size() > maxFileSize) return large(f, o);
        byte[] buf = buffer(f.size());
        int n;
        try {
            n = f.read(buf);
        } catch (IOException e) {
            o.notices = List.of(new Notice(f.path(), "warning", "cannot read: " + e.getClass().getSimpleName()));
            return o;
        }
        if (n < 0) return large(f, o); // grew past the limit since the walk
        if (!hasUtf16Mark(buf, n)) {
            if (hasNul(buf, n)) {
                o.notices = List.of(new Notice(f.path(), "note", "binary file; skipped"));
                return o;
            }
            if (!matcher.test(buf, 0, n, f.kind())) {
                o.text = true;
                o.skipped = true;
                return o;
            }
        }
        return extract(f, Arrays.copyOf(buf, n), o);
    }

    /** A later pass over a skipped file: extracted when it is a wanted class file or names a wanted word; else null. */
    private Outcome again(SourceFile f, KeywordMatcher words, Set<String> fileNames) {
        boolean wantedFile = f.kind() == FileKind.JAVA && fileNames.contains(f.fileName());
        if (!wantedFile && !words.mayMatch(f.kind())) return null;
        byte[] buf = buffer(f.size());
        int n;
        try {
            n = f.read(buf);
        } catch (IOException e) {
            return null; // it was readable a moment ago; keep it skipped
        }
        if (n < 0 || (!wantedFile && !words.test(buf, 0, n, f.kind()))) return null;
        return extract(f, Arrays.copyOf(buf, n), new Outcome());
    }

    /** This worker's buffer, large enough for {@code size} bytes and one more (to see that a file grew past the limit). */
    private byte[] buffer(long size) {
        byte[] b = buffers.get();
        if (b.length <= size) {
            b = new byte[(int) Math.min(Math.max(size + 1, 2L * b.length), maxFileSize + 1)];
            buffers.set(b);
        }
        return b;
    }

    private Outcome extract(SourceFile f, byte[] bytes, Outcome o) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded == null) {
            o.notices = List.of(new Notice(f.path(), "note", "binary file; skipped"));
            return o;
        }
        o.text = true;
        List<Notice> notices = new ArrayList<>(1);
        if (decoded.lossy()) notices.add(new Notice(f.path(), "note", "not valid UTF-8; decoded with replacement characters"));
        FileFacts facts = extraction().extract(f.path(), f.kind(), decoded.text());
        notices.addAll(facts.notices());
        o.facts = facts;
        o.notices = notices;
        return o;
    }

    /** Over the size limit: a streamed credential scan, and a notice when the file held a keyword (a parse might have found more). */
    private Outcome large(SourceFile f, Outcome o) {
        try (InputStream in = f.open()) {
            byte[] head = in.readNBytes(BINARY_PROBE);
            if (!hasUtf16Mark(head, head.length) && hasNul(head, head.length)) {
                o.notices = List.of(new Notice(f.path(), "note", "binary file; skipped"));
                return o;
            }
            InputStream whole = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
            LargeFileScanner.Result r = new LargeFileScanner(LARGE_FILE_WINDOW).scan(f.path(), f.kind(), whole, matcher);
            o.text = true;
            o.facts = r.facts();
            if (r.keywordSeen()) {
                o.notices = List.of(new Notice(f.path(), "note", "larger than --max-file-size (" + size(maxFileSize)
                        + "); scanned for credentials only"));
            }
        } catch (IOException e) {
            o.notices = List.of(new Notice(f.path(), "warning", "cannot read: " + e.getClass().getSimpleName()));
        }
        return o;
    }

    /** Extractors load their parsers only when the first file needs them. */
    private Extraction extraction() {
        Extraction e = extraction;
        if (e == null) {
            synchronized (this) {
                e = extraction;
                if (e == null) extraction = e = new Extraction();
            }
        }
        return e;
    }

    static String size(long bytes) {
        if (bytes % (1L << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes % (1L << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }

    private static boolean hasUtf16Mark(byte[] b, int n) {
        return n >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF));
    }

    /** The binary test of {@link TextDecoder}: a NUL among the first 8 KiB. */
    private static boolean hasNul(byte[] b, int n) {
        int probe = Math.min(n, BINARY_PROBE);
        for (int i = 0; i < probe; i++) if (b[i] == 0) return true;
        return false;
    }

    /** Runs {@code task} for 0..n-1 on worker threads that take the next index as they finish; rethrows the first failure. */
    private void forEachIndex(int n, IntConsumer task) {
        if (n == 0) return;
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) task.accept(i);
            } catch (RuntimeException | Error e) {
                synchronized (failure) {
                    if (failure[0] == null) failure[0] = e;
                }
                next.set(n); // the others stop early
            }
        };
        int count = Math.min(threads, n);
        Thread[] workers = new Thread[count];
        for (int t = 0; t < count; t++) {
            workers[t] = new Thread(null, worker, "claudit-read-" + t, WORKER_STACK);
            workers[t].setDaemon(true);
            workers[t].start();
        }
        try {
            for (Thread t : workers) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("extraction failed: " + failure[0].getClass().getSimpleName(), failure[0]);
        }
    }
}
