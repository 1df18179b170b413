import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** java Quickstart.java "Hello" */
public class Quickstart {
    public static void main(String[] args) throws Exception {
        String key = System.getenv("ANTHROPIC_API_KEY");
        String body = """
                {"model": "claude-sonnet-4-6", "max_tokens": 256,
                 "messages": [{"role": "user", "content": "%s"}]}
                """.formatted(args.length > 0 ? args[0] : "Hello");
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/messages"))
                .header("x-api-key", key)
                .header("anthropic-version", "2023-06-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        System.out.println(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
