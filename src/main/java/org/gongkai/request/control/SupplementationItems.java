package org.gongkai.request.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;

/**
 * The items of the one correction notice (补正告知, Art. 30 of the OGI Regulations) as the request
 * stores them: a JSON array of strings. One JSON-B instance serves all (it is thread-safe and
 * costly to make).
 */
public final class SupplementationItems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private SupplementationItems() {
    }

    public static String toJson(List<String> items) {
        return JSONB.toJson(items);
    }

    /** The stored items; none when no notice was sent. */
    public static List<String> of(String json) {
        return json == null ? List.of() : List.of(JSONB.fromJson(json, String[].class));
    }
}
