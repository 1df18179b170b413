package dev.claudit.extract.java;

import dev.claudit.facts.ClientConfig;

import java.util.List;

/**
 * An SDK whose Anthropic client is built in code ({@code AnthropicOkHttpClient.builder()},
 * {@code AnthropicChatModel.builder()}, {@code new AnthropicApi(key)}): which client types are its. {@link RequestFinder}
 * reads the options of every builder or constructor of an {@code Anthropic…} or {@code Claude…} type and asks the
 * recognizers in {@link #ALL} whose it is; adding an SDK is one more implementation listed there.
 */
interface SdkClientRecognizer {

    /** Every SDK known; the first that claims a type names it. */
    List<SdkClientRecognizer> ALL = List.of(new AnthropicJavaRecognizer(), new LangChain4jRecognizer(), new SpringAiRecognizer());

    /** The SDK, as facts name it. */
    ClientConfig.Sdk sdk();

    /** The type (its simple name) is this SDK's client, or its client's builder. */
    boolean builds(String type);

    /** The SDK of an Anthropic client type: Anthropic's own Java SDK unless another claims it. */
    static ClientConfig.Sdk of(String type) {
        return ALL.stream().filter(r -> r.builds(type)).findFirst().map(SdkClientRecognizer::sdk).orElse(AnthropicJavaRecognizer.SDK);
    }
}
