import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load client for the intake benchmark: CONNECTIONS workers POST new requests to the
 * portal, one after the other each, for SECONDS seconds; when the time is up each worker waits for
 * its last answer, so that every request sent was answered (and the 201s can be compared with the
 * rows stored). Prints the answers by status, the rate and latency percentiles.
 *
 * <pre>java IntakeLoad.java http://127.0.0.1:8181/api/v1/requests 60 32</pre>
 */
public class IntakeLoad {

    static final String BODY = """
            {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"ID_CARD",
             "idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},
             "description":"请公开2025年本机关行政事业性收费项目清单","docNo":null,
             "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""";

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8)).build();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread worker = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    if (n < mine.length - 1) {
                        mine[++n] = System.nanoTime() - sent;
                    }
                }
                mine[0] = n;
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        long created = statuses.getOrDefault(201, new AtomicLong()).get();
        System.out.printf("answers by status: %s, failures without an answer: %d%n", statuses, failures.get());
        System.out.printf("elapsed %.1f s; %d answers 201 = %.1f per second%n", elapsed, created, created / elapsed);
        if (all.length > 0) {
            System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
        }
        System.out.println("created=" + created);
        System.out.println("other=" + (statuses.values().stream().mapToLong(AtomicLong::get).sum() - created + failures.get()));
    }
}
