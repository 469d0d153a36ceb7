package org.corroborate.server;

/** A request the API cannot answer as asked; the message says what to change. Answered with 400. */
final class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message);
    }
}
