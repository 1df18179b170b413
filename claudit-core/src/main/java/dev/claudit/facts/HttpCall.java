package dev.claudit.facts;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP request (or a client's default request settings) as the code or script builds it.
 *
 * @param url              the target URL, or a base URL for client defaults
 * @param headers          the headers set where the request is built
 * @param headersComplete  false when headers may be added elsewhere (interceptors, unknown builders, shared clients)
 * @param api              the client library or tool it is sent with
 * @param baseOnly         true when {@code url} is a client's base URL, not a full request URL
 * @param location         where the request is built
 * @param sentVia          the interceptor classes of the client the request is sent with, when that client is built in
 *                         sight (empty: a client with none); null when the client is not known
 * @param addedBy          for a header set with no URL of its own (an interceptor), the class it is written in, or null
 */
public record HttpCall(Value url, List<Header> headers, boolean headersComplete, Api api, boolean baseOnly, Location location,
                       List<String> sentVia, String addedBy) {

    /**
     * The client library or tool a request is sent with. Detectors ask whether headers set elsewhere (an interceptor,
     * a client's default headers) can reach the request, which depends on it.
     */
    public enum Api {
        /** {@code java.net.http.HttpClient}. */
        JAVA_NET_HTTP,
        /** {@code java.net.URL.openConnection()}. */
        URL_CONNECTION,
        /** OkHttp, including an interceptor rebuilding the chain's request. */
        OKHTTP,
        /** Apache HttpClient ({@code HttpPost}, {@code HttpGet}, ...). */
        APACHE,
        /** Spring's {@code RestTemplate}, {@code RestClient}, {@code WebClient} and {@code HttpHeaders}. */
        SPRING,
        /** Vert.x's {@code WebClient} ({@code postAbs(url).putHeader(...)}), as Quarkus and Vert.x applications use it. */
        VERTX,
        /** A {@code curl} command in a shell script, Dockerfile or CI step. */
        CURL,
        /** JavaScript's {@code fetch}. */
        FETCH,
        /** axios, its instances and its defaults. */
        AXIOS,
        /** A request written out in a JSON file (an HTTP-client collection). */
        JSON,
        /** Built in sight but sent through something the extractor does not recognise. */
        UNKNOWN
    }

    public HttpCall {
        headers = List.copyOf(headers);
        sentVia = sentVia == null ? null : List.copyOf(sentVia);
    }

    /** A request or header set whose sending client is not known. */
    public HttpCall(Value url, List<Header> headers, boolean headersComplete, Api api, boolean baseOnly, Location location) {
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
