package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.model.ActorSummary;
import org.newsflow.projections.model.Graph;
import org.newsflow.projections.model.GraphEdge;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Page;

/** Merging the top offset+limit of each instance gives the page of the whole. */
class MergeTest {

    static ActorSummary actor(String id, long mentions, double tone) {
        return new ActorSummary(id, id, "PERSON", null, null, null, mentions, mentions, 1, tone, 0);
    }

    @Test
    void topNAcrossInstances() {
        var order = ActorSort.MENTIONS.comparator(false);
        Page<ActorSummary> one = Page.of(3, 0, 3, List.of(actor("a", 9, 0), actor("c", 5, 0), actor("e", 1, 0)));
        Page<ActorSummary> two = Page.of(2, 0, 3, List.of(actor("b", 7, 0), actor("d", 5, 0)));
        Page<ActorSummary> page = Merge.pages(List.of(one, two), order, 1, 2);
        assertThat(page.items()).extracting(ActorSummary::id).containsExactly("b", "c");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.next()).isEqualTo(3);
        assertThat(Merge.pages(List.of(one, two), order, 4, 2).next()).isNull();
    }

    @Test
    void toneRankingBreaksTiesByMentionsThenId() {
        var order = ActorSort.TONE.comparator(true);
        List<ActorSummary> sorted = List.of(actor("z", 1, -2), actor("b", 3, -2), actor("a", 3, -2), actor("m", 9, 1))
                .stream().sorted(order).toList();
        assertThat(sorted).extracting(ActorSummary::id).containsExactly("a", "b", "z", "m");
    }

    @Test
    void graphKeepsNodesOfThePageOnly() {
        Graph one = new Graph(1, 2, 0, 2, List.of(new GraphNode("a", "A", null, null), new GraphNode("b", "B", null, null),
                new GraphNode("c", "C", null, null)),
                List.of(new GraphEdge("a", "b", 5, 0), new GraphEdge("a", "c", 1, 0)));
        Graph two = new Graph(1, 1, 0, 2, List.of(new GraphNode("d", "D", null, null), new GraphNode("e", "E", null, null)),
                List.of(new GraphEdge("d", "e", 3, 0)));
        Graph merged = Merge.graphs(List.of(one, two), 1, 0, 2);
        assertThat(merged.edges()).extracting(e -> e.source() + e.target()).containsExactly("ab", "de");
        assertThat(merged.nodes()).extracting(GraphNode::id).containsExactly("a", "b", "d", "e");
        assertThat(merged.total()).isEqualTo(3);
    }
}
