package jp.akapen.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as Vaadin Flow 25's client would drive it, without a browser (issue 17's load test): plain HTTP with
 * its own cookies, the page's {@code GET ?v-r=init} for the UI id and the {@code Vaadin-Security-Key}, then
 * {@code POST ?v-r=uidl} messages carrying {@code csrfToken}, {@code syncId} (the last server message seen) and
 * {@code clientId} (this tab's message counter) with RPC invocations: {@code event} (a click, the router's
 * {@code ui-navigate}) and {@code mSync} (a property value, as a text field sends it). The server's state-tree changes
 * ({@code attach}, {@code detach}, {@code put}, {@code remove}, {@code splice}, {@code clear}) are applied to a small
 * model of the nodes, so that elements can be found by tag, id, class, attribute or text. What it leaves out: static
 * files (a browser has them cached), the push connection (server pushes arrive with the next response instead, see
 * {@link #pollUntil}), heartbeats and the JavaScript the server asks to run (only a change of location is followed).
 * Sign-in is Spring Security's form login with the CSRF token Vaadin puts in the page, then Akapen's second-factor page
 * where the account has one.
 */
public final class UidlClient {

    /** A request refused, an unexpected answer, or an error shown to the user (an incident id {@code AK-…}). */
    public static final class UidlException extends RuntimeException {
        UidlException(String message) {
            super(message);
        }
    }

    /** One state node as far as this client cares. */
    public static final class Node {
        final int id;
        Node parent;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<Node> children = new ArrayList<>();
        final List<Node> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        public String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        /** The text of every text node under this one, as a browser's {@code textContent}. */
        public String text() {
            var out = new StringBuilder();
            collectText(this, out);
            return out.toString();
        }

        private static void collectText(Node node, StringBuilder out) {
            if (node.text != null) {
                out.append(node.text);
            }
            for (Node child : node.children) {
                collectText(child, out);
            }
        }

        @Override
        public String toString() {
            return "<" + tag + "#" + id + (attributes.containsKey("id") ? " id=" + attribute("id") : "")
                    + (classes.isEmpty() ? "" : " class=" + String.join(" ", classes)) + ">";
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern INCIDENT = Pattern.compile("AK-[A-HJ-NP-Z2-9]{8}");
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private static final int UI_NODE = 1;
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The server's constant pool: listeners' settings are sent once and referred to by key. */
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;
    private int historyIndex;
    private String location;
    private String followLocation;
    /** Added to from the request's thread and from the push connection's. */
    private final AtomicLong bytesReceived = new AtomicLong();
    private String pushId;
    private java.net.http.WebSocket push;

    /** @param http shared by every virtual user; this client keeps its own cookies. */
    public UidlClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port + "/";
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The path of the page the tab shows now (without the leading slash), e.g. {@code ""} for home, {@code "mfa"}. */
    public String location() {
        return location;
    }

    /**
     * Signs in through the login page as a browser does: the page (which gives the session and Spring's CSRF token in
     * Vaadin's {@code _csrf} meta tags), its UI, the form POST to {@code /login}, and, when that leads to {@code /mfa},
     * the code {@code totp} supplies typed into the second-factor page. Ends on the page the portal lands on (home),
     * its UI initialised.
     */
    public void signIn(String username, String password, java.util.function.Supplier<String> totp) {
        String page = openPage("login");
        Map<String, String> meta = new HashMap<>();
        Matcher m = META.matcher(page);
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf")) {
            throw new UidlException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&"
                + enc(meta.getOrDefault("_csrf_parameter", "_csrf")) + "=" + enc(meta.get("_csrf"));
        leavePage();
        var response = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = redirectTarget(response);
        if (target == null || target.contains("login")) {
            throw new UidlException("sign-in of " + username + " refused: " + response.statusCode() + " → " + target);
        }
        openPage(target);
        if ("mfa".equals(location)) {
            if (totp == null) {
                throw new UidlException(username + " was asked for a second factor");
            }
            Node field = find(n -> "vaadin-text-field".equals(n.tag) && "one-time-code".equals(n.attribute("autocomplete")))
                    .orElseThrow(() -> new UidlException("no code field on /mfa"));
            setValue(field, totp.get());
            click(find(n -> "vaadin-button".equals(n.tag) && n.listeners.containsKey("click")
                    && "primary".equals(n.attribute("theme"))).orElseThrow(() -> new UidlException("no verify button")));
            if (followLocation != null) { // a portal that reloads the page after the code
                String next = followLocation;
                followLocation = null;
                openPage(next);
            } else if ("mfa".equals(location)) {
                throw new UidlException("second factor of " + username + " refused");
            }
        }
    }

    /**
     * Signs out with the top bar's button, as a person ends a visit: the portal ends the session and sends the page to
     * the address it names (the login page), which this client then loads as the browser does.
     */
    public void signOut() {
        click(find(n -> "logout".equals(n.attribute("data-action")))
                .orElseThrow(() -> new UidlException("no sign-out button on /" + location)));
        if (followLocation == null) {
            throw new UidlException("sign-out on /" + location + " led nowhere");
        }
        String next = followLocation;
        followLocation = null;
        uiId = -1; // the application stopped with its session: no pagehide message for it
        nodes.clear();
        openPage(next);
    }

    /**
     * A full page load of {@code path} (no leading slash): the HTML page (following redirects, keeping cookies), then
     * {@code GET ?v-r=init} for its UI, whose first UIDL message becomes this client's state. Returns the HTML.
     */
    public String openPage(String path) {
        leavePage();
        String target = path.startsWith("/") ? path.substring(1) : path;
        HttpResponse<String> response;
        for (int hops = 0; ; hops++) {
            response = send(HttpRequest.newBuilder(URI.create(base + target)).header("Accept", "text/html").GET());
            String next = redirectTarget(response);
            if (next == null) {
                break;
            }
            if (hops > 5) {
                throw new UidlException("too many redirects from /" + path);
            }
            target = next;
        }
        expectOk(response, "GET /" + target);
        var route = Route.of(target);
        String routePath = route.path();
        var init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + enc(routePath) + "&query="
                + enc(route.query()) + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1280&v-bh=960&v-bw=1280&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=-540&v-dstd=0&v-rtzo=-540&v-dston=false&v-tzid=Asia%2FTokyo"
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=")).GET());
        expectOk(init, "init of /" + routePath);
        JsonNode initial = JSON.readTree(init.body());
        JsonNode appConfig = initial.path("appConfig");
        nodes.clear();
        nodes.put(UI_NODE, new Node(UI_NODE));
        uiId = appConfig.path("v-uiId").asInt(-1);
        if (uiId < 0) {
            throw new UidlException("no UI id in init of /" + routePath + ": " + abbreviate(init.body()));
        }
        syncId = -1;
        clientId = 0;
        historyIndex = 0;
        location = routePath;
        followLocation = null;
        handle(appConfig.path("uidl"), init.body());
        // the client's router then asks for the view of the address, as Flow.ts does once the UI is up
        navigate(target, "", false);
        return response.body();
    }

    /** The router, as a click on a menu link does it: {@code ui-navigate} on the UI's node. */
    public void navigate(String route) {
        navigate(route, "client", true);
    }

    private void navigate(String route, String trigger, boolean pushed) {
        ObjectNode data = JSON.createObjectNode();
        var address = Route.of(route);
        data.put("route", address.path());
        data.put("query", address.query());
        data.put("appShellTitle", "");
        if (pushed) {
            data.putObject("historyState").put("idx", ++historyIndex);
        } else {
            data.putNull("historyState");
        }
        data.put("trigger", trigger);
        rpc(List.of(event(UI_NODE, "ui-navigate", data)));
        location = address.path();
    }

    /** A route as the router takes it: the path and the query after {@code ?} (empty if none). */
    private record Route(String path, String query) {
        static Route of(String route) {
            int q = route.indexOf('?');
            return q < 0 ? new Route(route, "") : new Route(route.substring(0, q), route.substring(q + 1));
        }
    }

    /**
     * A click on {@code node}, with the event data its click listener asks for (zeros and falses). A button of a list's
     * actions (a {@code vaadin-button} element with {@code data-action}, no listener of its own) is clicked as the
     * browser does: the event goes to the list, with the button's action and key in the data.
     */
    public void click(Node node) {
        if (!node.listeners.containsKey("click") && node.attribute("data-action") != null) {
            String handled = "[data-action=\"" + node.attribute("data-action") + "\"]";
            Node list = node.parent;
            while (list != null && !(list.listeners.containsKey("click")
                    && expressions(list.listeners.get("click")).stream().anyMatch(e -> e.contains(handled)))) {
                list = list.parent;
            }
            if (list == null) {
                throw new UidlException("no list listening to " + node);
            }
            ObjectNode data = JSON.createObjectNode();
            for (String expression : expressions(list.listeners.get("click"))) {
                if (expression.endsWith(".dataset.action")) {
                    data.put(expression, node.attribute("data-action"));
                } else if (expression.endsWith(".dataset.key")) {
                    data.put(expression, node.attribute("data-key"));
                } else if (expression.endsWith("!== null")) {
                    data.put(expression, true);
                }
            }
            rpc(List.of(event(list.id, "click", data)));
            return;
        }
        JsonNode wanted = node.listeners.get("click");
        if (wanted == null) {
            throw new UidlException("no click listener on " + node);
        }
        ObjectNode data = JSON.createObjectNode();
        for (String expression : expressions(wanted)) {
            if (expression.endsWith("Key") || expression.startsWith("}") || expression.startsWith("]")) {
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                }
            } else {
                data.put(expression, 0);
            }
        }
        if (data.has("event.detail")) {
            data.put("event.detail", 1);
        }
        rpc(List.of(event(node.id, "click", data)));
    }

    /** A property the user changed in the browser, e.g. a text field's {@code value}. */
    public void setValue(Node node, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", ELEMENT_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        node.properties.put("value", JSON.getNodeFactory().stringNode(value));
        rpc(List.of(sync));
    }

    /**
     * Sends empty messages every {@code every} until {@code done} holds, which is how this client sees what the
     * server pushes (work finished in the background): each response carries the changes made since the last.
     */
    public void pollUntil(Predicate<UidlClient> done, Duration every, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (!done.test(this)) {
            if (System.nanoTime() > until) {
                throw new UidlException("timed out after " + timeout.toSeconds() + " s on /" + location);
            }
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UidlException("interrupted");
            }
            rpc(List.of());
        }
    }

    public Optional<Node> find(Predicate<Node> wanted) {
        return all(wanted).stream().findFirst();
    }

    /** Matching nodes in document order (children, then the UI's virtual children such as dialogs). */
    public List<Node> all(Predicate<Node> wanted) {
        List<Node> out = new ArrayList<>();
        Node root = nodes.get(UI_NODE);
        if (root != null) {
            walk(root, wanted, out);
        }
        return out;
    }

    public Node byId(String id) {
        return find(n -> id.equals(n.attribute("id"))).orElseThrow(() -> new UidlException("no #" + id + " on /" + location));
    }

    /** The first element of {@code tag} whose text contains {@code text}. */
    public Node byText(String tag, String text) {
        return find(n -> tag.equals(n.tag) && n.text().contains(text))
                .orElseThrow(() -> new UidlException("no <" + tag + "> with \"" + text + "\" on /" + location));
    }

    /** Whether any text or property string in the page contains {@code text}. */
    public boolean shows(String text) {
        for (Node node : nodes.values()) {
            if (node.text != null && node.text.contains(text)) {
                return true;
            }
            for (JsonNode value : node.properties.values()) {
                if (value.isString() && value.asString().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page as an indented outline of tags, ids, classes and texts, for a failing test to print. */
    public String outline() {
        var out = new StringBuilder();
        Node root = nodes.get(UI_NODE);
        if (root != null) {
            outline(root, 0, out);
        }
        return out.toString();
    }

    private static void outline(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.text != null ? "\"" + node.text + "\"" : node.toString());
        if (!node.listeners.isEmpty()) {
            out.append(" on ").append(node.listeners.keySet());
        }
        out.append('\n');
        node.children.forEach(c -> outline(c, depth + 1, out));
        node.virtualChildren.forEach(c -> outline(c, depth + 1, out));
    }

    /** Bytes of response bodies this tab has received (Content-Length, or the body as UTF-8). */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    public int nodeCount() {
        return nodes.size();
    }

    private static void walk(Node node, Predicate<Node> wanted, List<Node> out) {
        if (wanted.test(node)) {
            out.add(node);
        }
        for (Node child : node.children) {
            walk(child, wanted, out);
        }
        for (Node child : node.virtualChildren) {
            walk(child, wanted, out);
        }
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /** A listener's settings: inline, or a key to the constants the server sent earlier (its constant pool). */
    private List<String> expressions(JsonNode listener) {
        if (listener.isString() && constants.containsKey(listener.asString())) {
            listener = constants.get(listener.asString());
        }
        List<String> out = new ArrayList<>();
        if (listener.isArray()) {
            listener.forEach(e -> out.add(e.asString()));
        } else if (listener.isObject()) {
            listener.propertyNames().forEach(out::add);
        }
        return out;
    }

    /**
     * Opens the page's push connection as Vaadin's client does (a WebSocket to {@code /VAADIN/push} with the UI id, the
     * session's push id and Atmosphere's parameters, the session cookie sent) and keeps it open, reading and dropping
     * what the server pushes; for measuring what push costs per session. Steps after this would miss pushed changes.
     *
     * @return whether the server accepted the upgrade
     */
    public boolean openPush() {
        if (uiId < 0 || pushId == null) {
            return false;
        }
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + enc(pushId) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true");
        var listener = new java.net.http.WebSocket.Listener() {
            @Override
            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data,
                    boolean last) {
                bytesReceived.addAndGet(data.toString().getBytes(StandardCharsets.UTF_8).length);
                socket.request(1);
                return null;
            }
        };
        try {
            push = http.newWebSocketBuilder().header("Cookie", cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")))
                    .connectTimeout(Duration.ofSeconds(20)).buildAsync(uri, listener)
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What the browser's {@code pagehide} sends before another page loads ({@code navigator.sendBeacon} with
     * {@code UNLOAD}): the server closes the UI instead of keeping it until its heartbeats stop.
     */
    private void leavePage() {
        if (push != null) {
            push.abort();
            push = null;
        }
        if (uiId < 0) {
            return;
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        message.put("UNLOAD", true);
        send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        uiId = -1;
        nodes.clear();
    }

    /** One UIDL round trip: the invocations, then the server's changes applied. */
    public void rpc(List<ObjectNode> invocations) {
        if (uiId < 0) {
            throw new UidlException("no UI yet");
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        var response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        expectOk(response, "UIDL on /" + location);
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(body);
        if (json.isArray()) {
            json = json.get(0);
        }
        clientId++;
        handle(json, body);
    }

    private void handle(JsonNode uidl, String raw) {
        if (uidl == null || uidl.isMissingNode()) {
            throw new UidlException("no UIDL message on /" + location);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            // a session the portal ended on purpose (signing out) sends the page on, as the browser then does
            followRedirect(uidl);
            if (followLocation == null) {
                throw new UidlException("session expired on /" + location);
            }
            return;
        }
        if (meta.has("appError")) {
            throw new UidlException("application error on /" + location + ": " + abbreviate(meta.get("appError").toString()));
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new UidlException("server asked to resynchronize on /" + location);
        }
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("Vaadin-Push-ID")) {
            pushId = uidl.get("Vaadin-Push-ID").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            apply(change);
        }
        followRedirect(uidl);
        Matcher incident = INCIDENT.matcher(raw);
        if (incident.find()) {
            throw new UidlException("the portal showed incident " + incident.group() + " on /" + location);
        }
    }

    /**
     * {@code Page.setLocation} in the message's scripts: "… window.open($0, $1)" with "_self" as its second parameter;
     * and a navigation the server made ({@code UI.navigate}): the client router's "vaadin-navigate" event (or, without
     * it, "window.history.pushState($0, '', $1)") with the new address.
     */
    private void followRedirect(JsonNode uidl) {
        for (JsonNode execute : uidl.path("execute")) {
            String script = execute.get(execute.size() - 1).asString("");
            if ((script.contains("new CustomEvent('vaadin-navigate'") || script.contains("window.history.pushState($0, '', $1)"))
                    && execute.size() >= 3) {
                // the address relative to the portal's base: "." for home
                location = Route.of(execute.get(1).asString("").replaceFirst("^\\.?/?", "")).path();
            }
            if (script.contains("window.open($0, $1)") && execute.size() >= 3
                    && "_self".equals(execute.get(1).asString(""))) {
                String uri = execute.get(0).asString("");
                followLocation = uri.startsWith(base) ? uri.substring(base.length())
                        : uri.startsWith("/") ? uri.substring(1) : uri;
            }
        }
    }

    private void apply(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString("");
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> {
                Node gone = nodes.remove(id);
                if (gone != null && gone.parent != null) {
                    gone.parent.children.remove(gone);
                    gone.parent.virtualChildren.remove(gone);
                }
            }
            case "put" -> put(node(id), change);
            case "remove" -> map(node(id), change.path("feat").asInt()).ifPresent(m -> m.remove(change.path("key").asString()));
            case "clear" -> clear(node(id), change.path("feat").asInt());
            case "splice" -> splice(node(id), change);
            default -> {
                // "empty" and features this client has no use for
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? JSON.getNodeFactory().numberNode(change.get("nodeValue").asInt())
                : change.path("value");
        if (feature == ELEMENT_DATA && "tag".equals(key)) {
            node.tag = value.asString();
        } else if (feature == TEXT_NODE && "text".equals(key)) {
            node.text = value.asString();
        } else {
            map(node, feature).ifPresent(m -> m.put(key, value));
        }
    }

    private static Optional<Map<String, JsonNode>> map(Node node, int feature) {
        return switch (feature) {
            case ELEMENT_PROPERTIES -> Optional.of(node.properties);
            case ELEMENT_ATTRIBUTES -> Optional.of(node.attributes);
            case ELEMENT_LISTENERS -> Optional.of(node.listeners);
            default -> Optional.empty();
        };
    }

    private void clear(Node node, int feature) {
        switch (feature) {
            case ELEMENT_CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            default -> map(node, feature).ifPresent(Map::clear);
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == ELEMENT_CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Node> list = feature == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
            for (int i = 0; i < remove && index < list.size(); i++) {
                list.remove(index);
            }
            int at = Math.min(index, list.size());
            for (JsonNode added : change.path("addNodes")) {
                Node child = node(added.asInt());
                child.parent = node;
                list.add(at++, child);
            }
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < remove && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            int at = Math.min(index, node.classes.size());
            for (JsonNode added : change.path("add")) {
                node.classes.add(at++, added.asString());
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        request.header("Accept-Language", "ja-JP,ja;q=0.9").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            bytesReceived.addAndGet(response.headers().firstValueAsLong("Content-Length")
                    .orElse(response.body().getBytes(StandardCharsets.UTF_8).length));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1);
                    if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new UidlException("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UidlException("interrupted");
        }
    }

    /** The path (no leading slash, with its query) a 3xx response sends the browser to, or null. */
    private String redirectTarget(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            return null;
        }
        String to = response.headers().firstValue("Location").orElse(null);
        if (to == null) {
            return null;
        }
        URI uri = URI.create(base).resolve(to);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new UidlException(what + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
