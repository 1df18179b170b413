package dev.claudit.cli;

import dev.claudit.extract.Extraction;
import dev.claudit.extract.TextDecoder;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Project;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Detector;
import dev.claudit.rules.Finding;
import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleData;
import dev.claudit.rules.RuleMeta;
import dev.claudit.rules.ScanContext;
import dev.claudit.workspace.DirectoryWalker;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One scan, start to end: read and extract every file (in parallel), build the project view, run every
 * detector on every file, apply inline suppressions, and sort. A failure in one file or one detector
 * becomes a notice; it never aborts the scan.
 */
public final class Pipeline {

    /** How a scan is run. */
    public record Options(LocalDate asOf, Set<String> gatewayHosts, Set<String> extraFrontendPrefixes, Set<String> disabledRules,
                          Map<String, dev.claudit.rules.Level> levelOverrides, int threads) {
        public static Options defaults(LocalDate asOf) {
            return new Options(asOf, Set.of(), Set.of(), Set.of(), Map.of(), Runtime.getRuntime().availableProcessors());
        }
    }

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    /**
     * How long one file's parser may run. Some inputs make parsers slow beyond reason (javaparser takes minutes
     * over a few thousand nested lambdas or casts); past this the file is scanned for credentials only.
     */
    public static final Duration PARSE_BUDGET = Duration.ofSeconds(30);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final RuleCatalog catalog;
    private final RuleData data;
    private final List<Detector> detectors;
    private final Duration parseBudget;

    public Pipeline(RuleCatalog catalog, RuleData data) {
        this(catalog, data, catalog.detectors());
    }

    /** A pipeline that runs {@code detectors} instead of the catalogue's (tests inject failing ones this way). */
    public Pipeline(RuleCatalog catalog, RuleData data, List<Detector> detectors) {
        this(catalog, data, detectors, PARSE_BUDGET);
    }

    public Pipeline(RuleCatalog catalog, RuleData data, List<Detector> detectors, Duration parseBudget) {
        this.catalog = catalog;
        this.data = data;
        this.detectors = List.copyOf(detectors);
        this.parseBudget = parseBudget;
    }

    public ScanResult scan(Workspace workspace, Options options, String version) {
        long start = System.nanoTime();
        List<Notice> notices = new ArrayList<>(workspace.notices());
        List<FileFacts> facts = extractAll(workspace.files(), options.threads(), notices);

        List<RuleMeta> rules = new ArrayList<>();
        List<Detector> active = new ArrayList<>();
        Map<String, RuleMeta> metas = new java.util.LinkedHashMap<>();
        for (RuleMeta m : catalog.rules()) {
            if (options.disabledRules().contains(m.id())) continue;
            dev.claudit.rules.Level override = options.levelOverrides().get(m.id());
            RuleMeta effective = override == null ? m : new RuleMeta(m.id(), m.name(), override, m.securitySeverity(),
                    m.precision(), m.tags(), m.summary(), m.description(), m.message(), m.help(), m.examples());
            rules.add(effective);
            metas.put(m.id(), effective);
        }
        for (Detector d : detectors) if (metas.containsKey(d.ruleId())) active.add(d);

        Project project = new Project(facts, options.gatewayHosts());
        ScanContext ctx = new ScanContext(project, data, options.asOf(), options.extraFrontendPrefixes(), metas);
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.Suppressed> suppressed = new ArrayList<>();
        for (FileFacts f : facts) {
            Set<Finding> fileFindings = new LinkedHashSet<>();
            for (Detector d : active) {
                try {
                    d.detect(f, ctx, fileFindings::add);
                } catch (RuntimeException | StackOverflowError e) {
                    notices.add(new Notice(f.path(), "warning", "rule " + d.ruleId() + " failed on this file ("
                            + e.getClass().getSimpleName() + "); other rules still ran", e));
                }
            }
            for (Finding finding : fileFindings) {
                if (isSuppressed(f, finding)) suppressed.add(new ScanResult.Suppressed(finding, "inSource", "suppressed by a comment in the source"));
                else findings.add(finding);
            }
        }
        findings.sort(ORDER);
        suppressed.sort(Comparator.comparing(ScanResult.Suppressed::finding, ORDER));
        notices.sort(Comparator.comparing(Notice::path).thenComparing(Notice::message));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new ScanResult(rules, findings, suppressed, notices, facts.size(), elapsed, version);
    }

    /** An inline suppression on the finding's line or the line above, for this rule or for all. */
    static boolean isSuppressed(FileFacts f, Finding finding) {
        int line = finding.location().line();
        for (int l : new int[]{line, line - 1}) {
            Set<String> rules = f.suppressions().get(l);
            // "claudit:ignore because ..." names no rule of ours: it means all rules, not none
            if (rules != null && (rules.contains("*") || rules.contains(finding.ruleId())
                    || rules.stream().noneMatch(RuleCatalog.ORDER::contains))) return true;
        }
        return false;
    }

