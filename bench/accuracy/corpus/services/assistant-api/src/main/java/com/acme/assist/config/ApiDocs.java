package com.acme.assist.config;

/** Links shown in error pages; documentation, not endpoints. */
public final class ApiDocs {

    public static final String VERSIONING = "https://docs.anthropic.com/en/api/versioning";
    public static final String ERRORS = "https://docs.anthropic.com/en/api/errors";
    public static final String CONSOLE_KEYS = "https://console.anthropic.com/settings/keys";
    public static final String STATUS = "https://status.anthropic.com";

    private ApiDocs() {
    }
}
