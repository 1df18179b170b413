package com.acme.assist.tickets;

import java.util.List;
import java.util.Optional;

public interface TicketRepository {
    Optional<Ticket> find(long id);

    List<Ticket> open();

    void save(Ticket ticket);
}
