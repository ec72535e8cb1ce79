package id.bpjs.jmo.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One browser's side of Vaadin Flow 25's client–server protocol, spoken over plain HTTP for the protocol-level load
 * test ({@link UidlLoadTest}). It sends what the Vaadin client engine sends (captured from Chromium against this app,
 * see docs/PERFORMANCE.md "Load test at protocol level") and keeps what the engine keeps for the open page:
 * <ul>
 * <li>the session cookie (its own {@link CookieManager}: one simulated person, one cookie jar);</li>
 * <li>the UI id, the security key ({@code Vaadin-Security-Key}, sent back as {@code csrfToken}), the server's last
 * {@code syncId} and the client's message counter {@code clientId};</li>
 * <li>the state tree: every node with its features (properties, attributes, text, listeners as maps; children as
 * lists) applied from each response's {@code changes}, so a component is found by its element id and its items by
 * tag, as the page's own scripts would find them.</li>
 * </ul>
 * Opening a page is what the browser does: {@code GET /<route>} (the bootstrap page),
 * {@code GET ?v-r=init&location=<route>&query=…} (UI id, security key), then the {@code ui-navigate} event whose
 * response holds the view, then the request with the {@code *-changed} events the web components fire once attached.
 * Leaving a page sends the unload beacon ({@code "UNLOAD": true}) so the server closes that UI.
 * <p>
 * Not sent: static files (JS bundle, CSS, fonts: a browser has them cached after its first visit, and Tomcat serves
 * them without touching the application), the push WebSocket of {@code @Push} (nothing in these steps waits for a
 * server-initiated update), heartbeats (every 5 minutes, longer than a run), the property values web components set
 * on themselves in the first sync request, and a data grid's follow-up requests for rows nobody reads here.
 * <p>
 * Every check that fails throws {@link Failure}: HTTP status ≥ 400 where none is expected, a response that is not
 * JSON, {@code meta.appError}, {@code meta.sessionExpired}, a {@code redirect}, or a missing element. Not thread-safe:
 * one virtual thread drives one client.
 */
final class UidlClient implements AutoCloseable {

    /** A check of the protocol or of the page failed; the message names what (counted as one error). */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** Feature numbers of Flow 25's {@code NodeFeatureRegistry}, as they appear in {@code changes}. */
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The browser details a 1280 × 800 desktop Chromium sends with the init request (as captured). */
    private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
            + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    /** One node of the state tree. */
    static final class StateNode {
        final int id;
        int parent = -1;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        StateNode(int id) {
            this.id = id;
        }

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Nullable String string(int feature, String key) {
            var value = maps.getOrDefault(feature, Map.of()).get(key);
            return value == null || value.isNull() ? null : value.asText();
        }

        @Nullable String tag() {
            return string(ELEMENT_DATA, "tag");
        }
    }

    /** Characters of response bodies read (≈ bytes: the JSON and HTML are nearly all ASCII). */
    private long bytes;

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final Map<Integer, StateNode> nodes = new HashMap<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    private final List<JsonNode> lastExecute = new ArrayList<>();
    /** The {@code text} properties set by the last response (a notification's message is one). */
    private final List<String> lastTextProperties = new ArrayList<>();
    private int uiId = -1;
    private String securityKey = "";
    private int syncId = -1;
    private int clientId;
    private String location = "";
    /** The response of the last {@code ui-navigate}, whose listeners the first sync request answers. */
    private @Nullable JsonNode drawn;
    /** Spring Security's CSRF token of the last bootstrap page ({@code <meta name="_csrf">}). */
    private @Nullable String lastCsrf;

