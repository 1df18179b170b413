package com.acme.assist.service;

import com.acme.assist.client.MessagesClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Short titles for new tickets. */
@Service
public class TitleService {

    private final MessagesClient client;
    private final String model;

    public TitleService(MessagesClient client, @Value("${acme.title-model:claude-3-5-haiku-20241022}") String model) {
        this.client = client;
        this.model = model;
    }

    public String title(String text) throws Exception {
        return client.send("{\"model\":\"" + model + "\",\"max_tokens\":30,\"messages\":[{\"role\":\"user\",\"content\":\"Title: " + text + "\"}]}");
    }
}
