package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.model.GraphNode;

/**
 * A paragraph's contributions travel to the actor views as one record per partition: each actor still lands in the
 * partition Kafka's default partitioner gives its id (where queries look for it), each partition receives them in
 * the order they were made, and no record grows past the size budget.
 */
class ActorDeltaGroupsTest {

    static ActorDelta delta(String actorId, int sign, List<GraphNode> coActors) {
        return new ActorDelta(sign, true, actorId, actorId, "PERSON", null, null, null, "a", 1, 10, 1, sign, 0, 0,
                coActors, List.of());
    }

    static List<String> actors(int count) {
        return IntStream.range(0, count).mapToObj(i -> "actor_" + i).toList();
    }

    /** An actor routing that has seen the first send to a topic of {@code partitions} partitions. */
    static ActorRouting routing(int partitions) {
        ActorRouting routing = new ActorRouting();
        routing.partitions("t", "actor_0", new ActorDeltas(List.of(delta("actor_0", 1, List.of()))), partitions);
        return routing;
    }

    @Test
    void theRoutingIsKafkasDefaultPartitionOfTheActorId() {
        ActorRouting routing = routing(7);
        for (String id : List.of("marco_rubio", "russia", "北京", "x", "olaf_scholz")) {
            int expected = BuiltInPartitioner.partitionForKey(id.getBytes(StandardCharsets.UTF_8), 7);
            assertThat(routing.partitionOf(id)).isEqualTo(expected);
            assertThat(routing.partitions("t", id, new ActorDeltas(List.of(delta(id, 1, List.of()))), 7))
                    .isEqualTo(Optional.of(Set.of(expected)));
        }
        assertThat(new ActorRouting().partitionOf("x")).isEqualTo(-1);
    }

    @Test
    void oneRecordPerPartitionEachInTheOrderTheContributionsWereMade() {
        ActorRouting routing = routing(3);
        ActorDeltaGroups groups = new ActorDeltaGroups(routing);
        List<ActorDelta> made = new ArrayList<>();
        for (String id : actors(12)) {
            made.add(delta(id, -1, List.of()));
        }
        for (String id : actors(12)) {
            made.add(delta(id, 1, List.of()));
        }
        made.add(new ActorDelta(1, false, null, null, null, null, null, null, "a", 1, 10, 0, 0, 0, 0, List.of(),
                List.of()));
        groups.addAll(made.subList(0, 12));
        groups.addAll(made.subList(12, made.size()));

        List<ActorDeltas> records = groups.drain();
        Set<Integer> partitions = made.stream().filter(d -> d.actorId() != null)
                .map(d -> routing.partitionOf(d.actorId())).collect(Collectors.toSet());
        assertThat(records).hasSize(partitions.size());
        for (ActorDeltas record : records) {
            int partition = routing.partitionOf(record.routingKey());
            assertThat(record.deltas()).allMatch(d -> routing.partitionOf(d.actorId()) == partition);
            assertThat(record.deltas()).isEqualTo(made.stream()
                    .filter(d -> d.actorId() != null && routing.partitionOf(d.actorId()) == partition).toList());
            assertThat(routing.partitions("t", record.routingKey(), record, 3))
                    .isEqualTo(Optional.of(Set.of(partition)));
        }
        assertThat(groups.drain()).isEmpty();
    }

    @Test
    void beforeTheFirstSendEachContributionGoesAlone() {
        ActorDeltaGroups groups = new ActorDeltaGroups(new ActorRouting());
        List<ActorDelta> made = actors(4).stream().map(id -> delta(id, 1, List.of())).toList();
        groups.addAll(made);
        assertThat(groups.drain()).extracting(ActorDeltas::deltas)
                .containsExactly(made.stream().map(List::of).toArray(List[]::new));
    }

    @Test
    void aGroupIsClosedAtTheSizeBudgetAndAPartitionKeepsItsOrderAcrossGroups() {
        ActorRouting routing = routing(1);
        String longName = "n".repeat(1000);
        List<GraphNode> everyone = actors(100).stream().map(id -> new GraphNode(id, longName, "PERSON", null))
                .toList();
        List<ActorDelta> made = actors(100).stream().map(id -> delta(id, 1, everyone)).toList();
        ActorDeltaGroups groups = new ActorDeltaGroups(routing);
        groups.addAll(made);

        List<ActorDeltas> records = groups.drain();
        assertThat(records).hasSizeGreaterThan(1);
        assertThat(records.stream().flatMap(r -> r.deltas().stream()).toList()).isEqualTo(made);
        for (ActorDeltas record : records) {
            byte[] bytes = ActorCodecs.DELTAS.serializer().serialize("t", record);
            assertThat(bytes.length).isLessThan(1024 * 1024);
        }
    }

    @Test
    void aRecordWhoseActorsDoNotShareAPartitionIsRefused() {
        List<String> ids = actors(40);
        Map<Integer, List<String>> byPartition = ids.stream()
                .collect(Collectors.groupingBy(id -> ActorRouting.partitionOf(id, 5)));
        assertThat(byPartition).hasSizeGreaterThan(1);
        // grouped for one partition, sent to a topic of five
        ActorDeltas mixed = new ActorDeltas(byPartition.values().stream().map(l -> delta(l.get(0), 1, List.of()))
                .toList());
        assertThatThrownBy(() -> new ActorRouting().partitions("t", mixed.routingKey(), mixed, 5))
                .isInstanceOf(StreamsException.class).hasMessageContaining("partition count");
    }
}