    /**
     * Extracts every file on a pool of big-stack threads, even when {@code threads} is 1, so that how deep a
     * file can nest before its parser gives up does not depend on the thread count (same output either way).
     */
    private List<FileFacts> extractAll(List<SourceFile> files, int threads, List<Notice> notices) {
        Extraction extraction = new Extraction();
        List<FileFacts> out = new ArrayList<>();
        if (files.isEmpty()) return out;
        int size = Math.max(1, Math.min(threads, files.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "claudit-extract", 64L << 20); // deep ASTs need a big stack
            t.setDaemon(true);
            return t;
        });
        try {
            List<Job> jobs = new ArrayList<>();
            for (SourceFile f : files) {
                Job job = new Job(f);
                job.future = pool.submit(() -> {
                    job.startedAt = System.nanoTime();
                    List<FileFacts> one = new ArrayList<>(1);
                    List<Notice> ns = new ArrayList<>(1);
                    try {
                        extractOne(extraction, f, one, ns, text -> job.text = text);
                    } catch (OutOfMemoryError e) {
                        // one file's bytes and text did not fit; they are garbage now, the other files still fit
                        return new Result(List.of(), List.of(new Notice(f.path(), "warning",
                                "too large to scan with the memory available; skipped", e)));
                    } finally {
                        job.text = null; // kept only while the parser may be given up on
                    }
                    return new Result(one, ns);
                });
                jobs.add(job);
            }
            for (Job job : jobs) {
                Result r = await(job, extraction, pool);
                out.addAll(r.facts());
                notices.addAll(r.notices());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanAborted("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new ScanAborted("extraction failed: " + e.getCause().getClass().getSimpleName(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.sort(Comparator.comparing(FileFacts::path));
        return out;
    }

    /** One file's extraction on the pool, and what is needed to give up on it. */
    private static final class Job {
        final SourceFile file;
        volatile long startedAt;
        volatile String text;
        Future<Result> future;

        Job(SourceFile file) {
            this.file = file;
        }
    }

    /**
     * The job's result, or — when its parser has run past the budget — the credential scan alone. No parser here
     * can be interrupted, so the abandoned thread runs on (a daemon, its result dropped) and the pool gets one
     * more thread so the other files do not wait for it.
     */
    private Result await(Job job, Extraction extraction, ThreadPoolExecutor pool) throws InterruptedException, ExecutionException {
        long budget = parseBudget.toNanos();
        while (true) {
            long started = job.startedAt;
            long wait = started == 0 ? POLL_NANOS : started + budget - System.nanoTime();
            if (wait > 0) {
                try {
                    return job.future.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    continue;
                }
            }
            if (!job.future.cancel(true)) return job.future.get(); // it finished just now
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            String within = "within " + parseBudget.toMillis() / 1000.0 + " s";
            String text = job.text;
            if (text == null) {
                return new Result(List.of(), List.of(new Notice(job.file.path(), "warning", "not read " + within + "; skipped")));
            }
            FileFacts facts = extraction.credentialsOnly(job.file.path(), job.file.kind(), text,
                    "not parsed " + within + "; scanned for credentials only");
            return new Result(List.of(facts), facts.notices());
        }
    }

    /** The scan as a whole failed (exit 3); its message is claudit's own and never quotes a file. */
    public static final class ScanAborted extends RuntimeException {
        ScanAborted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Result(List<FileFacts> facts, List<Notice> notices) {
    }

    private static void extractOne(Extraction extraction, SourceFile f, List<FileFacts> out, List<Notice> notices,
                                   Consumer<String> decodedText) {
        byte[] bytes;
        try {
            bytes = f.read();
        } catch (IOException e) {
            notices.add(new Notice(f.path(), "warning", "cannot read: " + DirectoryWalker.reason(e), e));
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded == null) {
            notices.add(new Notice(f.path(), "note", "binary file; skipped"));
            return;
        }
        decodedText.accept(decoded.text());
        FileFacts facts = extraction.extract(f.path(), f.kind(), decoded.text());
        String lossy = "not valid UTF-8; decoded with replacement characters";
        if (decoded.lossy() && !facts.notices().isEmpty()) {
            // one notice per file: the decoding note joins the parser's
            Notice first = facts.notices().get(0);
            notices.add(new Notice(first.path(), first.level(), lossy + "; " + first.message(), first.cause()));
            notices.addAll(facts.notices().subList(1, facts.notices().size()));
        } else {
            if (decoded.lossy()) notices.add(new Notice(f.path(), "note", lossy));
            notices.addAll(facts.notices());
        }
        out.add(facts);
    }
}
