package dev.claudit.engine;

import dev.claudit.extract.Extraction;
import dev.claudit.extract.LargeFileScanner;
import dev.claudit.extract.TextDecoder;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Project;
import dev.claudit.workspace.RuleKeywords;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads a workspace into facts, in parallel. Only files whose raw bytes hold a keyword of some rule are decoded
 * and parsed (the prefilter); then the files skipped so far that use or define a constant or setting the read
 * files need ({@link CrossFileReach}) are read too, until nothing new is reached. Files over the size limit get
 * a streamed credential scan instead of a parse. No file's content outlives its own task. A file whose parser runs
 * past the parse budget, or runs out of memory, is reported from its credential scan alone; the scan goes on.
 */
final class ProjectReader {

    /**
     * What was read: facts of the files that may matter, notices, and how many text files were looked at.
     * {@code rulesIn}: for the facts of a file read for its own keywords, the rules whose keywords it holds (by
     * identity; absent: every rule may report in it, as in a file reached through a constant or setting).
     * {@code reached}: the project the cross-file reach grew from the facts, or null when it did not run.
     */
    record Read(List<FileFacts> facts, List<Notice> notices, int filesRead, Map<FileFacts, Set<String>> rulesIn,
                Project.Builder reached) {
        Read(List<FileFacts> facts, List<Notice> notices, int filesRead) {
            this(facts, notices, filesRead, Map.of(), null);
        }

        /**
         * The project of the facts read, for the rules: the one the cross-file reach built round by round when it ran,
         * else made now. Taken once.
         */
        Project project(Set<String> gatewayHosts) {
            return reached != null ? reached.build(facts, gatewayHosts) : new Project(facts, gatewayHosts);
        }

        /** The rules whose keywords the file holds, or null when any rule may report in it. */
        Set<String> rulesIn(FileFacts f) {
            return rulesIn.get(f);
        }
    }

    /** Most rounds of following constants across files; chains of constants are short. */
    private static final int MAX_ROUNDS = 8;
    private static final int LARGE_FILE_WINDOW = 1 << 20;
    /** Deep ASTs need a big stack; every worker gets one, so 1 and N threads behave the same. */
    static final long WORKER_STACK = 64L << 20;
    private static final int BINARY_PROBE = 8192;

    private final Keywords keywords;
    private final KeywordMatcher matcher;
    private final int threads;
    private final long maxFileSize;
    private final Duration parseBudget;
    private final Duration scanBudget;
    /** When {@link #read} started; past it plus {@link #scanBudget}, files are scanned for credentials only. */
    private volatile long readStarted;
    /** Files scanned for credentials only because the scan ran past its budget. */
    private final AtomicInteger overScanBudget = new AtomicInteger();
    /** Workers given up on that are still inside a parser that cannot be interrupted (javaparser). */
    private final AtomicInteger stillRunning = new AtomicInteger();
    /** Follow constants and settings into skipped files; off when each file is judged alone (history). */
    private final boolean reach;
    private volatile Extraction extraction;
    /** Directories named on the command line, each ending in '/': a file's place is judged below the deepest one holding it. */
    private List<String> placeRoots = List.of();
    /** The rules' own keywords, tested in one pass a file; null: every file read matters to every rule. */
    private RuleKeywords ruleKeywords;
    /** What each worker is doing now, so that a parser stuck past the budget can be given up on. */
    private final ThreadLocal<Task> current = new ThreadLocal<>();
    /** Each worker reads every file into one buffer: no allocation, no zeroing, no garbage for the files skipped. */
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    ProjectReader(Keywords keywords, int threads, long maxFileSize, Duration parseBudget) {
        this(keywords, threads, maxFileSize, parseBudget, Pipeline.SCAN_BUDGET, true);
    }

    ProjectReader(Keywords keywords, int threads, long maxFileSize, Duration parseBudget, Duration scanBudget) {
        this(keywords, threads, maxFileSize, parseBudget, scanBudget, true);
    }

    /** @param reach follow constants and settings into skipped files; false when each file is judged alone (history) */
    ProjectReader(Keywords keywords, int threads, long maxFileSize, Duration parseBudget, Duration scanBudget, boolean reach) {
        this.scanBudget = scanBudget;
        this.reach = reach;
        this.keywords = keywords;
        this.matcher = KeywordMatcher.of(keywords);
        this.threads = Math.max(1, threads);
        this.maxFileSize = maxFileSize;
        this.parseBudget = parseBudget;
    }

