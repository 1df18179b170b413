package dev.claudit.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.contrastsecurity.sarif.VersionControlDetails;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Provenance;
import dev.claudit.rules.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a scan as SARIF 2.1.0 for GitHub code scanning and other viewers (design.md, "SARIF"): one run, rules in
 * catalogue order, explicit levels, {@code %SRCROOT%}-relative percent-encoded URIs, line-independent
 * fingerprints, no timestamps — so a rerun on the same tree is byte-identical.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    private static final int MAX_TAGS = 10;

    private final boolean includeSuppressed;
    private final Path root;
    private final URI informationUri;
    private final java.util.function.UnaryOperator<String> toSrcRoot;
    private final ObjectMapper mapper;
    private final String repositoryUri;
    private final String revision;

    /** A local report: suppressed results included, {@code %SRCROOT%} described but not located. */
    public SarifReport() {
        this(true, null);
    }

    /**
     * @param includeSuppressed false for upload to GitHub, which ignores {@code suppressions} and would show them as open
     * @param root              the scanned root, written as {@code %SRCROOT%}'s {@code file:} URI; null to leave it out
     */
    public SarifReport(boolean includeSuppressed, Path root) {
        this(includeSuppressed, root, null);
    }

    /** @param informationUri where people learn about claudit ({@code tool.driver.informationUri}); null to leave it out */
    public SarifReport(boolean includeSuppressed, Path root, URI informationUri) {
        this(includeSuppressed, root, informationUri, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param toSrcRoot maps a reported path (relative to the scan root) to one relative to {@code %SRCROOT%}: GitHub
     *                  places alerts by repository-relative URIs, wherever the scan ran
     */
    public SarifReport(boolean includeSuppressed, Path root, URI informationUri, java.util.function.UnaryOperator<String> toSrcRoot) {
        this(includeSuppressed, root, informationUri, toSrcRoot, null, null);
    }

    private SarifReport(boolean includeSuppressed, Path root, URI informationUri, java.util.function.UnaryOperator<String> toSrcRoot,
                        String repositoryUri, String revision) {
        this.repositoryUri = repositoryUri;
        this.revision = revision;
        this.includeSuppressed = includeSuppressed;
        this.toSrcRoot = toSrcRoot;
        this.root = root;
        this.informationUri = informationUri;
        this.mapper = PrettyJson.mapper();
        mapper.setMixInResolver(new SarifMixIns());
        // the library pre-fills every collection with an empty one; write them only when they hold something
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS);
        mapper.configOverride(List.class).setIncludeAsProperty(nonEmpty);
        mapper.configOverride(Set.class).setIncludeAsProperty(nonEmpty);
    }

    /**
     * The same report with the run's {@code versionControlProvenance}: the repository (a URI without credentials) and
     * the commit a history scan judged findings at; null leaves it out.
     */
    public SarifReport withVersionControl(String repositoryUri, String revision) {
        return new SarifReport(includeSuppressed, root, informationUri, toSrcRoot, repositoryUri, revision);
    }

    public void write(ScanResult result, Writer out) throws IOException {
        PrettyJson.write(mapper, toSarif(result), out);
    }

    /** The whole document as a string (tests, small outputs). */
    public String render(ScanResult result) {
        return PrettyJson.render(mapper, toSarif(result));
    }

    SarifSchema210 toSarif(ScanResult reported) {
        ScanResult scan = underSrcRoot(reported, toSrcRoot);
        Map<String, Integer> ruleIndex = new HashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (RuleMeta meta : scan.rules()) {
            ruleIndex.putIfAbsent(meta.id(), rules.size());
            rules.add(rule(meta));
        }
        ToolComponent driver = new ToolComponent()
                .withLanguage(null).withContents(null).withIsComprehensive(null)
                .withName("claudit")
                .withVersion(scan.version())
                .withSemanticVersion(scan.version())
                .withInformationUri(informationUri)
                .withRules(rules);
        Run run = new Run()
                .withLanguage(null).withNewlineSequences(null)
                .withTool(new Tool().withDriver(driver))
                .withInvocations(List.of(invocation(scan.notices())))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT, rootLocation()))
                // LineIndex counts columns in Java chars
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results(scan, ruleIndex));
        if (repositoryUri != null) {
            VersionControlDetails vc = new VersionControlDetails().withRepositoryUri(URI.create(repositoryUri));
            if (revision != null) vc.withRevisionId(revision);
            run.withVersionControlProvenance(Set.of(vc));
        }
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /** The scan with every path as seen from {@code %SRCROOT%} (fingerprints hash the path, so they follow). */
    private static ScanResult underSrcRoot(ScanResult scan, java.util.function.UnaryOperator<String> toSrcRoot) {
        java.util.function.UnaryOperator<Finding> moved = f -> new Finding(f.ruleId(), f.level(),
                f.location().withPath(toSrcRoot.apply(f.location().path())), f.message(), f.matchedText(), f.secret(), f.provenance());
        return new ScanResult(scan.rules(), scan.findings().stream().map(moved).toList(),
                scan.suppressed().stream().map(s -> new ScanResult.Suppressed(moved.apply(s.finding()), s.kind(), s.justification())).toList(),
                scan.notices().stream().map(n -> n.path() == null || n.path().isBlank() ? n
                        : new Notice(toSrcRoot.apply(n.path()), n.level(), n.message(), n.cause(), n.configuration())).toList(),
                scan.filesScanned(), scan.elapsedMillis(), scan.version());
    }

    private List<Result> results(ScanResult scan, Map<String, Integer> ruleIndex) {
        record Entry(Finding finding, ScanResult.Suppressed suppression) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Finding f : scan.findings()) entries.add(new Entry(f, null));
        if (includeSuppressed) {
            for (ScanResult.Suppressed s : scan.suppressed()) entries.add(new Entry(s.finding(), s));
        }
        entries.sort(Comparator.comparing(Entry::finding, FindingOrder.ORDER));
        List<Result> results = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Result r = result(e.finding(), ruleIndex.get(e.finding().ruleId()));
            if (e.suppression() != null) r.withSuppressions(Set.of(suppression(e.suppression())));
            results.add(r);
        }
        return results;
    }

    private static Result result(Finding f, Integer ruleIndex) {
        Result r = new Result()
                .withKind(null).withRank(null)
                .withRuleId(f.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(Result.Level.fromValue(f.level().id()))
                .withMessage(message(Masked.text(f.message(), f.secret())))
                .withLocations(List.of(location(f.location().path(), region(f.location()))))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(Fingerprints.SARIF_KEY, Fingerprints.partialFingerprint(f)));
        Provenance p = f.provenance();
        if (p != null) {
            // a finding in git history: the commit that added it, and whether the tip still has it
            PropertyBag bag = new PropertyBag().withAdditionalProperty("commit", p.commit()).withAdditionalProperty("commitDate", p.date())
                    .withAdditionalProperty("inTip", p.inTip());
            if (p.removedIn() != null) bag.withAdditionalProperty("removedIn", p.removedIn());
            r.withProperties(bag);
        }
        return r;
    }

    private static Suppression suppression(ScanResult.Suppressed s) {
        String justification = s.justification() == null || s.justification().isBlank()
                ? null : Masked.text(s.justification(), s.finding().secret());
        return new Suppression().withKind(Suppression.Kind.fromValue(s.kind())).withJustification(justification);
    }

    private static ReportingDescriptor rule(RuleMeta m) {
        PropertyBag properties = new PropertyBag().withTags(tags(m));
        if (m.precision() != null) properties.withAdditionalProperty("precision", m.precision());
        if (m.isSecurity()) properties.withAdditionalProperty("security-severity", m.securitySeverity());
        String full = m.description() == null || m.description().isBlank() ? m.summary() : m.description();
        return new ReportingDescriptor()
                .withId(m.id())
                .withName(m.name())
                .withShortDescription(new MultiformatMessageString().withText(m.summary()))
                .withFullDescription(new MultiformatMessageString().withText(full))
                .withHelp(new MultiformatMessageString().withText(PlainText.of(m.help())).withMarkdown(m.help()))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withEnabled(null).withRank(null)
                        .withLevel(ReportingConfiguration.Level.fromValue(m.level().id())))
                .withProperties(properties);
    }

    /** GitHub reads at most ten tags, and files a rule under security only with the {@code security} tag. */
    private static Set<String> tags(RuleMeta m) {
        Set<String> tags = new LinkedHashSet<>();
        if (m.isSecurity()) tags.add("security");
        for (String t : m.tags()) {
            if (tags.size() == MAX_TAGS) break;
            tags.add(t);
        }
        return tags;
    }

    private static Invocation invocation(List<Notice> notices) {
        List<Notification> notifications = new ArrayList<>();
        List<Notification> configuration = new ArrayList<>();
        for (Notice n : notices) {
            Notification note = new Notification()
                    .withLevel(Notification.Level.fromValue(notificationLevel(n.level())))
                    .withMessage(message(Masked.text(n.message())));
            if (n.path() != null && !n.path().isBlank()) note.withLocations(Set.of(location(n.path(), null)));
            (n.configuration() ? configuration : notifications).add(note);
        }
        Invocation invocation = new Invocation().withExecutionSuccessful(true).withToolExecutionNotifications(notifications);
        // what the repository's config turned off or excluded: visible to whoever reads the upload
        return configuration.isEmpty() ? invocation : invocation.withToolConfigurationNotifications(configuration);
    }

    private static String notificationLevel(Notice.Level level) {
        return level == null ? "note" : level.id();
    }

    private static com.contrastsecurity.sarif.Location location(String path, Region region) {
        // a credential in a file name is masked like one in the file: the contract is no full credential anywhere
        ArtifactLocation artifact = new ArtifactLocation().withIndex(null)
                .withUri(ArtifactUri.relative(Masked.text(path)))
                .withUriBaseId(SRCROOT);
        return new com.contrastsecurity.sarif.Location().withId(null)
                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact).withRegion(region));
    }

    /** SARIF's {@code endColumn} is exclusive where ours is inclusive; clamped so a sloppy location can't break the schema. */
    private static Region region(Location l) {
        int startLine = Math.max(1, l.line());
        int startColumn = Math.max(1, l.column());
        int endLine = Math.max(startLine, l.endLine());
        int endColumn = Math.max(l.endColumn() + 1, endLine == startLine ? startColumn + 1 : 1);
        return new Region().withCharOffset(null).withByteOffset(null)
                .withStartLine(startLine).withStartColumn(startColumn)
                .withEndLine(endLine).withEndColumn(endColumn);
    }

    private ArtifactLocation rootLocation() {
        ArtifactLocation base = new ArtifactLocation().withIndex(null);
        return root != null
                ? base.withUri(ArtifactUri.directory(root))
                : base.withDescription(message("The root of the scanned repository; result URIs are relative to it."));
    }

    private static Message message(String text) {
        return new Message().withText(text);
    }
}
