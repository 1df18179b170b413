package com.acme.billing;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/** OkHttp clients with request logging, for the on-call runbook. */
public final class HttpLogging {

    private HttpLogging() {
    }

    /** Logs headers of every Admin API call, the x-api-key among them. */
    public static OkHttpClient verbose(String adminKey) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("x-api-key", adminKey)
                        .header("anthropic-version", "2023-06-01")
                        .build()))
                .addNetworkInterceptor(logging)
                .build();
    }

    /** The same with the key header redacted. */
    public static OkHttpClient redacted(String adminKey) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("x-api-key");
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("x-api-key", adminKey)
                        .header("anthropic-version", "2023-06-01")
                        .build()))
                .addNetworkInterceptor(logging)
                .build();
    }
}
