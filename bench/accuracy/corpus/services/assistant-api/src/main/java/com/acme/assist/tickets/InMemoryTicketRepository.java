package com.acme.assist.tickets;

import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@Repository
public class InMemoryTicketRepository implements TicketRepository {

    private final Map<Long, Ticket> tickets = new ConcurrentHashMap<>();

    @Override
    public Optional<Ticket> find(long id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public List<Ticket> open() {
        return tickets.values().stream().filter(t -> "open".equals(t.status())).toList();
    }

    @Override
    public void save(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }
}
