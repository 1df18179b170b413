import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The version from the 2024 blog post, kept because the post links here. */
public class QuickstartOld {
    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("ANTHROPIC_API_KEY");
        System.out.println("Using key " + apiKey);
        String body = "{\"model\": \"claude-3-sonnet-20240229\", \"max_tokens\": 256, \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.anthropic.com/v1/v1/messages"))
                .header("x-api-key", apiKey)
                .header("anthropic-version", "2023-01-01")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        System.out.println(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
