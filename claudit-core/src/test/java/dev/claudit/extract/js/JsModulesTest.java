package dev.claudit.extract.js;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsModulesTest {

    @Test
    void aModuleIsKnownByItsPathAndEachShorterSuffixAndAnIndexByItsFolder() {
        assertThat(JsModules.names("web/src/lib/config.ts")).containsExactly("js:web/src/lib/config", "js:src/lib/config", "js:lib/config", "js:config");
        assertThat(JsModules.names("src/config/index.mjs")).contains("js:src/config/index", "js:src/config", "js:config");
    }

    @Test
    void relativeImportsResolveAgainstTheImportersFolderAndAliasesDropTheirPrefix() {
        assertThat(JsModules.scope("web/src/lib/chat.ts", "./config")).isEqualTo("js:web/src/lib/config");
        assertThat(JsModules.scope("web/src/lib/chat.ts", "../shared/urls.js")).isEqualTo("js:web/src/shared/urls");
        assertThat(JsModules.scope("web/src/lib/chat.ts", "@/app/constant")).isEqualTo("js:app/constant");
        assertThat(JsModules.scope("web/src/lib/chat.ts", "~/utils/api")).isEqualTo("js:utils/api");
        assertThat(JsModules.scope("src/routes/+page.server.ts", "$lib/config/env.js")).isEqualTo("js:lib/config/env");
    }

    @Test
    void packagesAndPathsAboveTheRootAreNoProjectModules() {
        assertThat(JsModules.scope("src/chat.ts", "@anthropic-ai/sdk")).isNull();
        assertThat(JsModules.scope("src/chat.ts", "axios")).isNull();
        assertThat(JsModules.scope("chat.ts", "../../outside")).isNull();
    }
}