    UidlClient(URI base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).executor(executor).build();
    }

    /** Characters of response bodies read since the last call (for the size column of the report). */
    long takeBytes() {
        long b = bytes;
        bytes = 0;
        return b;
    }

    /** The route of the open page ({@code ""} for the dashboard). */
    String location() {
        return location;
    }

    // --- plain HTTP -------------------------------------------------------------------------------------------

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .header("Accept-Language", "id-ID,id;q=0.9")
                .header("User-Agent", "jmo-uidl-load-test (Vaadin Flow protocol over HTTP)");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            bytes += response.body().length();
            return response;
        } catch (java.net.http.HttpTimeoutException e) {
            throw new Failure("timeout after " + timeout.toSeconds() + " s: " + request.method() + " "
                    + shortPath(request.uri()));
        } catch (IOException e) {
            throw new Failure("I/O " + e.getClass().getSimpleName() + ": " + request.method() + " "
                    + shortPath(request.uri()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new Failure("HTTP " + response.statusCode() + " (expected " + status + "): "
                    + response.request().method() + " " + shortPath(response.request().uri()));
        }
        return response;
    }

    private static String shortPath(URI uri) {
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var cut = path.indexOf("&v-sh=");
        return cut < 0 ? path : path.substring(0, cut);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- Spring Security form login ---------------------------------------------------------------------------

    /**
     * The login page as the browser gets it (bootstrap page, init, the login view), then the login form's post:
     * {@code vaadin-login-form} posts {@code username}, {@code password} and Spring's CSRF token (the
     * {@code <meta name="_csrf">} of the bootstrap page) to {@code /login}; success is a redirect to {@code /}.
     */
    void openLoginPage() {
        open("login", "");
    }

    /** Posts the login form; returns the path the server redirects to ({@code /} on success). */
    String logIn(String user, String password) {
        var csrf = lastCsrf;
        if (csrf == null) {
            throw new Failure("login page without <meta name=\"_csrf\">");
        }
        var response = postForm("login", Map.of("_csrf", csrf, "username", user, "password", password));
        expect(response, 302);
        var target = response.headers().firstValue("Location").orElse("");
        if (target.contains("error")) {
            throw new Failure("login refused for " + user + " (" + target + ")");
        }
        leave(); // the browser leaves the login page: its unload beacon
        return URI.create(base.toString()).resolve(target).getPath();
    }

    // --- pages ------------------------------------------------------------------------------------------------

    /**
     * Opens {@code route} with {@code query} as a browser does on a full page load (after leaving the open page):
     * bootstrap page, init request, {@code ui-navigate} (whose response holds the view). The first sync message the
     * drawn page sends is {@link #firstSync}, separate so that it can be timed apart.
     */
    void open(String route, String query) {
        leave();
        var page = expect(get("/" + route + (query.isEmpty() ? "" : "?" + query)), 200);
        if (!page.body().contains("window.Vaadin")) {
            throw new Failure("not a Vaadin bootstrap page: /" + route);
        }
        var csrf = META_CSRF.matcher(page.body());
        lastCsrf = csrf.find() ? csrf.group(1) : null;
        var init = expect(get("?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + "&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS), 200);
        var json = parse(init.body(), "init /" + route);
        var config = json.path("appConfig");
        if (!config.has("v-uiId") || !config.has("uidl")) {
            throw new Failure("init response without v-uiId/uidl: /" + route);
        }
        nodes.clear();
        promises.clear();
        uiId = config.get("v-uiId").asInt();
        var uidl = config.get("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText("");
        syncId = -1;
        clientId = 0;
        apply(uidl, "init /" + route);
        location = route;
        var data = JSON.createObjectNode().put("route", "/" + route).put("query", query)
                .put("appShellTitle", "JMO Monitor").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        drawn = rpc(List.of(event(1, "ui-navigate", data)));
    }

    /**
     * The request a page sends right after it is drawn (call after {@link #open}): one {@code *-changed} event
     * (empty data) for every property-change listener the page's response registered, as the web components fire
     * them once attached.
     */
    void firstSync() {
        if (drawn == null) {
            return;
        }
        var events = new ArrayList<ObjectNode>();
        var response = drawn;
        drawn = null;
        for (var change : response.path("changes")) {
            if (change.path("type").asText().equals("put") && change.path("feat").asInt() == LISTENERS
                    && change.path("key").asText().endsWith("-changed")) {
                events.add(event(change.get("node").asInt(), change.get("key").asText(), JSON.createObjectNode()));
            }
        }
        if (!events.isEmpty()) {
            rpc(events);
        }
    }

    /** The unload beacon of the open page, if one is open: the server closes that UI at once. */
    void leave() {
        if (uiId < 0) {
            return;
        }
        var message = message(List.of()).put("UNLOAD", true);
        try {
            send(request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "text/plain;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        } catch (Failure ignored) {
            // a beacon is fire-and-forget in the browser as well
        }
        uiId = -1;
        nodes.clear();
    }

    // --- UIDL -------------------------------------------------------------------------------------------------

    /** Sends {@code invocations} as one UIDL message, checks and applies the response, returns it. */
    JsonNode rpc(List<? extends JsonNode> invocations) {
        if (uiId < 0) {
            throw new Failure("no open page");
        }
        for (var invocation : invocations) { // the client engine sets a synchronised property before sending it
            if (invocation.path("type").asText().equals("mSync")) {
                node(invocation.get("node").asInt()).map(invocation.get("feature").asInt())
                        .put(invocation.get("property").asText(), invocation.get("value"));
            }
        }
        var message = message(invocations);
        var response = expect(send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build()), 200);
        var body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        var json = parse(body, "uidl /" + location);
        if (json.isArray()) {
            json = json.get(0);
        }
        apply(json, "uidl /" + location);
        return json;
    }

    private ObjectNode message(List<? extends JsonNode> invocations) {
        var message = JSON.createObjectNode().put("csrfToken", securityKey);
        var rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        return message.put("syncId", syncId).put("clientId", clientId);
    }

    static ObjectNode event(int node, String type, ObjectNode data) {
        var event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", data);
        return event;
    }

    static ObjectNode sync(int node, String property, String value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", property).put("value", value);
    }

    static ObjectNode sync(int node, String property, boolean value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", property).put("value", value);
    }

    /** A call of a {@code @ClientCallable} method ({@code this.$server.name(args)}), with its promise number. */
    ObjectNode call(int node, String method, Object... args) {
        var call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode array = call.putArray("templateEventMethodArgs");
        for (var arg : args) {
            array.add(JSON.valueToTree(arg));
        }
        int promise = promises.merge(node, 1, Integer::sum) - 1;
        return call.put("promise", promise);
    }

    /** A click as a button's listener receives it (the event data of Flow's {@code ClickEvent}). */
    static ObjectNode click(int node) {
        var data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 300)
                .put("event.clientY", 700).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 800).put("event.screenX", 320);
        return event(node, "click", data);
    }

    private static JsonNode parse(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new Failure("not JSON: " + what + ": " + body.substring(0, Math.min(80, body.length())));
        }
    }

    /** Checks a UIDL message for the failures the client engine would show, then applies its changes. */
    private void apply(JsonNode uidl, String what) {
        var meta = uidl.path("meta");
        if (meta.has("appError")) {
            var error = meta.get("appError");
            throw new Failure("appError on " + what + ": " + error.path("caption").asText("") + " "
                    + error.path("message").asText(""));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new Failure("session expired on " + what);
        }
        if (uidl.has("redirect")) {
            throw new Failure("redirect on " + what + " to " + uidl.get("redirect").path("url").asText());
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        lastExecute.clear();
        uidl.path("execute").forEach(lastExecute::add);
        lastTextProperties.clear();
        for (var change : uidl.path("changes")) {
            applyChange(change);
            if (change.path("feat").asInt() == PROPERTIES && change.path("key").asText().equals("text")) {
                lastTextProperties.add(change.path("value").asText());
            }
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        var type = change.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        var node = nodes.computeIfAbsent(id, StateNode::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                if (change.has("nodeValue")) {
                    int child = change.get("nodeValue").asInt();
                    nodes.computeIfAbsent(child, StateNode::new).parent = id;
                    node.map(feature).put(change.get("key").asText(), change.get("nodeValue"));
                } else {
                    node.map(feature).put(change.get("key").asText(), change.path("value"));
                }
            }
            case "remove" -> node.map(feature).remove(change.get("key").asText());
            case "clear" -> {
                node.list(feature).clear();
                node.map(feature).clear();
            }
            case "splice" -> {
                var list = node.list(feature);
                int index = Math.min(change.path("index").asInt(), list.size());
                int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
                for (int i = 0; i < remove; i++) {
                    list.remove(index);
                }
                var added = new ArrayList<JsonNode>();
                change.path("add").forEach(added::add);
                for (var child : change.path("addNodes")) {
                    added.add(child);
                    nodes.computeIfAbsent(child.asInt(), StateNode::new).parent = id;
                }
                list.addAll(index, added);
            }
            default -> {
                // "attach" created the node above; "empty" announces a feature without content
            }
        }
    }

    // --- finding things in the state tree ----------------------------------------------------------------------

    /** The node of the element with {@code id="elementId"}. */
    int byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.string(ATTRIBUTES, "id"))).mapToInt(n -> n.id)
                .findFirst().orElseThrow(() -> new Failure("no element #" + elementId + " on /" + location));
    }

    StateNode node(int id) {
        var node = nodes.get(id);
        if (node == null) {
            throw new Failure("no node " + id + " on /" + location);
        }
        return node;
    }

    /** The nodes of elements with tag {@code tag}. */
    List<StateNode> nodesWithTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag())).toList();
    }

    /** The nodes below {@code ancestor} whose tag is {@code tag}, in the order of their node ids. */
    List<StateNode> descendants(int ancestor, String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag()) && below(n, ancestor))
                .sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    private boolean below(StateNode node, int ancestor) {
        int steps = 0;
        for (var n = node; n != null && steps < 100; n = nodes.get(n.parent), steps++) {
            if (n.parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The text of the element (its text nodes, depth first). */
    String text(int id) {
        var node = nodes.get(id);
        if (node == null) {
            return "";
        }
        var own = node.string(TEXT, "text");
        if (own != null) {
            return own;
        }
        var text = new StringBuilder();
        for (var child : node.lists.getOrDefault(CHILDREN, List.of())) {
            text.append(text(child.asInt()));
        }
        return text.toString();
    }

    /** The {@code text} properties the last response set (e.g. a notification's message), for error messages. */
    List<String> textProperties() {
        return lastTextProperties;
    }

    /** The {@code execute} entries of the last response (JavaScript the server asked the page to run). */
    List<JsonNode> executed() {
        return lastExecute;
    }

    /**
     * The items a combo box's connector received in the last response ({@code $connector.set(index, items, …)}):
     * each with {@code key} and {@code label}.
     */
    List<JsonNode> comboItems(int comboNode) {
        for (var call : lastExecute) {
            if (call.size() < 4 || !call.get(call.size() - 1).asText().contains("$connector.set(")) {
                continue;
            }
            if (call.get(0).path("@v-node").asInt(-1) != comboNode) {
                continue;
            }
            for (var arg : call) {
                if (arg.isArray() && !arg.isEmpty() && arg.get(0).has("key")) {
                    var items = new ArrayList<JsonNode>();
                    arg.forEach(items::add);
                    return items;
                }
            }
        }
        return List.of();
    }

    /** The update id a data connector must confirm ({@code $connector.confirm(id, …)} in the last response). */
    Optional<Integer> confirmId(int node) {
        for (var call : lastExecute) {
            if (call.size() >= 3 && call.get(call.size() - 1).asText().contains("$connector.confirm(")
                    && call.get(0).path("@v-node").asInt(-1) == node) {
                return Optional.of(call.get(1).asInt());
            }
        }
        return Optional.empty();
    }

    /** How many {@code changes} of {@code response} put the property or attribute {@code key}. */
    static long puts(JsonNode response, String key) {
        long count = 0;
        for (var change : response.path("changes")) {
            if (change.path("type").asText().equals("put") && change.path("key").asText().equals(key)) {
                count++;
            }
        }
        return count;
    }

    /** The URL of a server-side navigation in the last response ({@code vaadin-navigate}), if any. */
    Optional<String> navigatedTo() {
        for (var call : lastExecute) {
            if (call.size() >= 2 && call.get(call.size() - 1).asText().contains("vaadin-navigate")) {
                return Optional.of(call.get(1).asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        http.close();
    }
}
