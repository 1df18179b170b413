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
 * @param sentVia          the interceptor classes of the client the request is sent with, when that client is built in
 *                         sight (empty: a client with none); null when the client is not known
 * @param addedBy          for a header set with no URL of its own (an interceptor), the class it is written in, or null
 */
public record HttpCall(Value url, List<Header> headers, boolean headersComplete, String api, boolean baseOnly, Location location,
                       List<String> sentVia, String addedBy) {

    public HttpCall {
        headers = List.copyOf(headers);
        sentVia = sentVia == null ? null : List.copyOf(sentVia);
    }

    /** A request or header set whose sending client is not known. */
    public HttpCall(Value url, List<Header> headers, boolean headersComplete, String api, boolean baseOnly, Location location) {
        this(url, headers, headersComplete, api, baseOnly, location, null, null);
    }

    public Optional<Header> header(String name) {
        return headers.stream().filter(h -> h.is(name)).findFirst();
    }

    public HttpCall withUrl(Value newUrl) {
        return new HttpCall(newUrl, headers, headersComplete, api, baseOnly, location, sentVia, addedBy);
    }

    public HttpCall withHeaders(List<Header> newHeaders) {
        return new HttpCall(url, newHeaders, headersComplete, api, baseOnly, location, sentVia, addedBy);
    }
}
