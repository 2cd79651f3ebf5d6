import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster tests (issue 15), against a cluster that cluster/run.sh started; run by cluster/test.sh:
 * <ol>
 * <li>an entry approved through node a is found by a search on node b within 5 s;</li>
 * <li>a calendar change made on node a moves the due dates node b computes;</li>
 * <li>the filing limit holds across nodes (filings from one address alternate between a and b);</li>
 * <li>a disabled account loses its session on every node;</li>
 * <li>a staff session survives the node that created it being stopped;</li>
 * <li>kill -9 of a node under a filing load through the load balancer: every filing answered 201
 *     is stored, and the balancer carries on with the other node.</li>
 * </ol>
 * Each check prints PASS or FAIL with its measurements; the exit status is the number of failures.
 *
 * <pre>java -cp &lt;postgresql driver&gt; cluster/ClusterTest.java &lt;work dir&gt; &lt;balancer port&gt; &lt;run.sh&gt;</pre>
 */
public class ClusterTest {

    static final String PASSWORD = "gongkai-demo";
    static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");
    static final String FILING = """
            {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"集群测试","idType":"ID_CARD",
             "idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},
             "description":"集群测试：请公开本机关2025年政府信息公开工作年度报告","docNo":null,
             "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""";

    static Path work;
    static int port;
    static String runScript;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> results = new ArrayList<>();
    static int failures;
    static final Random RANDOM = new Random();

    public static void main(String[] args) throws Exception {
        work = Path.of(args[0]);
        port = Integer.parseInt(args[1]);
        runScript = args[2];
        check("search: approved on a, found on b within 5 s", ClusterTest::searchAcrossNodes);
        check("calendar: changed on a, due dates move on b", ClusterTest::calendarAcrossNodes);
        check("filing limit: one limit across both nodes", ClusterTest::filingLimitAcrossNodes);
        check("disabled account: its sessions end on every node", ClusterTest::disabledAccountEverywhere);
        check("session: survives the node that created it being stopped", ClusterTest::sessionSurvivesItsNode);
        check("kill -9 under filing load: no answered filing lost, the balancer carries on", ClusterTest::killUnderLoad);
        check("search change log: pruned only below the slowest live node", ClusterTest::changeLogPruned);
        System.out.println();
        results.forEach(System.out::println);
        System.out.println(failures == 0 ? "ALL PASSED" : failures + " FAILED");
        System.exit(failures);
    }

    interface Check {
        String run() throws Exception;
    }

