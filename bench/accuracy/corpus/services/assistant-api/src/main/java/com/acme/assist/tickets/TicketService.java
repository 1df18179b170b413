package com.acme.assist.tickets;

import com.acme.assist.service.SummaryService;
import org.springframework.stereotype.Service;

@Service
public class TicketService {

    private final TicketRepository repository;
    private final SummaryService summaries;

    public TicketService(TicketRepository repository, SummaryService summaries) {
        this.repository = repository;
        this.summaries = summaries;
    }

    public String summarize(long id) throws Exception {
        Ticket t = repository.find(id).orElseThrow();
        return summaries.summarize(t.title() + "\n\n" + t.body());
    }
}
