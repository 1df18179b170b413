import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;

/** Signed in with a Claude account: the SDK sends the access token as Bearer. */
public class OAuthExample {
    public static void main(String[] args) {
        AnthropicClient client = AnthropicOkHttpClient.builder()
                .authToken(System.getenv("ANTHROPIC_AUTH_TOKEN"))
                .build();
        System.out.println(client.models().list());
    }
}
