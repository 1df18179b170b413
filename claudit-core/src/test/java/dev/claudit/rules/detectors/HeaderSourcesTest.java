package dev.claudit.rules.detectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSourcesTest {

    @Test
    void aModuleIsWhatComesBeforeItsSourceDirectory() {
        assertThat(HeaderSources.module("services/billing/src/main/java/com/acme/A.java")).isEqualTo("services/billing");
        assertThat(HeaderSources.module("services/billing/src/test/java/com/acme/A.java")).isEqualTo("services/billing");
        assertThat(HeaderSources.module("src/main/java/com/acme/A.java")).isEmpty();
        assertThat(HeaderSources.module("packages/cli/bin/run.mjs")).isEqualTo("packages/cli/bin");
        assertThat(HeaderSources.module("Dockerfile")).isEmpty();
    }
}
