package com.acme.assist.tickets;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryTicketRepositoryTest {

    @Test
    void lists_open_tickets() {
        var repo = new InMemoryTicketRepository();
        repo.save(new Ticket(1, "Printer", "jammed", "open", Instant.EPOCH));
        repo.save(new Ticket(2, "VPN", "slow", "closed", Instant.EPOCH));

        assertThat(repo.open()).extracting(Ticket::id).containsExactly(1L);
    }
}
