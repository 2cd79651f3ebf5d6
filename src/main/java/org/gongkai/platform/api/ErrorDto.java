package org.gongkai.platform.api;

import java.util.Map;

/** The API's error shape: a stable code, a sentence for people, and the problem per field. */
public record ErrorDto(String error, String message, Map<String, String> fields) {
}
