package org.newsflow.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.security.ServiceAcls;
import org.newsflow.runtime.security.ServiceAcls.Grant;
import org.newsflow.runtime.security.ServiceAcls.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow acls --for SERVICE}: the Kafka ACLs one service needs on a secured cluster. */
@Command(name = "acls", mixinStandardHelpOptions = true,
        description = {"Print the Kafka ACLs a service needs on a cluster with an authorizer (topic names and",
            "application ids follow --config / -D). With --commands: kafka-acls.sh lines to apply them."})
public final class AclsCommand implements Callable<Integer> {

    @Option(names = "--for", required = true, paramLabel = "SERVICE",
            description = "ingest, enrich, projections or registry (the embedded registry's store).")
    Service service;

    @Option(names = "--principal", paramLabel = "PRINCIPAL",
            description = "The service's principal (default: User:<service>).")
    String principal;

    @Option(names = "--commands", description = "Print kafka-acls.sh commands instead of a table.")
    boolean commands;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsflowConfig settings = config.load();
        String who = principal != null ? principal : "User:" + service.label();
        PrintWriter out = spec.commandLine().getOut();
        if (commands) {
            for (Grant grant : ServiceAcls.grants(service, settings)) {
                out.println(command(grant, who, settings));
            }
        } else {
            out.printf("%-17s %-9s %-32s %-30s %s%n", "RESOURCE", "PATTERN", "NAME", "OPERATIONS", "WHY");
            for (Grant grant : ServiceAcls.grants(service, settings)) {
                out.printf("%-17s %-9s %-32s %-30s %s%n", grant.type(), grant.pattern(), grant.name(),
                        String.join(",", grant.operations().stream().map(AclOperation::name).toList()), grant.why());
            }
            out.println("principal " + who + "; every operation ALLOW from any host; topics are created beforehand "
                    + "by an administrator.");
        }
        out.flush();
        return 0;
    }

    private static String command(Grant grant, String principal, NewsflowConfig settings) {
        StringBuilder sb = new StringBuilder("kafka-acls.sh --bootstrap-server ")
                .append(settings.get("bootstrap.servers"))
                .append(" --add --allow-principal ").append(principal);
        grant.operations().forEach(op -> sb.append(" --operation ").append(camel(op.name())));
        String flag = switch (grant.type()) {
            case TOPIC -> "--topic";
            case GROUP -> "--group";
            case TRANSACTIONAL_ID -> "--transactional-id";
            default -> "--cluster";
        };
        sb.append(' ').append(flag).append(' ').append(grant.name());
        if (grant.pattern() == PatternType.PREFIXED) {
            sb.append(" --resource-pattern-type prefixed");
        }
        return sb.toString();
    }

    private static String camel(String operation) {
        StringBuilder sb = new StringBuilder();
        for (String part : operation.toLowerCase(Locale.ROOT).split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
