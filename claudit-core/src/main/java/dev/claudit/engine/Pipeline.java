package dev.claudit.engine;

import dev.claudit.facts.Abandoned;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Project;
import dev.claudit.report.FindingOrder;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.RuleMeta;
import dev.claudit.rules.ScanContext;
import dev.claudit.facts.Keywords;
import dev.claudit.workspace.Workspace;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scan, start to end: read and extract the files that may matter (in parallel, see {@link ProjectReader}),
 * build the project view, run every detector on every file, apply inline suppressions, and sort. A failure in one
 * file or one detector becomes a notice; it never aborts the scan.
 */
public final class Pipeline {

    /**
     * How a scan is run. {@code asOf}: the date model retirement is judged at, null for today (read when a rule asks);
     * {@code maxFileSize}: bytes above which a file is scanned for credentials only, in a stream;
     * {@code prefilter}: read only files that hold a keyword of some rule (off only to check that it loses nothing).
     */
    public record Options(LocalDate asOf, Set<String> gatewayHosts, Set<String> extraFrontendPrefixes, Set<String> disabledRules,
                          Map<String, dev.claudit.rules.Level> levelOverrides, int threads, long maxFileSize, boolean prefilter,
                          List<String> scannedDirectories) {

        public Options {
            scannedDirectories = List.copyOf(scannedDirectories);
        }

        public Options(LocalDate asOf, Set<String> gatewayHosts, Set<String> extraFrontendPrefixes, Set<String> disabledRules,
                       Map<String, dev.claudit.rules.Level> levelOverrides, int threads, long maxFileSize, boolean prefilter) {
            this(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, threads, maxFileSize, prefilter, List.of());
        }

        /** The default {@code --max-file-size}: larger files are rarely hand-written, and their ASTs would cost hundreds of MB. */
        public static final long DEFAULT_MAX_FILE_SIZE = 2L << 20;

        public Options(LocalDate asOf, Set<String> gatewayHosts, Set<String> extraFrontendPrefixes, Set<String> disabledRules,
                       Map<String, dev.claudit.rules.Level> levelOverrides, int threads) {
            this(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, threads, DEFAULT_MAX_FILE_SIZE, true);
        }

        public static Options defaults(LocalDate asOf) {
            return new Options(asOf, Set.of(), Set.of(), Set.of(), Map.of(), Runtime.getRuntime().availableProcessors());
        }

        public Options withThreads(int n) {
            return new Options(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, n, maxFileSize, prefilter, scannedDirectories);
        }

        public Options withMaxFileSize(long bytes) {
            return new Options(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, threads, bytes, prefilter, scannedDirectories);
        }

        public Options withPrefilter(boolean on) {
            return new Options(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, threads, maxFileSize, on, scannedDirectories);
        }

        /**
         * The directories named on the command line (workspace-relative): a file's place (test, fixture, example) is
         * judged from its path below them, so {@code claudit scan testdata/app} reads that project as a project.
         */
        public Options withScannedDirectories(List<String> dirs) {
            return new Options(asOf, gatewayHosts, extraFrontendPrefixes, disabledRules, levelOverrides, threads, maxFileSize, prefilter, dirs);
        }
    }

    /**
     * How long one file's parser may run. Some inputs make parsers slow beyond reason (javaparser takes minutes
     * over a few thousand nested lambdas or casts); past this the file is scanned for credentials only.
     */
    public static final Duration PARSE_BUDGET = Duration.ofSeconds(30);

    /**
     * How long reading a whole scan may take: every file after it is scanned for credentials only (one notice), so
     * many files that each stay just under {@link #PARSE_BUDGET} cannot hold a scan for hours.
     */
    public static final Duration SCAN_BUDGET = Duration.ofMinutes(10);

