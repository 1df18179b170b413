package com.acme.assist.config;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The OkHttp client every Anthropic call in this service goes through: it adds the auth and version headers. */
@Configuration
public class HttpClientConfig {

    @Bean
    OkHttpClient anthropicHttpClient(AnthropicProperties props) {
        Interceptor auth = chain -> {
            Request withHeaders = chain.request().newBuilder()
                    .header("x-api-key", props.apiKey())
                    .header("anthropic-version", props.version())
                    .build();
            return chain.proceed(withHeaders);
        };
        return new OkHttpClient.Builder()
                .addInterceptor(auth)
                .callTimeout(Duration.ofSeconds(120))
                .build();
    }
}
