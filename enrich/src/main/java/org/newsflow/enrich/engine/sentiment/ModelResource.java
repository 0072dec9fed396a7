package org.newsflow.enrich.engine.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads a bundled sentiment model from the class path, failing with the path named. */
final class ModelResource {

    /** A model format's reader. */
    interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private ModelResource() {
    }

    static <M> M load(String path, Reader<M> reader) {
        try (InputStream in = ModelResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing sentiment model " + path);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentiment model " + path, e);
        }
    }
}
