package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.Enrichment;

/** One engine for all tests of the module: loading models takes a second. */
public final class TestEngine {

    private static DefaultEnricher engine;

    private TestEngine() {
    }

    public static synchronized DefaultEnricher get() {
        if (engine == null) {
            engine = DefaultEnricher.create();
        }
        return engine;
    }

    /** The actor with this id in an enrichment, or null. */
    public static Actor actor(Enrichment e, String id) {
        return e.actors().stream().filter(a -> a.actorId().equals(id)).findFirst().orElse(null);
    }
}
