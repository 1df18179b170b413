package dev.claudit.cli;

import dev.claudit.rules.RuleCatalog;
import dev.claudit.rules.RuleMeta;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code claudit explain RULE-ID}: a rule's description, fix and examples (the same examples the tests run). */
@Command(name = "explain", description = "Explain a rule: what it flags, how to fix it, and its examples.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE-ID", description = "a rule id, e.g. wrong-host")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleCatalog catalog = RuleCatalog.load();
        RuleMeta rule = catalog.rule(id).orElseThrow(() -> new Main.UsageException("unknown rule '" + id
                + "'; 'claudit rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + " (" + rule.level().id()
                + (rule.isSecurity() ? ", security severity " + rule.securitySeverity() : "") + ")");
        out.println();
        out.println(rule.summary());
        out.println();
        out.println(rule.description());
        out.println();
        out.println(rule.help());
        for (RuleMeta.Example ex : rule.examples()) {
            out.println();
            out.println("Example — " + ex.title());
            for (Map.Entry<String, String> f : ex.files().entrySet()) {
                out.println("  " + f.getKey() + ":");
                for (String line : f.getValue().split("\n")) out.println("    " + dev.claudit.facts.Redactor.maskAll(line));
            }
        }
        out.flush();
        return 0;
    }
}
