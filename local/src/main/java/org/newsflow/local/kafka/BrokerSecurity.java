package org.newsflow.local.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the embedded broker authenticates and authorises clients. {@link #none()} is the local default: one
 * PLAINTEXT listener on loopback, no ACLs. {@link #sasl} runs the client listener with SASL/PLAIN (optionally
 * over TLS) and Kafka's {@code StandardAuthorizer}, so every principal but the super user needs ACLs: the set-up
 * of a secured production cluster, on one node.
 *
 * <p>The controller listener stays on loopback; when secured it also requires SASL, so nothing unauthenticated
 * can reach the cluster's metadata.
 */
public final class BrokerSecurity {

    public static final String PLAINTEXT = "PLAINTEXT";
    public static final String SASL_PLAINTEXT = "SASL_PLAINTEXT";
    public static final String SASL_SSL = "SASL_SSL";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    /** A keystore the broker presents and the truststore clients check it with (PKCS12). */
    public record Tls(Path keystore, Path truststore, String password) {
    }

    private final String protocol;
    private final String superUser;
    private final Map<String, String> users;
    private final Tls tls;

    private BrokerSecurity(String protocol, String superUser, Map<String, String> users, Tls tls) {
        this.protocol = protocol;
        this.superUser = superUser;
        this.users = Map.copyOf(users);
        this.tls = tls;
    }

    public static BrokerSecurity none() {
        return new BrokerSecurity(PLAINTEXT, null, Map.of(), null);
    }

    /**
     * SASL/PLAIN with ACLs. {@code users} maps user names to passwords and must contain {@code superUser}, the
     * broker's own principal (inter-broker and controller traffic, the embedded admin client). With {@code tls}
     * non-null the client listener is SASL_SSL.
     */
    public static BrokerSecurity sasl(String superUser, Map<String, String> users, Tls tls) {
        if (!users.containsKey(superUser)) {
            throw new IllegalArgumentException("the super user " + superUser + " needs a password");
        }
        return new BrokerSecurity(tls == null ? SASL_PLAINTEXT : SASL_SSL, superUser, users, tls);
    }

    public boolean secured() {
        return superUser != null;
    }

    /** The security protocol of the client listener; also the listener's name. */
    public String protocol() {
        return protocol;
    }

    /** Client settings for {@code user} (its password from the user table): security protocol, SASL, TLS. */
    public Map<String, Object> clientProperties(String user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("security.protocol", protocol);
        if (!secured()) {
            return out;
        }
        String password = Objects.requireNonNull(users.get(user), () -> "no such user " + user);
        out.put("sasl.mechanism", "PLAIN");
        out.put("sasl.jaas.config", PLAIN_LOGIN + " required username=\"" + user + "\" password=\"" + password
                + "\";");
        if (tls != null) {
            out.put("ssl.truststore.location", tls.truststore().toString());
            out.put("ssl.truststore.password", tls.password());
            out.put("ssl.truststore.type", "PKCS12");
        }
        return out;
    }

    /** Client settings of the super user. */
    public Map<String, Object> superUserProperties() {
        return secured() ? clientProperties(superUser) : clientProperties(null);
    }

    /** Broker settings for a client listener named after {@link #protocol()} and the CONTROLLER listener. */
    Map<String, Object> brokerProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        String controllerProtocol = secured() ? SASL_PLAINTEXT : PLAINTEXT;
        p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:" + controllerProtocol);
        p.put("inter.broker.listener.name", protocol);
        if (!secured()) {
            return p;
        }
        String jaas = jaas();
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name." + protocol.toLowerCase() + ".plain.sasl.jaas.config", jaas);
        p.put("listener.name.controller.plain.sasl.jaas.config", jaas);
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + superUser);
        p.put("allow.everyone.if.no.acl.found", false);
        if (tls != null) {
            String prefix = "listener.name." + protocol.toLowerCase() + ".";
            p.put(prefix + "ssl.keystore.location", tls.keystore().toString());
            p.put(prefix + "ssl.keystore.password", tls.password());
            p.put(prefix + "ssl.key.password", tls.password());
            p.put(prefix + "ssl.keystore.type", "PKCS12");
            // The broker also connects to itself over this listener (inter-broker): it must trust its own key.
            p.put(prefix + "ssl.truststore.location", tls.truststore().toString());
            p.put(prefix + "ssl.truststore.password", tls.password());
            p.put(prefix + "ssl.truststore.type", "PKCS12");
        }
        return p;
    }

    /** The broker's own login (the super user) and the user table it checks clients against. */
    private String jaas() {
        StringBuilder sb = new StringBuilder(PLAIN_LOGIN).append(" required username=\"").append(superUser)
                .append("\" password=\"").append(users.get(superUser)).append('"');
        users.forEach((user, password) -> sb.append(" user_").append(user).append("=\"").append(password)
                .append('"'));
        return sb.append(';').toString();
    }
}
