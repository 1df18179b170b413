package com.acme.assist.web;

import com.acme.assist.service.SummaryService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChatController {

    private final SummaryService summaries;

    public ChatController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @PostMapping("/api/summary")
    public String summary(@RequestBody String ticket) throws Exception {
        return summaries.summarize(ticket);
    }
}