    private final RuleCatalog catalog;
    private final RuleData data;
    private final List<Detector> detectors;
    private final Duration parseBudget;
    /**
     * Each rule's own keywords decide: a file is parsed only when some rule's keywords occur in it, a rule runs on a
     * file only where its own keywords occur (or the file reads a constant or setting from elsewhere, or was reached
     * through one), and a file is reached for a setting only where it names it as a property. Off (system property
     * {@code claudit.keywordGating=false}, or {@link #withKeywordGating}), the union of all keywords decides alone:
     * tests compare both.
     */
    private final boolean keywordGating;

    public Pipeline(RuleCatalog catalog, RuleData data) {
        this(catalog, data, catalog.detectors());
    }

    /** A pipeline that runs {@code detectors} instead of the catalogue's (tests inject failing ones this way). */
    public Pipeline(RuleCatalog catalog, RuleData data, List<Detector> detectors) {
        this(catalog, data, detectors, PARSE_BUDGET);
    }

    public Pipeline(RuleCatalog catalog, RuleData data, List<Detector> detectors, Duration parseBudget) {
        this(catalog, data, detectors, parseBudget, !"false".equals(System.getProperty("claudit.keywordGating")));
    }

    private Pipeline(RuleCatalog catalog, RuleData data, List<Detector> detectors, Duration parseBudget, boolean keywordGating) {
        this.catalog = catalog;
        this.data = data;
        this.detectors = List.copyOf(detectors);
        this.parseBudget = parseBudget;
        this.keywordGating = keywordGating;
    }

    /** This pipeline with each rule's own keywords deciding (the default), or only the union of them (to compare). */
    public Pipeline withKeywordGating(boolean on) {
        return new Pipeline(catalog, data, detectors, parseBudget, on);
    }

    public ScanResult scan(Workspace workspace, Options options, String version) {
        return scan(workspace, options, version, false);
    }

    /**
     * Every file judged alone, as blobs from git history are: no constants or settings followed into other files,
     * each file its own project, and the rules that need other files ({@link Detector#readsOtherFiles()}) not run.
     * Files may share a path.
     */
    public ScanResult scanEachAlone(Workspace workspace, Options options, String version) {
        return scan(workspace, options, version, true);
    }

    private ScanResult scan(Workspace workspace, Options options, String version, boolean alone) {
        long start = System.nanoTime();
        List<RuleMeta> rules = new ArrayList<>();
        List<Detector> active = new ArrayList<>();
        Map<String, RuleMeta> metas = new java.util.LinkedHashMap<>();
        Set<String> needOthers = new java.util.HashSet<>();
        if (alone) for (Detector d : detectors) if (d.readsOtherFiles()) needOthers.add(d.ruleId());
        for (RuleMeta m : catalog.rules()) {
            if (options.disabledRules().contains(m.id()) || needOthers.contains(m.id())) continue;
            dev.claudit.rules.Level override = options.levelOverrides().get(m.id());
            RuleMeta effective = override == null ? m : m.withLevel(override);
            rules.add(effective);
            metas.put(m.id(), effective);
        }
        for (Detector d : detectors) if (metas.containsKey(d.ruleId())) active.add(d);

        Keywords keywords = Keywords.everyFile();
        Map<String, Keywords> byRule = new java.util.LinkedHashMap<>();
        if (options.prefilter()) {
            for (Detector d : active) byRule.merge(d.ruleId(), d.keywords(data), Keywords::and);
            keywords = Keywords.union(byRule.values());
        }
        ProjectReader reader = new ProjectReader(keywords, options.threads(), options.maxFileSize(), parseBudget, SCAN_BUDGET, !alone)
                .placedBelow(options.scannedDirectories());
        // a file is parsed only where some rule's own keywords occur (a pair such as apiKey + logger both)
        if (keywordGating && !keywords.isEveryFile()) reader.byRule(byRule);
        ProjectReader.Read read = reader.read(workspace.files());
        List<FileFacts> facts = read.facts();
        List<Notice> notices = new ArrayList<>(workspace.notices());
        notices.addAll(read.notices());

        // the project the cross-file reach grew round by round, when it ran
        Project project = alone ? new Project(List.of(), options.gatewayHosts()) : read.project(options.gatewayHosts());
        ScanContext whole = new ScanContext(project, data, options.asOf(), options.extraFrontendPrefixes(), metas);
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.Suppressed> suppressed = new ArrayList<>();
        Set<String> cut = new java.util.TreeSet<>(); // paths whose values were cut short while resolving (alone: per file)
        FileRules perFile = new FileRules(active, whole, read, options, metas, alone, data, parseBudget, keywordGating);
        for (FileRules.Outcome o : perFile.runOn(facts, rulesThreads(options.threads(), facts.size()))) {
            notices.addAll(o.notices());
            cut.addAll(o.cut());
            for (Finding finding : o.findings()) {
                if (isSuppressed(o.file(), finding)) suppressed.add(new ScanResult.Suppressed(finding, "inSource", "suppressed by a comment in the source"));
                else findings.add(finding);
            }
        }
        cut.addAll(project.cutPaths());
        Set<String> noticed = new java.util.HashSet<>();
        for (Notice n : notices) noticed.add(n.path());
        for (String path : cut) {
            if (noticed.add(path)) notices.add(new Notice(path, Notice.Level.NOTE, dev.claudit.facts.Value.CUT_NOTICE));
        }
        findings.sort(FindingOrder.ORDER);
        suppressed.sort(Comparator.comparing(ScanResult.Suppressed::finding, FindingOrder.ORDER));
        notices.sort(Comparator.comparing(Notice::path).thenComparing(Notice::message));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new ScanResult(rules, findings, suppressed, notices, read.filesRead(), elapsed, version);
    }

