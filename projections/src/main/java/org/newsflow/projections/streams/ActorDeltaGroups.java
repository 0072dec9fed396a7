package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsflow.projections.model.GraphNode;

/**
 * Gathers the contributions one input record makes into one {@link ActorDeltas} per partition of the repartition
 * topic, each in the order the contributions were made, so that every partition receives them in the same order as
 * one record each would have. A group that reaches {@link #MAX_CHARS} of text is closed and a new one started:
 * each contribution carries the paragraph's other actors, so a paragraph's contributions grow with the square of
 * its actors, and a record must stay well below the broker's size limit (at most 3 UTF-8 bytes a character keeps
 * a full group under 1 MB). While the partition count is unknown (before the first send) each goes alone.
 */
final class ActorDeltaGroups {

    static final int MAX_CHARS = 256 * 1024;
    /** Counted for each contribution, co-actor and quote besides its text: its numbers and length prefixes. */
    private static final int FIELD_OVERHEAD = 32;

    private final ActorRouting routing;
    private final Map<Integer, Group> open = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();

    ActorDeltaGroups(ActorRouting routing) {
        this.routing = routing;
    }

    void clear() {
        open.clear();
        groups.clear();
    }

    void addAll(List<ActorDelta> deltas) {
        for (ActorDelta d : deltas) {
            if (d.actorId() == null) {
                continue; // no partition to go to (a null key is dropped by the repartition as well)
            }
            int partition = routing.partitionOf(d.actorId());
            int chars = chars(d);
            Group group = partition < 0 ? null : open.get(partition);
            if (group == null || group.chars + chars > MAX_CHARS) {
                group = new Group();
                groups.add(group);
                if (partition >= 0) {
                    open.put(partition, group);
                }
            }
            group.deltas.add(d);
            group.chars += chars;
        }
    }

    /** The groups in the order they were started; afterwards this is empty. */
    List<ActorDeltas> drain() {
        List<ActorDeltas> out = new ArrayList<>(groups.size());
        for (Group group : groups) {
            out.add(new ActorDeltas(group.deltas));
        }
        clear();
        return out;
    }

    private static int chars(ActorDelta d) {
        int chars = FIELD_OVERHEAD + length(d.actorId()) + length(d.name()) + length(d.type()) + length(d.country())
                + length(d.role()) + length(d.wikidata()) + length(d.articleId());
        for (GraphNode n : d.coActors()) {
            chars += FIELD_OVERHEAD + length(n.id()) + length(n.name()) + length(n.type()) + length(n.country());
        }
        for (ActorDelta.QuoteText q : d.quotes()) {
            chars += FIELD_OVERHEAD + length(q.text());
        }
        return chars;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static final class Group {
        final List<ActorDelta> deltas = new ArrayList<>();
        int chars;
    }
}
