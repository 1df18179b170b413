package com.acme.assist.service;

import com.acme.assist.client.MessagesClient;
import org.springframework.stereotype.Service;

/** Summaries for the ticket view. */
@Service
public class SummaryService {

    static final String SUMMARY_MODEL = "claude-3-5-sonnet-20241022";
    static final String FALLBACK_MODEL = "claude-haiku-4-5";

    private final MessagesClient client;

    public SummaryService(MessagesClient client) {
        this.client = client;
    }

    public String summarize(String ticket) throws Exception {
        String body = """
                {"model": "%s", "max_tokens": 400, "messages": [{"role": "user", "content": %s}]}
                """.formatted(SUMMARY_MODEL, quote(ticket));
        return client.send(body);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
