package org.gongkai.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the portal's API, as a script of another agency would call it. */
public final class Api {

    public static final String DEMO_PASSWORD = "gongkai-demo";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;
    private String username;
    private String password;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Api(URI base) {
        this.base = base;
    }

    /** The same API, signed in with HTTP Basic. */
    public Api as(String user, String secret) {
        Api signedIn = new Api(base);
        signedIn.username = user;
        signedIn.password = secret;
        signedIn.headers.putAll(headers);
        return signedIn;
    }

    public Api as(String demoUser) {
        return as(demoUser, DEMO_PASSWORD);
    }

    public Api header(String name, String value) {
        Api copy = as(username, password);
        copy.headers.put(name, value);
        return copy;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends a file as the request body. */
    public Reply upload(String path, byte[] content) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON when it is JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(response.body())).read();
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonValue value(String pointer) {
            return Json.createPointer(pointer).getValue(json());
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
