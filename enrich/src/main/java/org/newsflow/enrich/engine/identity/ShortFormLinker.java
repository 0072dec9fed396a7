package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.resolve.WordLists;

import java.util.List;
import java.util.Locale;

/**
 * Short and long forms of one name in one article. A name the knowledge base does not know that is part of a
 * longer name the article has used is that actor: "Greenpeace" after "Greenpeace International", "the Church"
 * after "the Church of Latter-day Saints", "Marie" after "Marie Curie" (people and organisations only: places
 * nest rather than abbreviate, and a place opening a longer name is the place it is named after: "Cleveland"
 * after "the Cleveland Orchestra"; a person is not the body named after them: "Clinton" after "the Clinton
 * Foundation"). The other way round, an unknown actor's
 * canonical name is its longest full form: "Curie ... Marie Curie" in one paragraph is Marie Curie throughout
 * it, and later paragraphs resolve "Curie" to the longer form. A person's name with or without middle names
 * ("Kamala Devi Harris", "Kamala Harris") is one person, under the form the article used first.
 */
final class ShortFormLinker {

    private static final int MIN_LETTERS = 3;

    private ShortFormLinker() {
    }

    static void link(LinkState s) {
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            if (m.kind() != MentionKind.NAME || !s.unknown(m.actor()) || m.actor().name().length() < MIN_LETTERS) {
                continue;
            }
            String[] words = words(m.actor().name());
            ActorEntry longer = null;
            // a place does not shorten a longer name either: "Cleveland" after "the Cleveland Orchestra" is the
            // city the orchestra is named after
            for (ActorEntry e : place(m.actor()) ? List.<ActorEntry>of() : s.before(m.sentence(), m.firstToken())) {
                if (!e.id().equals(m.actor().id()) && !place(e) && (partOf(words, e) || sameButMiddle(words, e))
                        && !namedAfterPerson(m.actor(), e)) {
                    longer = e;
                    break;
                }
            }
            if (longer != null) {
                s.remap(m.actor().id(), longer);
                continue;
            }
            // the longer form comes second: earlier short mentions in this paragraph take its identity
            for (ActorEntry e : s.before(m.sentence(), m.firstToken())) {
                if (s.unknown(e) && !place(m.actor()) && !place(e) && !e.id().equals(m.actor().id())
                        && e.name().length() >= MIN_LETTERS
                        && compatible(e.type(), m.actor().type()) && partOf(words(e.name()), m.actor())) {
                    s.remap(e.id(), m.actor());
                }
            }
        }
    }

    /** Whether {@code part} is a run of the words of {@code whole}'s name that can stand for it alone. */
    static boolean partOf(String[] part, ActorEntry whole) {
        String[] full = words(whole.name());
        if (part.length >= full.length) {
            return false;
        }
        if (whole.type() == ActorType.PERSON) {
            // "Marie" (given name) or "Curie" / "Skłodowska Curie" (surname), never a middle word alone
            return startsWith(full, part, 0) || startsWith(full, part, full.length - part.length);
        }
        // "Greenpeace" of "Greenpeace International", "Church" of "Church of Latter-day Saints"
        return startsWith(full, part, 0);
    }

    /**
     * Whether two people's names differ only by middle names or initials, one of them having none: "Kamala Devi
     * Harris" after "Kamala Harris", "Harold Quimby" after "Harold J. Quimby". The form the article used first
     * stays the identity.
     */
    static boolean sameButMiddle(String[] name, ActorEntry earlier) {
        if (earlier.type() != ActorType.PERSON) {
            return false;
        }
        String[] other = words(earlier.name());
        String[] shorter = name.length <= other.length ? name : other;
        String[] longer = name.length <= other.length ? other : name;
        return shorter.length == 2 && longer.length >= 3 && shorter[0].equals(longer[0])
                && shorter[1].equals(longer[longer.length - 1]);
    }

    /** Places nest rather than abbreviate: "Fort Lee" is not "Fort Lee Historic Park", "Coron" not "Coron Island". */
    private static boolean place(ActorEntry e) {
        return e.type() == ActorType.LOCATION || e.type() == ActorType.COUNTRY;
    }

    /** A person's name and a body or place named after it: "Clinton" and "the Clinton Foundation". */
    private static boolean namedAfterPerson(ActorEntry person, ActorEntry named) {
        String name = named.name();
        return person.type() == ActorType.PERSON && named.type() != ActorType.PERSON
                && WordLists.NAMED_AFTER_HEADS.contains(name.substring(name.lastIndexOf(' ') + 1));
    }

    private static boolean compatible(ActorType a, ActorType b) {
        return a == b || (a != ActorType.PERSON && b != ActorType.PERSON);
    }

    private static boolean startsWith(String[] full, String[] part, int at) {
        if (at < 0 || at + part.length > full.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (!full[at + i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    static String[] words(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n.split("\\s+");
    }

    static List<String> wordList(String name) {
        return List.of(words(name));
    }
}
