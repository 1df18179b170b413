package dev.claudit.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
    void cutsOneTopLevelKeyWhereverItIs() {
        assertThat(RuleCatalog.withoutTopLevelKey("id: a\nexamples:\n  - title: t\n    files:\n      x: |\n        y\nhelp: h\n", "examples"))
                .isEqualTo("id: a\nhelp: h\n");
        assertThat(RuleCatalog.withoutTopLevelKey("id: a\nexamples:\n- title: t\n\n  # c\n- title: u\n", "examples")).isEqualTo("id: a\n");
        assertThat(RuleCatalog.withoutTopLevelKey("examples: []\nid: a\n", "examples")).isEqualTo("id: a\n");
        assertThat(RuleCatalog.withoutTopLevelKey("id: a\nmy-examples: 1\n", "examples")).isEqualTo("id: a\nmy-examples: 1\n");
    }
}
