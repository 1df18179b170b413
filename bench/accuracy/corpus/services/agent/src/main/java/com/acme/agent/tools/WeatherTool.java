package com.acme.agent.tools;

import dev.langchain4j.agent.tool.Tool;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tool the agent may call; the weather service has its own key. */
public class WeatherTool {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String weatherApiKey = System.getenv("OPENWEATHER_API_KEY");

    @Tool("Current weather for a city")
    public String weather(String city) throws Exception {
        System.out.println("weather lookup for " + city + " with key " + weatherApiKey);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.openweathermap.org/data/2.5/weather?q=" + city + "&appid=" + weatherApiKey))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
