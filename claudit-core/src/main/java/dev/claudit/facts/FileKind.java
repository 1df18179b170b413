package dev.claudit.facts;

/** What a file is, decided by its name; it picks the extractor. */
public enum FileKind {
    JAVA, ENV, YAML, PROPERTIES, SHELL, DOCKERFILE, JSON, JAVASCRIPT, GRADLE, KOTLIN, TEXT;

    /** Decides the kind from a file name (no directory). */
    public static FileKind of(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".java")) return JAVA;
        if (n.equals(".env") || n.startsWith(".env.") || n.endsWith(".env")) return ENV;
        FileKind byExtension = byExtension(n);
        // .env-staging, env.example, prod.env.local: dotenv files whatever follows, unless the last extension names a format
        if (byExtension == TEXT && (n.startsWith(".env-") || n.startsWith(".env_") || n.startsWith("env.") || n.contains(".env."))) return ENV;
        return byExtension;
    }

    private static FileKind byExtension(String n) {
        if (n.endsWith(".yml") || n.endsWith(".yaml")) return YAML;
        if (n.endsWith(".properties")) return PROPERTIES;
        if (n.endsWith(".sh") || n.endsWith(".bash") || n.endsWith(".zsh") || n.equals(".bashrc") || n.equals(".zshrc")
                || n.equals(".profile") || n.equals(".envrc")) return SHELL;
        if (n.equals("dockerfile") || n.startsWith("dockerfile.") || n.endsWith(".dockerfile")
                || n.equals("containerfile")) return DOCKERFILE;
        if (n.endsWith(".json") || n.endsWith(".jsonc")) return JSON;
        if (n.endsWith(".gradle") || n.endsWith(".gradle.kts")) return GRADLE;
        if (n.endsWith(".kt") || n.endsWith(".kts")) return KOTLIN;
        if (n.endsWith(".js") || n.endsWith(".jsx") || n.endsWith(".ts") || n.endsWith(".tsx") || n.endsWith(".mjs")
                || n.endsWith(".cjs") || n.endsWith(".mts") || n.endsWith(".cts") || n.endsWith(".vue") || n.endsWith(".svelte")) return JAVASCRIPT;
        return TEXT;
    }
}
