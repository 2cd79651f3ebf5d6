import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drills' filing load: WORKERS clients file requests (POST /api/v1/requests) one after the
 * other until SECONDS have passed or the file STOP exists. Every 201 answer's tracking code is
 * written to ACKNOWLEDGED at once (the drill then checks that each one is stored); answers are
 * counted by status, and per second in TIMELINE, so that a period of 503s is visible.
 *
 * <pre>java drills/FilingLoad.java http://127.0.0.1:8393 60 16 ack.txt timeline.txt stop-file</pre>
 */
public class FilingLoad {

    private static final String BODY = """
            {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"演练","idType":"ID_CARD",
             "idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},
             "description":"故障演练：请公开本机关2025年政府信息公开工作年度报告","docNo":null,
             "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""";
    private static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0] + "/api/v1/requests");
        long seconds = Long.parseLong(args[1]);
        int workers = Integer.parseInt(args[2]);
        Path acknowledged = Path.of(args[3]);
        Path timeline = Path.of(args[4]);
        Path stop = Path.of(args[5]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8)).build();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        Map<Long, Map<String, AtomicLong>> perSecond = new ConcurrentHashMap<>();
        AtomicLong slowest503 = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (PrintWriter ack = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardCharsets.UTF_8))) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Thread worker = new Thread(() -> {
                    while (System.nanoTime() < end && !Files.exists(stop)) {
                        long sent = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<String> response = client.send(request,
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            outcome = Integer.toString(response.statusCode());
                            if (response.statusCode() == 201) {
                                Matcher code = CODE.matcher(response.body());
                                if (!code.find()) {
                                    throw new IllegalStateException("201 without a tracking code: " + response.body());
                                }
                                synchronized (ack) {
                                    ack.println(code.group(1));
                                    ack.flush();
                                }
                            } else if (response.statusCode() == 503) {
                                slowest503.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                            }
                        } catch (IOException e) {
                            outcome = "no-answer";
                            sleep(100); // the server is gone: do not spin
                        } catch (InterruptedException e) {
                            return;
                        }
                        statuses.computeIfAbsent(outcome, s -> new AtomicLong()).incrementAndGet();
                        long second = (System.currentTimeMillis() / 1000);
                        perSecond.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
                                .computeIfAbsent(outcome, s -> new AtomicLong()).incrementAndGet();
                    }
                });
                worker.start();
                threads.add(worker);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(timeline, StandardCharsets.UTF_8))) {
            new TreeMap<>(perSecond).forEach((second, counts) -> out.println(second + " " + new TreeMap<>(counts)));
        }
        System.out.println("answers=" + new TreeMap<>(statuses));
        System.out.println("acknowledged=" + statuses.getOrDefault("201", new AtomicLong()).get());
        System.out.println("slowest503ms=" + slowest503.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
