package dev.claudit.cli;

import dev.claudit.report.RulesTable;
import dev.claudit.rules.RuleCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code claudit rules}: the rule catalogue as a table, markdown or JSON. */
@Command(name = "rules", description = "List the rules (id, level, security severity, summary).")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Option(names = "--format", description = "text, markdown or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var rules = RuleCatalog.load().rules();
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> out.print(new RulesTable(rules).text());
            case markdown -> out.print(new RulesTable(rules).markdown());
            case json -> out.print(new RulesTable(rules).json());
        }
        out.flush();
        return 0;
    }
}
