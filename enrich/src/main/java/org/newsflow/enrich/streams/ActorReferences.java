package org.newsflow.enrich.streams;

import java.util.List;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ActorType;

/** Converts between the reference topic's {@link ActorReference} and the knowledge base's {@link ActorEntry}. */
public final class ActorReferences {

    private ActorReferences() {
    }

    public static ActorReference toReference(ActorEntry entry) {
        return ActorReference.newBuilder()
                .setActorId(entry.id())
                .setName(entry.name())
                .setType(EnrichedParagraphs.actorType(entry.type()))
                .setCountry(entry.country())
                .setRole(entry.role())
                .setCameo(entry.cameo())
                .setAliases(List.copyOf(entry.aliases()))
                .setTitles(List.copyOf(entry.titles()))
                .setRoleFrom(entry.roleFrom())
                .setRoleTo(entry.roleTo())
                .setSource(entry.source())
                .setWikidata(entry.wikidata())
                .build();
    }

    /**
     * The knowledge-base entry for a reference record.
     *
     * @throws IllegalArgumentException when the record is not a valid actor (bad id, unknown type, bad date),
     *                                  with a message saying what is wrong
     */
    public static ActorEntry toEntry(ActorReference ref) {
        if (ref.getType() == null || ref.getType() == ActorType.UNKNOWN) {
            throw new IllegalArgumentException("actor " + ref.getActorId() + " has no known type: " + ref.getType());
        }
        return new ActorEntry(ref.getActorId(), ref.getName(),
                org.newsflow.enrich.engine.model.ActorType.valueOf(ref.getType().name()), ref.getCountry(), ref.getRole(),
                ref.getCameo(), ref.getAliases(), ref.getTitles(), ref.getRoleFrom(), ref.getRoleTo(),
                ref.getSource(), ref.getWikidata());
    }
}
