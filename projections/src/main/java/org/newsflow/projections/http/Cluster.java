package org.newsflow.projections.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.streams.state.HostInfo;
import org.newsflow.projections.streams.LocalViews;
import org.newsflow.projections.streams.Lookup;
import org.newsflow.projections.streams.QueryService;
import org.newsflow.projections.streams.View;

/**
 * The other projection instances, seen from this one: a key's answer relayed from its owner, a list's parts
 * gathered from every instance. Anything that cannot be had in time is "unavailable" (503), never a hang.
 */
final class Cluster {

    private final ObjectMapper json = ApiJson.MAPPER;
    static final Duration GATHER_TIMEOUT = PeerClient.REQUEST_TIMEOUT.plusSeconds(1);

    private final PeerClient peers;

    /** {@code authorization}: the header sent to peers that require a token, or null. */
    Cluster(String authorization) {
        this.peers = new PeerClient(authorization);
    }

    /** Relays the owner's answer unchanged, so every instance answers a key with the same bytes. */
    void forward(Context ctx, HostInfo owner) {
        String query = ctx.queryString();
        String path = ctx.path() + "?" + (query == null || query.isBlank() ? "" : query + "&") + Params.LOCAL + "=true";
        PeerClient.Response response;
        try {
            response = peers.get(owner, path).get(GATHER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw ApiException.unavailable("the owner " + owner.host() + ":" + owner.port() + " cannot be reached: "
                    + rootMessage(e));
        }
        if (response.status() == 503) {
            ctx.header("Retry-After", ProjectionsHttp.RETRY_AFTER_SECONDS);
        }
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }

    /**
     * This instance's part and every other instance's part of a list, asked for in parallel with the first
     * {@code n} items each; any part missing makes the whole answer unavailable rather than silently partial.
     */
    <T> List<T> gather(Context ctx, QueryService q, View view, int n, Function<LocalViews, T> local,
                       JavaType type) {
        Lookup<List<HostInfo>> instances = q.instances(view);
        if (!(instances instanceof Lookup.Found<List<HostInfo>> found)) {
            throw ApiException.unavailable(((Lookup.Unavailable<?>) instances).reason());
        }
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        params.put("offset", "0");
        params.put("limit", String.valueOf(n));
        params.put(Params.LOCAL, "true");
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        List<HostInfo> remotes = found.value().stream().filter(h -> !h.equals(q.self())).toList();
        List<CompletableFuture<PeerClient.Response>> pending = new ArrayList<>();
        for (HostInfo host : remotes) {
            pending.add(peers.get(host, ctx.path() + query));
        }
        List<T> parts = new ArrayList<>();
        if (found.value().contains(q.self())) {
            Lookup<T> mine = q.localPartial(local);
            if (mine instanceof Lookup.Unavailable<T> unavailable) {
                throw ApiException.unavailable(unavailable.reason());
            }
            parts.add(((Lookup.Found<T>) mine).value());
        }
        for (int i = 0; i < remotes.size(); i++) {
            HostInfo host = remotes.get(i);
            PeerClient.Response response;
            try {
                response = pending.get(i).get(GATHER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " cannot be reached: "
                        + rootMessage(e));
            }
            if (response.status() != 200) {
                throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " answered "
                        + response.status() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                parts.add(json.readValue(response.body(), type));
            } catch (IOException e) {
                throw ApiException.unavailable("instance " + host.host() + ":" + host.port()
                        + " sent an unreadable answer: " + e.getMessage());
            }
        }
        return parts;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

}
