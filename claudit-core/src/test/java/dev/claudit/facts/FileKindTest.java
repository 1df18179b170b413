package dev.claudit.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    @ParameterizedTest
    @CsvSource({
            ".env, ENV", ".env.local, ENV", ".env.staging.anthropic, ENV", ".env.local.example, ENV", ".env.production.local, ENV",
            ".env-staging, ENV", ".env_example, ENV", "env.example, ENV", "env.sample, ENV", "prod.env, ENV", "prod.env.local, ENV",
            "sample.env.example, ENV", ".ENV.Staging, ENV",
            "env.ts, JAVASCRIPT", "env.d.ts, JAVASCRIPT", "vite-env.d.ts, JAVASCRIPT", ".env-cmdrc.json, JSON", "env.yml, YAML",
            "env.sh, SHELL", ".envrc, SHELL", "environment.txt, TEXT", "envelope, TEXT", "app.env.js, JAVASCRIPT"})
    void envFilesWithAnySuffixAreEnvFiles(String name, FileKind kind) {
        assertThat(FileKind.of(name)).as(name).isEqualTo(kind);
    }
}