    static void check(String name, Check check) {
        long started = System.nanoTime();
        String line;
        try {
            String detail = check.run();
            line = "PASS " + name + " — " + detail;
        } catch (Throwable e) {
            failures++;
            line = "FAIL " + name + " — " + e;
            e.printStackTrace();
        }
        line += " (" + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)";
        System.out.println(line);
        results.add(line);
    }

    static String node(String name) {
        return "http://127.0.0.1:" + (port + switch (name) { case "a" -> 1; case "b" -> 2; default -> 3; });
    }

    static String balancer() {
        return "http://127.0.0.1:" + port;
    }

    // --- 1 ---------------------------------------------------------------------------------------

    static String searchAcrossNodes() throws Exception {
        String token = chineseToken(6);
        String title = "关于集群检索测试" + token + "的通知";
        String body = """
                {"title":"%s","docNo":"集测〔2026〕%d号","writtenOn":"2026-02-01","formedOn":"2026-02-02",
                 "subject":"综合政务","genre":"通知","validity":"有效","keywords":["集群"],
                 "summary":"%s","body":"<p>%s</p>","disclosureMode":"主动公开","sensitive":false}"""
                .formatted(title, RANDOM.nextInt(100000), title, title);
        Reply created = call("POST", node("a") + "/api/v1/staff/catalogue", "editor", body, Map.of());
        expect(201, created);
        long id = Json.number(created.body, "id");
        expect(200, call("POST", node("a") + "/api/v1/staff/catalogue/" + id + "/submit", "editor", "", Map.of()));
        long task = -1;
        Reply queue = call("GET", node("a") + "/api/v1/staff/reviews?status=PENDING", "reviewer", null, Map.of());
        for (Map<String, Object> item : Json.objects(queue.body)) {
            if (((Number) item.get("itemId")).longValue() == id && "CATALOGUE_ENTRY".equals(item.get("itemType"))) {
                task = ((Number) item.get("id")).longValue();
            }
        }
        if (task < 0) {
            throw new AssertionError("no review task for entry " + id + ": " + queue.body);
        }
        Reply decided = call("POST", node("a") + "/api/v1/staff/reviews/" + task + "/decision", "reviewer",
                "{\"decision\":\"APPROVE\",\"reason\":\"不涉密，同意公开。\"}", Map.of());
        expect(200, decided);
        long approvedAt = System.nanoTime();
        String query = node("b") + "/api/v1/catalogue?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        long foundAfter = waitFor(Duration.ofSeconds(10), () -> {
            Reply search = quietly(() -> call("GET", query, null, null, Map.of()));
            return search != null && search.status == 200 && Json.number(search.body, "total") >= 1;
        }, approvedAt);
        if (foundAfter > 5000) {
            throw new AssertionError("found on b only after " + foundAfter + " ms");
        }
        return "entry " + id + " found on node b " + foundAfter + " ms after the approval on node a";
    }

    // --- 2 ---------------------------------------------------------------------------------------

    static String calendarAcrossNodes() throws Exception {
        String ask = "/api/v1/calendar/due-date?from=2027-03-05&workingDays=1";
        String before = Json.string(call("GET", node("b") + ask, null, null, Map.of()).body, "due");
        if (!before.equals("2027-03-08")) {
            throw new AssertionError("before the change node b said " + before + ", not Monday 2027-03-08");
        }
        Reply put = call("PUT", node("a") + "/api/v1/staff/calendar/2027", "admin",
                "{\"holidays\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\"}],"
                        + "\"workdays\":[{\"date\":\"2027-03-06\",\"name\":\"集群测试调休\"}]}", Map.of());
        expect(200, put);
        long changedAt = System.nanoTime();
        long after = waitFor(Duration.ofSeconds(10), () -> {
            Reply due = quietly(() -> call("GET", node("b") + ask, null, null, Map.of()));
            return due != null && "2027-03-06".equals(Json.string(due.body, "due"));
        }, changedAt);
        if (after > 5000) {
            throw new AssertionError("node b moved the due date only after " + after + " ms");
        }
        return "node b answers 2027-03-06 (the make-up Saturday entered on node a) " + after + " ms after the change";
    }

    // --- 3 ---------------------------------------------------------------------------------------

    static String filingLimitAcrossNodes() throws Exception {
        String address = "10.15." + RANDOM.nextInt(250) + "." + (1 + RANDOM.nextInt(250));
        int accepted = 0;
        int refused = 0;
        Map<String, Integer> acceptedBy = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            String name = i % 2 == 0 ? "a" : "b";
            Reply filed = call("POST", node(name) + "/api/v1/requests", null, FILING,
                    Map.of("X-Forwarded-For", address));
            if (filed.status == 201) {
                accepted++;
                acceptedBy.merge(name, 1, Integer::sum);
            } else if (filed.status == 429) {
                refused++;
            } else {
                throw new AssertionError("filing " + i + " on node " + name + ": " + filed);
            }
        }
        if (accepted != 20 || refused != 10) {
            throw new AssertionError(accepted + " accepted (" + acceptedBy + "), " + refused
                    + " refused: the limit of 20 an hour per address is not one limit across the nodes");
        }
        return "30 filings from " + address + " alternating a/b: 20 accepted " + acceptedBy + ", 10 refused 429";
    }

    // --- 4 ---------------------------------------------------------------------------------------

    static String disabledAccountEverywhere() throws Exception {
        Browser browser = new Browser();
        browser.signIn(node("a"), "officer2");
        String page = browser.get(node("a") + "/staff/").body;
        if (!page.contains("刘经办")) {
            throw new AssertionError("officer2 not signed in on node a");
        }
        // the same session cookie on node b (the data grid holds the session)
        if (!browser.get(node("b") + "/staff/").body.contains("刘经办")) {
            throw new AssertionError("the session made on node a is not known on node b");
        }
        String user = """
                {"username":"officer2","displayName":"刘经办","organ":"000014350","roles":["OFFICER"],"enabled":%s}""";
        try {
            expect(200, call("PUT", node("b") + "/api/v1/staff/users/officer2", "secadmin", user.formatted("false"), Map.of()));
            Reply onA = browser.get(node("a") + "/staff/");
            Reply onB = browser.get(node("b") + "/staff/");
            if (onA.body.contains("刘经办") || onB.body.contains("刘经办")) {
                throw new AssertionError("a disabled account still has its session: a " + onA.status + ", b " + onB.status);
            }
            return "disabled through node b: the session is refused on a (" + onA.status + ") and b (" + onB.status + ")";
        } finally {
            call("PUT", node("b") + "/api/v1/staff/users/officer2", "secadmin", user.formatted("true"), Map.of());
        }
    }

    // --- 5 ---------------------------------------------------------------------------------------

    static String sessionSurvivesItsNode() throws Exception {
        Browser browser = new Browser();
        browser.signIn(balancer(), "officer");
        Reply home = browser.get(balancer() + "/staff/");
        if (home.status != 200 || !home.body.contains("李经办")) {
            throw new AssertionError("not signed in through the balancer: " + home.status);
        }
        String owner = browser.cookie("GKNODE");
        if (owner == null) {
            throw new AssertionError("the balancer set no GKNODE cookie");
        }
        run(runScript, "stop-node", owner);
        Reply after = browser.get(balancer() + "/staff/");
        String survivor = browser.cookie("GKNODE");
        if (after.status != 200 || !after.body.contains("李经办")) {
            throw new AssertionError("after node " + owner + " stopped: " + after.status + " "
                    + (after.body.contains("login") ? "(sent to sign in again)" : ""));
        }
        if (owner.equals(survivor)) {
            throw new AssertionError("still served by the stopped node " + owner + "?");
        }
        run(runScript, "start-node", owner);
        return "signed in on node " + owner + "; after it stopped, node " + survivor + " serves the same session";
    }

    // --- 6 ---------------------------------------------------------------------------------------

    static String killUnderLoad() throws Exception {
        int workers = 8;
        long seconds = 24;
        long killAt = 8;
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        Map<Long, Map<String, AtomicLong>> perSecond = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger addresses = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    // each filing from an address of its own (127.x.y.z all reach the loopback
                    // interface): the balancer passes it on, so the per-address limit never applies
                    int n = addresses.incrementAndGet();
                    String source = "127." + (20 + n / 62500) + "." + (n / 250 % 250) + "." + (1 + n % 250);
                    String outcome;
                    try {
                        String response = rawPost(source, "/api/v1/requests", FILING);
                        outcome = response.substring(9, 12);
                        if (outcome.equals("201")) {
                            Matcher code = CODE.matcher(response);
                            if (!code.find()) {
                                throw new IllegalStateException("201 without a tracking code");
                            }
                            acknowledged.add(code.group(1));
                        }
                    } catch (IOException e) {
                        outcome = "no-answer";
                    }
                    answers.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                    long second = (System.nanoTime() - start) / 1_000_000_000L;
                    perSecond.computeIfAbsent(second, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(Duration.ofSeconds(killAt).toMillis());
        run(runScript, "kill-node", "a");
        for (Thread thread : threads) {
            thread.join();
        }
        long stored;
        List<String> codes = new ArrayList<>(acknowledged);
        try (Connection db = database();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from disclosure_request where tracking_code = any(?)")) {
            count.setArray(1, db.createArrayOf("varchar", codes.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                stored = row.getLong(1);
            }
        }
        long servedAfterKill = perSecond.entrySet().stream().filter(e -> e.getKey() >= killAt + 3)
                .mapToLong(e -> e.getValue().getOrDefault("201", new AtomicLong()).get()).sum();
        StringBuilder timeline = new StringBuilder();
        new TreeMap<>(perSecond).forEach((second, counts) -> timeline.append("\n    s").append(second).append(' ')
                .append(new TreeMap<>(counts)));
        System.out.println("  load timeline (second since start: answers by status; node a killed at s" + killAt + "):"
                + timeline);
        if (stored != acknowledged.size()) {
            throw new AssertionError(acknowledged.size() + " answered 201 but only " + stored + " stored");
        }
        if (servedAfterKill == 0) {
            throw new AssertionError("no filing accepted after node a was killed: the balancer did not carry on");
        }
        if (acknowledged.size() < 50) {
            throw new AssertionError("too few filings to prove anything: " + acknowledged.size());
        }
        return acknowledged.size() + " answered 201 = " + stored + " stored (0 lost); answers " + new TreeMap<>(answers)
                + "; " + servedAfterKill + " accepted by node b from 3 s after the kill on";
    }

    // --- 7 ---------------------------------------------------------------------------------------

    static String changeLogPruned() throws Exception {
        try (Connection db = database();
             ResultSet row = db.createStatement().executeQuery("select "
                     + "(select below::text::bigint from search_log_pruned), "
                     + "(select tx::text::bigint from search_node where seen_at > now() - interval '10 minutes' "
                     + "order by tx limit 1), "
                     + "(select count(*) from search_node where seen_at > now() - interval '10 minutes'), "
                     + "(select count(*) from search_pending), "
                     + "(select coalesce(min(tx::text::bigint), 0) from search_pending)")) {
            row.next();
            long below = row.getLong(1);
            long slowest = row.getLong(2);
            long nodes = row.getLong(3);
            long rows = row.getLong(4);
            long lowestRow = row.getLong(5);
            if (nodes < 2) {
                throw new AssertionError("only " + nodes + " nodes report their cursor");
            }
            if (below == 0) {
                throw new AssertionError("nothing was ever pruned");
            }
            if (below > slowest || (rows > 0 && lowestRow < below)) {
                throw new AssertionError("pruned below " + below + " but the slowest live node is at " + slowest
                        + " (lowest row left " + lowestRow + ")");
            }
            return nodes + " nodes report cursors; pruned below transaction " + below + " ≤ slowest live cursor "
                    + slowest + "; " + rows + " rows left in the log";
        }
    }

    /** One POST through the balancer from {@code source}, on a connection of its own; the raw answer. */
    static String rawPost(String source, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.")) {
                throw new IOException("no answer");
            }
            return text;
        }
    }

    static Connection database() throws Exception {
        String url = Files.readString(work.resolve("db.url")).strip();
        String user = "postgres";
        String password = "embedded";
        Path properties = work.resolve("a.properties");
        for (String line : Files.readAllLines(properties)) {
            if (line.startsWith("gongkai.db.user=")) {
                user = line.substring(16);
            } else if (line.startsWith("gongkai.db.password=")) {
                password = line.substring(20);
            }
        }
        return DriverManager.getConnection(url, user, password);
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Reply(int status, String body, HttpResponse<String> response) {
        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static Reply call(String method, String url, String user, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response);
    }

    static void expect(int status, Reply reply) {
        if (reply.status != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
    }

    interface Call<T> {
        T get() throws Exception;
    }

    static <T> T quietly(Call<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            return null;
        }
    }

    /** Milliseconds from {@code since} until the condition held; fails after {@code limit}. */
    static long waitFor(Duration limit, Supplier<Boolean> condition, long since) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(condition.get())) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + limit.toSeconds() + " s");
    }

    static String chineseToken(int length) {
        String characters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥鹤鸥鹭鹊雁燕莺鹂";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append(characters.charAt(RANDOM.nextInt(characters.length())));
        }
        return token.toString();
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** A browser's cookies and the sign-in form. */
    static final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Reply get(String url) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        }

        void signIn(String base, String user) throws IOException, InterruptedException {
            Reply form = get(base + "/login");
            if (form.status != 200) {
                throw new AssertionError("sign-in page: " + form.status);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.body);
            while (hidden.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
                if (name.find()) {
                    fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
                }
            }
            fields.put("login", "login");
            fields.put("username", user);
            fields.put("password", PASSWORD);
            fields.put("signIn", "登录");
            StringBuilder encoded = new StringBuilder();
            fields.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (posted.statusCode() != 302 && posted.statusCode() != 303) {
                throw new AssertionError("sign-in of " + user + " answered " + posted.statusCode());
            }
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    /** Just enough JSON for the answers above. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            return value;
        }

        static long number(String text, String field) {
            Object value = ((Map<?, ?>) parse(text)).get(field);
            if (!(value instanceof Number number)) {
                throw new AssertionError("no number " + field + " in " + text);
            }
            return number.longValue();
        }

        static String string(String text, String field) {
            return String.valueOf(((Map<?, ?>) parse(text)).get(field));
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> objects(String text) {
            return (List<Map<String, Object>>) parse(text);
        }

        private Object value() {
            skip();
            char c = text.charAt(at);
            switch (c) {
                case '{': {
                    at++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    skip();
                    if (text.charAt(at) == '}') {
                        at++;
                        return map;
                    }
                    while (true) {
                        skip();
                        String key = (String) value();
                        skip();
                        at++; // :
                        map.put(key, value());
                        skip();
                        if (text.charAt(at++) == '}') {
                            return map;
                        }
                    }
                }
                case '[': {
                    at++;
                    List<Object> list = new ArrayList<>();
                    skip();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skip();
                        if (text.charAt(at++) == ']') {
                            return list;
                        }
                    }
                }
                case '"': {
                    StringBuilder out = new StringBuilder();
                    at++;
                    while (text.charAt(at) != '"') {
                        char ch = text.charAt(at++);
                        if (ch == '\\') {
                            char escaped = text.charAt(at++);
                            switch (escaped) {
                                case 'n' -> out.append('\n');
                                case 't' -> out.append('\t');
                                case 'r' -> out.append('\r');
                                case 'b' -> out.append('\b');
                                case 'f' -> out.append('\f');
                                case 'u' -> {
                                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                                    at += 4;
                                }
                                default -> out.append(escaped);
                            }
                        } else {
                            out.append(ch);
                        }
                    }
                    at++;
                    return out.toString();
                }
                default: {
                    int begin = at;
                    while (at < text.length() && ",]} \n\r\t".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String word = text.substring(begin, at);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> word.contains(".") || word.contains("e") || word.contains("E")
                                ? (Object) Double.valueOf(word) : (Object) Long.valueOf(word);
                    };
                }
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
