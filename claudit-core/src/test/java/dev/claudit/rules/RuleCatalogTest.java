package dev.claudit.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCatalogTest {

    @Test
    void theScanCatalogIsTheFullOneWithoutExamples() {
        List<RuleMeta> full = RuleCatalog.load().rules();
        List<RuleMeta> forScan = RuleCatalog.loadForScan().rules();
        assertThat(forScan).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            RuleMeta f = full.get(i);
            assertThat(f.examples()).as(f.id()).isNotEmpty();
            assertThat(forScan.get(i)).isEqualTo(new RuleMeta(f.id(), f.name(), f.level(), f.securitySeverity(), f.precision(),
                    f.tags(), f.summary(), f.description(), f.messages(), f.help(), List.of()));
        }
    }

    @Test
    void theOrderOfTheRuleFilesIsTheCatalogueOrder() {
        RuleCatalog catalog = RuleCatalog.assemble(List.of(new Named("b"), new Named("a"), new Named("c")),
                id -> Optional.of(yaml(id, Map.of("a", 20, "b", 30, "c", 10).get(id))));
        assertThat(catalog.rules()).extracting(RuleMeta::id).containsExactly("c", "a", "b");
        assertThat(catalog.detectors()).extracting(Detector::ruleId).containsExactly("c", "a", "b");
    }

    @Test
    void aDetectorWithoutItsRuleFileOrTwoForOneRuleBreakTheLoadInsteadOfDroppingTheRule() {
        assertThatThrownBy(() -> RuleCatalog.assemble(List.of(new Named("a"), new Named("b")),
                id -> id.equals("a") ? Optional.of(yaml("a", 10)) : Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageEndingWith("implements rule 'b' but rules/b.yml is missing");
        assertThatThrownBy(() -> RuleCatalog.assemble(List.of(new Named("a"), new Named("a")), id -> Optional.of(yaml(id, 10))))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("two detectors for rule 'a'");
        assertThatThrownBy(() -> RuleCatalog.assemble(List.of(new Named("a")), id -> Optional.of(yaml(id, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rules/a.yml: 'order' must be a whole number");
    }

    private static Map<String, Object> yaml(String id, Integer order) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("id", id, "name", "N", "level", "error", "precision", "high",
                "tags", List.of(), "summary", "S.", "description", "D.", "messages", Map.of("default", "M"), "help", "H."));
        m.put("order", order);
        return m;
    }

    /** A detector that reports nothing, for the catalogue's assembly. */
    private record Named(String ruleId) implements Detector {
        @Override
        public void detect(dev.claudit.facts.FileFacts file, ScanContext context, Reporter out) {
        }
    }

    @Test
    void cutsOneTopLevelKeyWhereverItIs() {
        assertThat(YamlResources.withoutTopLevelKey("id: a\nexamples:\n  - title: t\n    files:\n      x: |\n        y\nhelp: h\n", "examples"))
                .isEqualTo("id: a\nhelp: h\n");
        assertThat(YamlResources.withoutTopLevelKey("id: a\nexamples:\n- title: t\n\n  # c\n- title: u\n", "examples")).isEqualTo("id: a\n");
        assertThat(YamlResources.withoutTopLevelKey("examples: []\nid: a\n", "examples")).isEqualTo("id: a\n");
        assertThat(YamlResources.withoutTopLevelKey("id: a\nmy-examples: 1\n", "examples")).isEqualTo("id: a\nmy-examples: 1\n");
    }
}
