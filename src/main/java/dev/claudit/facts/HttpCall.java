package dev.claudit.facts;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP request (or a client's default request settings) as the code or script builds it.
 *
 * @param url              the target URL, or a base URL for client defaults
 * @param headers          the headers set where the request is built
 * @param headersComplete  false when headers may be added elsewhere (interceptors, unknown builders, shared clients)
 * @param api              how it is sent: {@code java.net.http}, {@code okhttp}, {@code spring}, {@code curl}, {@code fetch}...
 * @param baseOnly         true when {@code url} is a client's base URL, not a full request URL
 * @param location         where the request is built
 */
public record HttpCall(Value url, List<Header> headers, boolean headersComplete, String api, boolean baseOnly, Location location) {

    public HttpCall {
        headers = List.copyOf(headers);
    }

    public Optional<Header> header(String name) {
        return headers.stream().filter(h -> h.is(name)).findFirst();
    }

    public HttpCall withUrl(Value newUrl) {
        return new HttpCall(newUrl, headers, headersComplete, api, baseOnly, location);
    }
}
