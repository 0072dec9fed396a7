package org.newsflow.local.kafka;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.ApiVersions;
import org.apache.kafka.clients.BootstrapConfiguration;
import org.apache.kafka.clients.ClientRequest;
import org.apache.kafka.clients.ClientResponse;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.ManualMetadataUpdater;
import org.apache.kafka.clients.MetadataRecoveryStrategy;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.NetworkClientUtils;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.message.WriteTxnMarkersRequestData;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.network.Selector;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.WriteTxnMarkersRequest;
import org.apache.kafka.common.requests.WriteTxnMarkersResponse;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.LogContext;

/**
 * Writes one transaction marker, commit or abort, to a partition's leader: what a transaction coordinator sends
 * when it ends a transaction. Kafka's admin client can only abort ({@code Admin#abortTransaction}); a transaction
 * its coordinator had committed needs the commit marker, or its records would be dropped. Speaks the
 * WriteTxnMarkers protocol through the client library's network layer, with the cluster's client settings
 * (the request needs the cluster-action right: the embedded brokers' admin user has it).
 */
final class TransactionMarkers {

    private static final int TIMEOUT_MS = 15_000;

    private TransactionMarkers() {
    }

    /** Sends the marker and returns once the leader wrote it; throws if it refused. */
    static void write(Map<String, Object> clientProperties, Node leader, TopicPartition partition, long producerId,
                      short producerEpoch, int coordinatorEpoch, boolean commit) throws IOException {
        WriteTxnMarkersRequestData.WritableTxnMarker marker = new WriteTxnMarkersRequestData.WritableTxnMarker()
                .setProducerId(producerId)
                .setProducerEpoch(producerEpoch)
                .setCoordinatorEpoch(coordinatorEpoch)
                .setTransactionResult(commit);
        marker.topics().add(new WriteTxnMarkersRequestData.WritableTxnMarkerTopic()
                .setName(partition.topic()).setPartitionIndexes(List.of(partition.partition())));
        WriteTxnMarkersRequestData data = new WriteTxnMarkersRequestData();
        data.markers().add(marker);

        Time time = Time.SYSTEM;
        LogContext log = new LogContext("[transaction markers] ");
        AdminClientConfig config = new AdminClientConfig(clientProperties);
        try (Metrics metrics = new Metrics(time);
             NetworkClient client = new NetworkClient(
                     new Selector(TIMEOUT_MS, metrics, time, "transaction-markers",
                             ClientUtils.createChannelBuilder(config, time, log), log),
                     new ManualMetadataUpdater(List.of(leader)), "newsflow-transaction-markers", 1, 100, 1_000,
                     64 * 1024, 64 * 1024, TIMEOUT_MS, TIMEOUT_MS, TIMEOUT_MS, time, true, new ApiVersions(), log,
                     MetadataRecoveryStrategy.NONE, BootstrapConfiguration.DISABLED, false)) {
            if (!NetworkClientUtils.awaitReady(client, leader, time, TIMEOUT_MS)) {
                throw new IOException("broker " + leader + " not reachable");
            }
            ClientRequest request = client.newClientRequest(leader.idString(), new WriteTxnMarkersRequest.Builder(data),
                    time.milliseconds(), true);
            ClientResponse response = NetworkClientUtils.sendAndReceive(client, request, time);
            WriteTxnMarkersResponse body = (WriteTxnMarkersResponse) response.responseBody();
            Errors error = body.errorsByProducerId().getOrDefault(producerId, Map.of())
                    .getOrDefault(partition, Errors.UNKNOWN_SERVER_ERROR);
            if (error != Errors.NONE) {
                throw new KafkaException("Writing the " + (commit ? "commit" : "abort") + " marker of producer "
                        + producerId + " on " + partition + " failed: " + error, error.exception());
            }
        }
    }
}
