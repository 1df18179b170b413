import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;

public class BedrockExample {
    public static void main(String[] args) {
        String body = """
                {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200,
                 "messages": [{"role": "user", "content": "Hello"}]}
                """;
        try (BedrockRuntimeClient client = BedrockRuntimeClient.create()) {
            var response = client.invokeModel(InvokeModelRequest.builder()
                    .modelId("anthropic.claude-3-haiku-20240307-v1:0")
                    .body(SdkBytes.fromUtf8String(body))
                    .build());
            System.out.println(response.body().asUtf8String());
        }
    }
}
