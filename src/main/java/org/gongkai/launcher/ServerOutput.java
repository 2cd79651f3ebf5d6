package org.gongkai.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies Payara Micro's output to the launcher's and keeps what a failed deployment leaves in it:
 * the first SEVERE records (Payara Micro logs a failed deployment and still reports itself ready).
 */
final class ServerOutput implements Runnable {

    private static final int KEPT_RECORDS = 3;
    private static final int KEPT_CHARS = 600;

    private final InputStream in;
    private final PrintStream out;
    private final List<String> severe = new ArrayList<>();
    private StringBuilder current;
    private volatile boolean started;

    ServerOutput(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(line);
                inspect(line);
                if (!reader.ready()) {
                    // Flush when the server pauses, not per line: a burst of stack traces must never
                    // hold the server's logging threads (and so its requests) behind this copy.
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            // the server has gone; its exit code tells the rest
        }
    }

    private synchronized void inspect(String line) {
        if (line.contains("Payara Micro") && line.contains("ready in")) {
            started = true;
        }
        if (line.startsWith("[") && line.contains("[levelValue: ")) {
            finishRecord();
            if (line.contains("[levelValue: 1000]") && severe.size() < KEPT_RECORDS) {
                current = new StringBuilder(line.substring(line.lastIndexOf(']', line.indexOf("[levelValue: ") + 20) + 1));
            }
        } else if (current != null && !line.startsWith("\tat ") && !line.isBlank()) {
            current.append(' ').append(line.strip());
        }
    }

    private void finishRecord() {
        if (current != null) {
            String record = current.toString().replace("[[", "").replace("]]", "").strip();
            severe.add(record.length() > KEPT_CHARS ? record.substring(0, KEPT_CHARS) + " …" : record);
            current = null;
        }
    }

    /** Payara Micro said it is ready (whether or not the application deployed). */
    boolean serverStarted() {
        return started;
    }

    /** The first SEVERE records of the server's log, or a plain sentence when there were none. */
    synchronized String cause() {
        finishRecord();
        return severe.isEmpty() ? "no SEVERE record in the server's log" : String.join(" | ", severe);
    }
}
