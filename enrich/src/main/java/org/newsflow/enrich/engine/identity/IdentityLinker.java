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
 * ({@link SportsMetonymy}), U.S. cities in their Wikipedia title form ({@link UsPlaceTitles}), nominal back-references to organisations ({@link OrganisationReferences}) and office
 * holders by the article's date ({@link OfficeHolders}). Thread-safe; per-paragraph state lives in a
 * {@link LinkState}.
 *
 * <p>Nested names: an organisation named after a person ("the Andy Warhol Museum") is reported as the
 * organisation only, not also as the person inside its name — the span is one name, and news-entity annotation
 * (UNER, where a nested person would count as a false positive) treats it so.
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
        usPlaces.link(s);
        OrganisationReferences.link(s);
        OfficeHolders.link(s);
        return s.resolution();
    }
}
