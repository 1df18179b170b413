package com.acme.assist.tickets;

import java.time.Instant;

public record Ticket(long id, String title, String body, String status, Instant createdAt) {
}