    /** Judges each file's place (test, fixture, example) from its path below the deepest of these directories. */
    ProjectReader placedBelow(List<String> dirs) {
        placeRoots = dirs.stream().filter(d -> !d.isEmpty()).map(d -> d.endsWith("/") ? d : d + "/")
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return this;
    }

    /**
     * Tests each file that passes the one-pass prefilter against each rule's own keywords, pairs that count only
     * together included: a file is parsed only when some rule's keywords occur in it. {@code keywords} must be those
     * the reader was made with, by rule.
     */
    ProjectReader byRule(Map<String, Keywords> keywords) {
        ruleKeywords = RuleKeywords.of(keywords);
        return this;
    }

    /** The rules whose keywords occur in {@code bytes[0, n)}, or null when no rule was given its own (every rule). */
    private Set<String> rulesIn(byte[] bytes, int n, FileKind kind) {
        return ruleKeywords == null ? null : ruleKeywords.in(bytes, 0, n, kind);
    }

    private String placePath(String path) {
        for (String root : placeRoots) if (path.startsWith(root)) return path.substring(root.length());
        return path;
    }

    /** The file a worker is on: when it started, and its decoded text while a parser runs over it. */
    private static final class Task {
        final SourceFile file;
        final long started = System.nanoTime();
        final Thread thread = Thread.currentThread();
        volatile String text;

        Task(SourceFile file) {
            this.file = file;
        }
    }

    /** What became of one file. */
    private static final class Outcome {
        FileFacts facts;
        List<Notice> notices = List.of();
        boolean text;
        boolean skipped;
        /** The rules whose keywords the file holds; null: every rule. */
        Set<String> rules;
    }

    Read read(List<SourceFile> files) {
        readStarted = System.nanoTime();
        int n = files.size();
        Outcome[] outcomes = new Outcome[n];
        forEachIndex(n, i -> i, files, this::first, (i, o) -> outcomes[i] = o);

        Project.Builder project = null;
        if (reach && !matcher.acceptsEverything()) {
            // the project grows with each round's files, and goes to the rules at the end
            project = Project.builder();
            boolean[] added = new boolean[n];
            // a word holding a keyword that counts alone was found by the first pass; a pair's half was not
            // with each rule's own keywords (the tight gating) a file must name a setting where a property's name is read
            CrossFileReach reach = new CrossFileReach(keywords, ruleKeywords == null ? keywords : keywords.alone(), ruleKeywords != null,
                    project);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Integer> skipped = new ArrayList<>();
                for (int i = 0; i < n; i++) if (outcomes[i].skipped) skipped.add(i);
                if (skipped.isEmpty()) break;
                CrossFileReach.Wanted wanted = reach.next(collectNew(outcomes, added));
                if (wanted.isEmpty()) break;
                KeywordMatcher words = KeywordMatcher.of(wanted.words());
                AtomicInteger reached = new AtomicInteger();
                forEachIndex(skipped.size(), skipped::get, files, f -> again(f, words, wanted.fileNames()), (i, o) -> {
                    if (o != null) {
                        outcomes[i] = o;
                        reached.incrementAndGet();
                    }
                });
                if (reached.get() == 0) break;
            }
            project.add(collectNew(outcomes, added));
        }

