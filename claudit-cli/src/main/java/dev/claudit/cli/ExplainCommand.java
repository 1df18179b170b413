package dev.claudit.cli;

import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleMeta;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code claudit explain RULE-ID}: a rule's description, fix and examples (the same examples the tests run). */
@Command(name = "explain", description = "Explain a rule: what it flags, how to fix it, and its examples.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE-ID", description = "a rule id, or the start of one that names a single rule (e.g. wrong, bearer)")
    String id;

    @CommandLine.Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "render the help's "
            + "markdown for a terminal (bold, headings, code): auto (a terminal, unless NO_COLOR is set or TERM=dumb), always "
            + "or never (plain markdown; default: ${DEFAULT-VALUE})")
    Colour color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.load();
        RuleMeta rule = catalog.rule(resolve(id, catalog.rules().stream().map(RuleMeta::id).toList())).orElseThrow();
        boolean terminal = color.on(System.console() != null, System.getenv());
        java.util.function.UnaryOperator<String> bold = terminal ? TerminalMarkdown::bold : s -> s;
        java.util.function.UnaryOperator<String> markdown = terminal ? TerminalMarkdown::render : s -> s;
        PrintWriter out = spec.commandLine().getOut();
        out.println(bold.apply(rule.id()) + " (" + rule.level().id()
                + (rule.isSecurity() ? ", security severity " + rule.securitySeverity() : "") + ")");
        out.println();
        out.println(rule.summary());
        out.println();
        out.println(markdown.apply(rule.description()));
        out.println();
        out.println(markdown.apply(rule.help()));
        for (RuleMeta.Example ex : rule.examples()) {
            out.println();
            out.println(bold.apply("Example — " + ex.title()));
            for (Map.Entry<String, String> f : ex.files().entrySet()) {
                out.println("  " + f.getKey() + ":");
                for (String line : f.getValue().split("\n")) out.println("    " + dev.claudit.facts.Redactor.maskAll(line));
            }
        }
        out.flush();
        return 0;
    }

    /** The rule {@code given} names: itself, or the one rule id it starts; else a usage error listing the candidates. */
    static String resolve(String given, List<String> ids) {
        if (ids.contains(given)) return given;
        String prefix = given.toLowerCase(java.util.Locale.ROOT);
        List<String> candidates = ids.stream().filter(i -> i.startsWith(prefix)).toList();
        if (candidates.size() == 1) return candidates.get(0);
        if (candidates.isEmpty() || prefix.isEmpty()) {
            throw new Main.UsageException("unknown rule '" + given + "'; 'claudit rules' lists them");
        }
        throw new Main.UsageException("'" + given + "' names " + candidates.size() + " rules: " + String.join(", ", candidates)
                + "; give more of the id");
    }
}
