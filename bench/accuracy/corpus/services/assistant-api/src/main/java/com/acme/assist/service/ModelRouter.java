package com.acme.assist.service;

import java.util.Set;

/** Picks limits per model family; ids here are only compared, never sent. */
public final class ModelRouter {

    private static final Set<String> LEGACY_200K = Set.of("claude-3-opus-20240229", "claude-3-haiku-20240307");

    private ModelRouter() {
    }

    public static int maxOutputTokens(String model) {
        if (model.startsWith("claude-opus-4-1") || model.equals("claude-opus-4-20250514")) return 32_000;
        if (model.startsWith("claude-3-7-sonnet")) return 64_000;
        if (LEGACY_200K.contains(model)) return 4_096;
        return 64_000;
    }

    public static boolean supportsExtendedThinking(String model) {
        return !model.startsWith("claude-3-5-") && !"claude-3-haiku-20240307".equals(model);
    }
}
