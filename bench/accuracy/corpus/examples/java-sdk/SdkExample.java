import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Model;

public class SdkExample {
    public static void main(String[] args) {
        AnthropicClient client = AnthropicOkHttpClient.fromEnv();
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-opus-4-0")
                .maxTokens(1024)
                .addUserMessage("Write a haiku about Java records")
                .build();
        Message message = client.messages().create(params);
        System.out.println(message.content());

        MessageCreateParams current = MessageCreateParams.builder()
                .model(Model.CLAUDE_SONNET_4_5)
                .maxTokens(256)
                .addUserMessage("And one about sealed interfaces")
                .build();
        System.out.println(client.messages().create(current).content());
    }
}
