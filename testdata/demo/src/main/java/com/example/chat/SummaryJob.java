package com.example.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Nightly job that summarises yesterday's tickets. */
public class SummaryJob {

    private static final Logger log = LoggerFactory.getLogger(SummaryJob.class);
    private static final String MODEL = "claude-3-5-sonnet-20241022";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey = System.getenv("ANTHROPIC_API_KEY");

    public String run(String tickets) throws Exception {
        log.info("Starting summary job with key {}", apiKey);
        log.debug("key configured: {}, length {}", apiKey != null, apiKey == null ? 0 : apiKey.length());
        String body = """
                {"model": "%s", "max_tokens": 1024, "messages": [{"role": "user", "content": "%s"}]}
                """.formatted(MODEL, tickets);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ClaudeEndpoints.MESSAGES))
                .header("anthropic-api-key", apiKey)
                .header("anthropic-version", "2023-01-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