        List<Notice> notices = new ArrayList<>();
        int text = 0;
        for (Outcome o : outcomes) {
            notices.addAll(o.notices);
            if (o.text) text++;
        }
        if (overScanBudget.get() > 0) {
            notices.add(new Notice(".", Notice.Level.WARNING, "the scan ran past its " + scanBudget.toMinutes() + " min budget; "
                    + overScanBudget.get() + " files after that were scanned for credentials only"));
        }
        Map<FileFacts, Set<String>> rulesIn = new java.util.IdentityHashMap<>();
        for (Outcome o : outcomes) if (o.facts != null && o.rules != null) rulesIn.put(o.facts, o.rules);
        return new Read(collect(outcomes), notices, text, rulesIn, project);
    }

    /** The facts not yet marked {@code added}, sorted by path; marks them. */
    private static List<FileFacts> collectNew(Outcome[] outcomes, boolean[] added) {
        List<FileFacts> out = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (!added[i] && outcomes[i].facts != null) {
                out.add(outcomes[i].facts);
                added[i] = true;
            }
        }
        out.sort(Comparator.comparing(FileFacts::path));
        return out;
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
            o.notices = List.of(new Notice(f.path(), Notice.Level.WARNING, "cannot read: " + DirectoryWalker.reason(e), e));
            return o;
        }
        if (n < 0) return large(f, o); // grew past the limit since the walk
        if (!TextDecoder.encoding(buf, n).utf16()) {
            if (hasNul(buf, n)) {
                o.notices = List.of(new Notice(f.path(), Notice.Level.NOTE, "binary file; skipped"));
                return o;
            }
            Set<String> rules = matcher.test(buf, 0, n, f.kind()) ? rulesIn(buf, n, f.kind()) : Set.of();
            if (rules != null && rules.isEmpty()) {
                o.text = true;
                o.skipped = true;
                return o;
            }
            o.rules = rules;
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
            o.notices = List.of(new Notice(f.path(), Notice.Level.NOTE, "binary file; skipped"));
            return o;
        }
        o.text = true;
        if (System.nanoTime() - readStarted > scanBudget.toNanos()) {
            overScanBudget.incrementAndGet(); // one notice for all of them, in read()
            o.facts = extraction().credentialsOnly(f.path(), f.kind(), decoded.text(), null);
            return o;
        }
        if (stillRunning.get() >= 2 * threads) {
            // twice as many parsers given up on as workers still run (javaparser cannot be stopped): no more parses
            o.facts = extraction().credentialsOnly(f.path(), f.kind(), decoded.text(), "not parsed: " + stillRunning.get()
                    + " parsers given up on are still running; scanned for credentials only");
            o.notices = o.facts.notices();
            return o;
        }
        Task task = current.get();
        if (task != null) task.text = decoded.text(); // kept only while the parser may be given up on
        FileFacts facts;
        try {
            facts = extraction().extract(f.path(), placePath(f.path()), f.kind(), decoded.text());
        } finally {
            if (task != null) task.text = null;
        }
        List<Notice> notices = new ArrayList<>(facts.notices().size() + 1);
        String lossy = "not valid UTF-8; decoded with replacement characters";
        if (decoded.lossy() && !facts.notices().isEmpty()) {
            // one notice per file: the decoding note joins the parser's
            Notice first = facts.notices().get(0);
            notices.add(new Notice(first.path(), first.level(), lossy + "; " + first.message(), first.cause()));
            notices.addAll(facts.notices().subList(1, facts.notices().size()));
        } else {
            if (decoded.lossy()) notices.add(new Notice(f.path(), Notice.Level.NOTE, lossy));
            notices.addAll(facts.notices());
        }
        o.facts = facts;
        o.notices = notices;
        return o;
    }

    /** Over the size limit: a streamed credential scan, and a notice when the file held a keyword (a parse might have found more). */
    private Outcome large(SourceFile f, Outcome o) {
        try (InputStream in = f.open()) {
            byte[] head = in.readNBytes(BINARY_PROBE);
            TextDecoder.Encoding encoding = TextDecoder.encoding(head, head.length);
            if (!encoding.utf16() && hasNul(head, head.length)) {
                o.notices = List.of(new Notice(f.path(), Notice.Level.NOTE, "binary file; skipped"));
                return o;
            }
            // the same decision as for a file read whole: UTF-16 (a confirmed mark) is streamed as UTF-8
            InputStream whole = TextDecoder.asUtf8(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), encoding);
            LargeFileScanner.Result r = new LargeFileScanner(LARGE_FILE_WINDOW).scan(f.path(), f.kind(), whole, matcher);
            o.text = true;
            o.facts = r.facts();
            if (r.keywordSeen()) {
                o.notices = List.of(new Notice(f.path(), Notice.Level.NOTE, "larger than --max-file-size (" + size(maxFileSize)
                        + "); scanned for credentials only"));
            }
        } catch (IOException e) {
            o.notices = List.of(new Notice(f.path(), Notice.Level.WARNING, "cannot read: " + DirectoryWalker.reason(e), e));
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

    /** The binary test of {@link TextDecoder}: a NUL among the first 8 KiB. */
    private static boolean hasNul(byte[] b, int n) {
        int probe = Math.min(n, BINARY_PROBE);
        for (int i = 0; i < probe; i++) if (b[i] == 0) return true;
        return false;
    }

    /** One step of reading a file; null means there is nothing to record for it. */
    @FunctionalInterface
    interface Step {
        Outcome apply(SourceFile file);
    }

    /** Records the outcome for the file at an index. */
    @FunctionalInterface
    interface Store {
        void accept(int index, Outcome outcome);
    }

    /**
     * Runs {@code step} on {@code files.get(index(k))} for k in 0..count-1 on big-stack worker threads that take the
     * next file as they finish, and stores each outcome. Every worker has a big stack, so 1 and N threads behave the
     * same. A step still running past the parse budget is given up on: the file's credential scan stands in for it, a
     * new worker takes its place, and the old one runs on as a daemon (no parser here can be interrupted) with its
     * result dropped. A step that runs out of memory costs only its own file.
     */
    private void forEachIndex(int count, java.util.function.IntUnaryOperator index, List<SourceFile> files, Step step, Store store) {
        if (count == 0) return;
        AtomicInteger next = new AtomicInteger();
        AtomicIntegerArray state = new AtomicIntegerArray(count); // 0 pending or running, 3 storing, 1 stored, 2 given up on
        Throwable[] failure = new Throwable[1];
        AtomicReferenceArray<Task> running = new AtomicReferenceArray<>(count);
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                SourceFile f = files.get(index.applyAsInt(k));
                Task task = new Task(f);
                running.set(k, task);
                current.set(task);
                Outcome o;
                try {
                    o = step.apply(f);
                } catch (dev.claudit.facts.Abandoned e) {
                    stillRunning.decrementAndGet();
                    return; // given up on at the budget: the file has its stand-in, a new worker has taken this one's place
                } catch (OutOfMemoryError e) {
                    // this file's bytes and text did not fit; they are garbage now, the other files still fit
                    o = new Outcome();
                    o.notices = List.of(new Notice(f.path(), Notice.Level.WARNING, "too large to scan with the memory available; skipped", e));
                } catch (RuntimeException | Error e) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = e;
                    }
                    next.set(count); // the others stop early
                    return;
                } finally {
                    current.remove();
                    running.set(k, null);
                }
                if (state.compareAndSet(k, 0, 3)) { // marked stored only once it is: the coordinator reads it then
                    store.accept(index.applyAsInt(k), o);
                    state.set(k, 1);
                } else { // given up on while it finished: a new worker has taken this one's place
                    stillRunning.decrementAndGet();
                    return;
                }
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, count); t++) workers.add(start(worker, workers.size()));
        long budget = parseBudget.toNanos();
        try {
            while (true) {
                boolean alive = false;
                for (Thread t : List.copyOf(workers)) {
                    t.join(50);
                    alive |= t.isAlive();
                }
                if (!alive || allSettled(state)) break;
                long now = System.nanoTime();
                for (int k = 0; k < count; k++) {
                    Task task = running.get(k);
                    if (task == null || now - task.started < budget || !state.compareAndSet(k, 0, 2)) continue;
                    stillRunning.incrementAndGet();
                    task.thread.interrupt(); // claudit's own folding and visitors stop at their next check
                    store.accept(index.applyAsInt(k), givenUp(task));
                    workers.add(start(worker, workers.size()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Pipeline.ScanAborted("scan interrupted", e);
        }
        if (failure[0] != null) {
            throw new Pipeline.ScanAborted("extraction failed: " + failure[0].getClass().getSimpleName(), failure[0]);
        }
    }

    /**
     * True when every file has its outcome stored or was given up on (not merely taken: a worker between taking a
     * file and registering it would otherwise look settled, and its file would have no outcome).
     */
    private static boolean allSettled(AtomicIntegerArray state) {
        for (int k = 0; k < state.length(); k++) if (state.get(k) == 0 || state.get(k) == 3) return false;
        return true;
    }

    private Thread start(Runnable worker, int number) {
        Thread t = new Thread(null, worker, "claudit-read-" + number, WORKER_STACK);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The stand-in for a file whose parser ran past the budget: its credential scan, if its text was decoded. */
    private Outcome givenUp(Task task) {
        Outcome o = new Outcome();
        o.text = true;
        String within = "within " + parseBudget.toMillis() / 1000.0 + " s";
        String text = task.text;
        if (text == null) {
            o.notices = List.of(new Notice(task.file.path(), Notice.Level.WARNING, "not read " + within + "; skipped"));
            return o;
        }
        o.facts = extraction().credentialsOnly(task.file.path(), task.file.kind(), text, "not parsed " + within
                + "; scanned for credentials only");
        o.notices = o.facts.notices();
        return o;
    }
}
