package com.acme.agent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Turns the planner's numbered list into steps, and asks Claude again when the list is empty. */
public final class PlanParser {

    private PlanParser() {
    }

    public static List<String> steps(String plan, String apiKey) throws Exception {
        record Step(int number, String text) {
        }
        enum Kind { NUMBERED, BULLET }
        List<Step> parsed = new ArrayList<>();
        for (String line : plan.lines().toList()) {
            Kind kind = line.matches("\\d+\\..*") ? Kind.NUMBERED : Kind.BULLET;
            if (kind == Kind.NUMBERED) parsed.add(new Step(parsed.size() + 1, line.substring(line.indexOf('.') + 1).strip()));
        }
        if (parsed.isEmpty()) {
            HttpRequest retry = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("anthropic-version", "2023-06-01")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"claude-3-5-haiku-latest\",\"max_tokens\":200,\"messages\":[{\"role\":\"user\",\"content\":\"Number the steps\"}]}"))
                    .build();
            HttpClient.newHttpClient().send(retry, HttpResponse.BodyHandlers.ofString());
        }
        return parsed.stream().map(Step::text).toList();
    }
}
