package dev.claudit.facts;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that ask for the same keywords are tested once per file: equal keywords, pairs included, are equal. */
class KeywordsEqualityTest {

    private static Keywords logs(String receiver) {
        Keywords key = Keywords.builder().in(Set.of(FileKind.JAVA), true, "apikey").build();
        return Keywords.builder().ignoringCase("anthropic")
                .together(key, Keywords.builder().in(Set.of(FileKind.JAVA), true, receiver + ".info").build()).build();
    }

    @Test
    void theSameKeywordsAndPairsAreEqual() {
        assertThat(Keywords.builder().ignoringCase("anthropic").build()).isEqualTo(Keywords.builder().ignoringCase("anthropic").build())
                .hasSameHashCodeAs(Keywords.builder().ignoringCase("anthropic").build());
        assertThat(logs("log")).isEqualTo(logs("log")).hasSameHashCodeAs(logs("log"));
    }

    @Test
    void anotherKeywordCaseKindOrPairIsNot() {
        assertThat(Keywords.builder().ignoringCase("anthropic").build()).isNotEqualTo(Keywords.builder().exact("anthropic").build())
                .isNotEqualTo(Keywords.builder().ignoringCase("claude").build())
                .isNotEqualTo(Keywords.builder().in(Set.of(FileKind.YAML), true, "anthropic").build());
        assertThat(logs("log")).isNotEqualTo(logs("logger"));
        assertThat(Keywords.everyFile()).isNotEqualTo(Keywords.none());
    }
}
