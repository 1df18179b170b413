package dev.claudit.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dated catalogue in rules/data/models.yml. */
class ModelCatalogTest {

    private final ModelCatalog catalog = RuleData.load().models();

    @Test
    void aliasesResolveToTheirSnapshot() {
        assertThat(catalog.lookup("claude-3-5-sonnet-latest")).get().extracting(ModelCatalog.Model::id).isEqualTo("claude-3-5-sonnet-20241022");
        assertThat(catalog.lookup("claude-opus-4-0")).get().extracting(ModelCatalog.Model::id).isEqualTo("claude-opus-4-20250514");
        assertThat(catalog.lookup("claude-opus-4-1")).get().extracting(ModelCatalog.Model::id).isEqualTo("claude-opus-4-1-20250805");
    }

    @Test
    void currentPartnerAndMalformedIdsAreNotCatalogued() {
        assertThat(catalog.lookup("claude-sonnet-4-5")).isEmpty();
        assertThat(catalog.lookup("claude-opus-4-8")).isEmpty();
        assertThat(catalog.lookup("anthropic.claude-3-opus-20240229-v1:0")).isEmpty();
        assertThat(catalog.lookup("Claude-3-Opus-20240229")).isEmpty();
    }

    @Test
    void statusFollowsTheDatesAndTheRetirementDayIsRetired() {
        ModelCatalog.Model opus = catalog.lookup("claude-3-opus-20240229").orElseThrow();
        assertThat(opus.status(LocalDate.of(2025, 6, 29))).isEqualTo(ModelCatalog.Status.ACTIVE);
        assertThat(opus.status(LocalDate.of(2025, 6, 30))).isEqualTo(ModelCatalog.Status.DEPRECATED);
        assertThat(opus.status(LocalDate.of(2026, 1, 4))).isEqualTo(ModelCatalog.Status.DEPRECATED);
        assertThat(opus.status(LocalDate.of(2026, 1, 5))).isEqualTo(ModelCatalog.Status.RETIRED);
    }

    @Test
    void everyEntryHasARetirementDateAndAReplacementThatIsNotItselfCatalogued() {
        for (ModelCatalog.Model m : catalog.models()) {
            assertThat(m.retired()).as(m.id()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(catalog.lookup(m.replacement())).as("replacement of %s", m.id()).isEmpty();
            assertThat(ModelIds.problem(m.id())).as("catalogued id %s is well-formed", m.id()).isEmpty();
        }
    }

    @Test
    void aDateNoneOfAVersionsSnapshotsHasNamesTheVersionsSnapshots() {
        assertThat(catalog.otherSnapshots("claude-sonnet-4-5-20250514")).containsExactly("claude-sonnet-4-5-20250929");
        assertThat(catalog.otherSnapshots("claude-3-5-sonnet-20240229"))
                .containsExactly("claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20240620");
        assertThat(catalog.otherSnapshots("claude-sonnet-4-5-20250929")).isEmpty();
        assertThat(catalog.otherSnapshots("claude-opus-4-7-20260101")).as("snapshots not listed").isEmpty();
        assertThat(catalog.otherSnapshots("claude-sonnet-4-5")).as("undated").isEmpty();
    }
}
