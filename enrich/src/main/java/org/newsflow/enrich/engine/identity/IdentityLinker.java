package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.resolve.Resolution;

import java.util.List;

/**
 * Decides who the actors of a paragraph are once their names are found: one identity per entity across the
 * article. The passes run in order, each reading what the earlier ones decided: names cut at a middle initial
 * ({@link InitialsJoiner}), acronyms ({@link AcronymLinker}),
 * short and long forms ({@link ShortFormLinker}), place names that are the surname of a person the article
 * named ({@link PlaceSurnames}), countries and cities standing for teams in sports reports
 * ({@link SportsMetonymy}), names inside names ({@link NestedNames}), U.S. cities in their Wikipedia title form
 * ({@link UsPlaceTitles}), nominal back-references to organisations ({@link OrganisationReferences}) and office
 * holders by the article's date ({@link OfficeHolders}). Thread-safe; per-paragraph state lives in a
 * {@link LinkState}.
 *
 * <p>Nested names: an organisation or place named after a known person, place or organisation ("the George
 * Washington Bridge", "the University of Basel") stays one {@code name} mention of the organisation or place, and
 * the inner actor is reported beside it with a mention of kind {@code nested} ({@link NestedNames}), after the
 * sports pass and before U.S. place titles, so that an inner city gets its title form too. Name evaluation (UNER)
 * scores {@code name} mentions only, where a nested person would count as a false positive.
 */
public final class IdentityLinker {

    private final KnowledgeBase kb;
    private final SportsMetonymy sports;
    private final UsPlaceTitles usPlaces = UsPlaceTitles.bundled();

    public IdentityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.sports = new SportsMetonymy(kb);
    }

    public Resolution link(Resolution resolution, List<Sentence> sentences, ArticleContext context) {
        LinkState s = new LinkState(resolution, sentences, context, kb);
        InitialsJoiner.link(s);
        AcronymLinker.link(s);
        ShortFormLinker.link(s);
        PlaceSurnames.link(s);
        sports.link(s);
        NestedNames.link(s);
        usPlaces.link(s);
        OrganisationReferences.link(s);
        OfficeHolders.link(s);
        return s.resolution();
    }
}
