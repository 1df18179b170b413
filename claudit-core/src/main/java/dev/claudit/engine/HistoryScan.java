package dev.claudit.engine;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.report.Fingerprints;
import dev.claudit.report.FindingOrder;
import dev.claudit.report.ScanResult;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Provenance;
import dev.claudit.workspace.GitHistory;
import dev.claudit.workspace.SourceFile;
import dev.claudit.workspace.Workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A scan of git history: every distinct blob the log lists is scanned once, alone ({@link Pipeline#scanEachAlone}),
 * and what is found in several versions of a path is reported once, at the first commit that introduced it, with
 * whether the tip still has it or which commit removed it.
 *
 * <p>Blobs of one path share their path, so while they are scanned each is named {@code <blob id>/<path>} (the file
 * name, which decides its kind and what its extractor does, is kept) and the findings are put back at the path.
 */
public final class HistoryScan {

    private final GitHistory history;
    private final GitHistory.Log log;

    public HistoryScan(GitHistory history, GitHistory.Log log) {
        this.history = history;
        this.log = log;
    }

    /** The history's blobs with {@code excludes} applied, named apart for the scan. */
    public Workspace workspace(UnaryOperator<Workspace> excludes) {
        Workspace real = excludes.apply(history.workspace(log));
        List<SourceFile> named = new ArrayList<>(real.files().size());
        for (SourceFile f : real.files()) {
            GitHistory.Blob b = GitHistory.blobOf(f);
            named.add(new SourceFile(b.id() + "/" + f.path(), f.kind(), f.size(), f.content()));
        }
        return new Workspace(real.root(), named, real.notices());
    }

    /** The scan's result with findings back at their paths, once per path and fingerprint, with their provenance. */
    public ScanResult attribute(ScanResult scanned) {
        Map<String, GitHistory.Blob> blobs = new HashMap<>();
        for (GitHistory.Blob b : log.blobs()) blobs.put(b.id(), b);

        List<Finding> findings = new ArrayList<>();
        for (Attributed a : attribute(scanned.findings(), blobs)) findings.add(a.finding());
        Map<Finding, ScanResult.Suppressed> how = new HashMap<>();
        List<Finding> hidden = new ArrayList<>();
        for (ScanResult.Suppressed s : scanned.suppressed()) {
            hidden.add(s.finding());
            how.put(s.finding(), s);
        }
        List<ScanResult.Suppressed> suppressed = new ArrayList<>();
        for (Attributed a : attribute(hidden, blobs)) {
            ScanResult.Suppressed s = how.get(a.scanned());
            suppressed.add(new ScanResult.Suppressed(a.finding(), s.kind(), s.justification()));
        }

        // one notice per path and message, at its first commit: a binary file committed a thousand times is one notice
        Map<String, Notice> notices = new LinkedHashMap<>();
        Map<String, Integer> noticeOrder = new HashMap<>();
        for (Notice n : scanned.notices()) {
            GitHistory.Blob b = blobOfKey(n.path(), blobs);
            if (b == null) {
                notices.putIfAbsent(n.path() + "\0" + n.message(), n);
                continue;
            }
            String key = b.path() + "\0" + n.message();
            if (noticeOrder.getOrDefault(key, Integer.MAX_VALUE) <= b.order()) continue;
            noticeOrder.put(key, b.order());
            notices.put(key, new Notice(b.path(), n.level(), n.message() + " (in " + Provenance.abbreviated(b.commit()) + ")", n.cause()));
        }
        List<Notice> noticeList = new ArrayList<>(notices.values());
        noticeList.sort(Comparator.comparing(Notice::path, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Notice::message));
        findings.sort(FindingOrder.ORDER);
        suppressed.sort(Comparator.comparing(ScanResult.Suppressed::finding, FindingOrder.ORDER));
        return new ScanResult(scanned.rules(), findings, suppressed, noticeList, scanned.filesScanned(), scanned.elapsedMillis(),
                scanned.version());
    }

    /** A finding as reported, and the one the scan found in its first blob. */
    private record Attributed(Finding finding, Finding scanned) {
    }

    /** Findings put back at their paths and grouped by rule, path and fingerprint; each group reported once. */
    private List<Attributed> attribute(List<Finding> scanned, Map<String, GitHistory.Blob> blobs) {
        record Found(Finding finding, GitHistory.Blob blob, Finding scanned) {
        }
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Finding f : scanned) {
            GitHistory.Blob b = blobOfKey(f.location().path(), blobs);
            if (b == null) continue; // every scanned file is a blob; nothing else can report
            Location l = f.location();
            Finding at = new Finding(f.ruleId(), f.level(), new Location(b.path(), l.line(), l.column(), l.endLine(), l.endColumn()),
                    f.message(), f.matchedText(), f.secret());
            String key = f.ruleId() + "\0" + b.path() + "\0" + Fingerprints.partialFingerprint(at);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Found(at, b, f));
        }
        List<Attributed> out = new ArrayList<>(groups.size());
        for (List<Found> group : groups.values()) {
            Set<String> holders = new HashSet<>();
            for (Found f : group) holders.add(f.blob().id());
            Found first = group.stream().min(Comparator.comparingInt((Found f) -> f.blob().order())
                    .thenComparing(Found::finding, FindingOrder.ORDER)).orElseThrow();
            GitHistory.Blob b = first.blob();
            GitHistory.Removal removal = log.removal(b.path(), holders, b.order());
            Provenance p = new Provenance(b.commit(), b.date(), removal.removedIn(), removal.inTip());
            Finding f = first.finding();
            out.add(new Attributed(new Finding(f.ruleId(), f.level(), f.location(), f.message() + " (" + story(p, f.secret() != null)
                    + ")", f.matchedText(), f.secret(), p), first.scanned()));
        }
        return out;
    }

    /** What the message says about the finding's place in history. */
    static String story(Provenance p, boolean credential) {
        String added = "added in " + Provenance.abbreviated(p.commit()) + (p.date().length() >= 10 ? " on " + p.date().substring(0, 10) : "");
        if (p.inTip()) return added;
        String gone = p.removedIn() == null ? "not in the tip" : "removed in " + Provenance.abbreviated(p.removedIn());
        return credential ? gone + ", still in history: revoke it; " + added : gone + ", history only; " + added;
    }

    private static GitHistory.Blob blobOfKey(String key, Map<String, GitHistory.Blob> blobs) {
        if (key == null) return null;
        int slash = key.indexOf('/');
        return slash < 0 ? null : blobs.get(key.substring(0, slash));
    }
}