    /**
     * Below this many files the rules run on one worker: a second would cost more than it saves. Always on workers,
     * with the readers' deep stacks, so that one thread and many behave the same.
     */
    static final int PARALLEL_RULES_FROM = 32;

    private static int rulesThreads(int threads, int files) {
        return files < PARALLEL_RULES_FROM ? 1 : Math.max(1, Math.min(threads, files));
    }

    /**
     * Every detector on every file, on {@code threads} workers (each with its {@link Watchdog}) that take the files in turn; each file's rules start
     * with nothing resolved ({@link Project#forgetResolved()}), so what a file gives depends on it alone, and the
     * outcomes come back in the files' order: a scan's report is the same on one thread or many.
     */
    private record FileRules(List<Detector> active, ScanContext whole, ProjectReader.Read read, Options options,
                             Map<String, RuleMeta> metas, boolean alone, RuleData data, Duration parseBudget, boolean keywordGating) {

        /** What the rules gave on one file. */
        record Outcome(FileFacts file, Set<Finding> findings, List<Notice> notices, Set<String> cut) {
        }

        List<Outcome> runOn(List<FileFacts> facts, int threads) {
            Outcome[] out = new Outcome[facts.size()];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Throwable[] failure = new Throwable[1];
            Runnable worker = () -> {
                try (Watchdog watchdog = new Watchdog(Thread.currentThread())) {
                    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) out[i] = on(facts.get(i), watchdog);
                } catch (RuntimeException | Error e) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = e;
                    }
                    next.set(out.length); // the others stop early
                }
            };
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(null, worker, "claudit-rules-" + t, ProjectReader.WORKER_STACK);
                w.setDaemon(true);
                w.start();
                workers.add(w);
            }
            try {
                for (Thread w : workers) w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanAborted("scan interrupted", e);
            }
            if (failure[0] instanceof Error e) throw e;
            if (failure[0] != null) throw new ScanAborted("rules failed: " + failure[0].getClass().getSimpleName(), failure[0]);
            return List.of(out);
        }

        private Outcome on(FileFacts f, Watchdog watchdog) {
            Project own = alone ? new Project(List.of(f), options.gatewayHosts()) : null;
            ScanContext ctx = own == null ? whole : new ScanContext(own, data, options.asOf(), options.extraFrontendPrefixes(), metas);
            ctx.project().forgetResolved();
            Set<Finding> fileFindings = new LinkedHashSet<>();
            List<Notice> notices = new ArrayList<>(0);
            watchdog.arm(parseBudget);
            Set<String> rulesIn = keywordGating && !refersElsewhere(f) ? read.rulesIn(f) : null;
            for (Detector d : active) {
                if (rulesIn != null && !rulesIn.contains(d.ruleId())) continue; // none of its keywords here
                try {
                    d.detect(f, ctx, fileFindings::add);
                } catch (Abandoned e) {
                    notices.add(new Notice(f.path(), Notice.Level.WARNING, "rules did not finish within "
                            + parseBudget.toMillis() / 1000.0 + " s on this file; what they found so far is reported"));
                    break;
                } catch (RuntimeException | StackOverflowError e) {
                    notices.add(new Notice(f.path(), Notice.Level.WARNING, "rule " + d.ruleId() + " failed on this file ("
                            + e.getClass().getSimpleName() + "); other rules still ran", e));
                }
            }
            watchdog.disarm();
            return new Outcome(f, fileFindings, notices, own == null ? Set.of() : Set.copyOf(own.cutPaths()));
        }
    }

    /**
     * True when some value in the file names a constant or a property or variable, which may be defined in another
     * file: a rule may then report here what the other file's value holds, its keywords being there.
     */
    static boolean refersElsewhere(FileFacts f) {
        for (dev.claudit.facts.Value v : f.symbols().values()) if (refers(v)) return true;
        for (dev.claudit.facts.Setting s : f.settings()) if (refers(s.value())) return true;
        for (dev.claudit.facts.HttpCall c : f.calls()) {
            if (refers(c.url())) return true;
            for (dev.claudit.facts.Header h : c.headers()) if (refers(h.name()) || refers(h.value())) return true;
        }
        for (dev.claudit.facts.ClientConfig c : f.clients()) for (dev.claudit.facts.Value v : c.options().values()) if (refers(v)) return true;
        for (dev.claudit.facts.LogCall l : f.logs()) for (dev.claudit.facts.Value v : l.arguments()) if (refers(v)) return true;
        return false;
    }

    private static boolean refers(dev.claudit.facts.Value v) {
        return !v.symbols().isEmpty() || !v.references().isEmpty();
    }

    /** An inline suppression on the finding's line or the line above, for this rule or for all. */
    static boolean isSuppressed(FileFacts f, Finding finding) {
        int line = finding.location().line();
        for (int l : new int[]{line, line - 1}) {
            Set<String> rules = f.suppressions().get(l);
            // "claudit:ignore because ..." names no rule of ours: it means all rules, not none
            if (rules != null && (rules.contains(FileFacts.ALL_RULES) || rules.contains(finding.ruleId())
                    || rules.stream().noneMatch(RuleCatalog.ids()::contains))) return true;
        }
        return false;
    }

    /**
     * Interrupts the rules' thread when one file's rules run past the budget, so that {@link Abandoned#check()} in
     * the project's folding stops them; the flag is cleared before the next file.
     */
    private static final class Watchdog implements AutoCloseable {
        private final Thread target;
        private final Thread thread;
        private long deadline = Long.MAX_VALUE;
        private boolean closed;

        Watchdog(Thread target) {
            this.target = target;
            this.thread = new Thread(this::watch, "claudit-rules-watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void arm(Duration budget) {
            deadline = System.nanoTime() + budget.toNanos();
            notifyAll();
        }

        synchronized void disarm() {
            deadline = Long.MAX_VALUE;
            Thread.interrupted(); // only this watchdog interrupts the rules' thread; the next file starts clean
        }

        private synchronized void watch() {
            try {
                while (!closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        target.interrupt();
                        deadline = Long.MAX_VALUE;
                    } else {
                        wait(Math.max(1, Math.min(left / 1_000_000, 1000)));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
            Thread.interrupted();
        }
    }

    /** The scan as a whole failed (exit 3); its message is claudit's own and never quotes a file. */
    public static final class ScanAborted extends RuntimeException {
        public ScanAborted(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
