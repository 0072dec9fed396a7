package org.newsflow.enrich.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.Quote;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.Tone;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One line of {@code annotate} output, in the field order of the design contract; unknown values are written as
 * null, never left out.
 */
public final class AnnotationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private AnnotationJson() {
    }

    public static String line(String file, int index, String text, Enrichment e) {
        StringWriter out = new StringWriter(text.length() * 4 + 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeNumberField("index", index);
            g.writeStringField("text", text);
            g.writeArrayFieldStart("actors");
            for (Actor a : e.actors()) {
                actor(g, a);
            }
            g.writeEndArray();
            g.writeFieldName("tone");
            tone(g, e.tone());
            g.writeFieldName("sentiment");
            sentiment(g, e.sentiment());
            g.writeArrayFieldStart("quotes");
            for (Quote q : e.quotes()) {
                g.writeStartObject();
                g.writeNumberField("start", q.start());
                g.writeNumberField("end", q.end());
                g.writeStringField("text", q.text());
                g.writeStringField("speaker", q.speaker());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.actorId());
        g.writeStringField("name", a.name());
        g.writeStringField("type", a.type().name());
        g.writeStringField("country", a.country());
        g.writeStringField("role", a.role());
        g.writeStringField("wikidata", a.wikidata());
        g.writeFieldName("sentiment");
        sentiment(g, a.sentiment());
        g.writeArrayFieldStart("mentions");
        for (Mention m : a.mentions()) {
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeStringField("kind", m.kind().wireName());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void tone(JsonGenerator g, Tone t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("tone", t.tone());
        g.writeNumberField("positive", t.positive());
        g.writeNumberField("negative", t.negative());
        g.writeNumberField("polarity", t.polarity());
        g.writeNumberField("wordCount", t.wordCount());
        g.writeEndObject();
    }

    private static void sentiment(JsonGenerator g, Sentiment s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("score", s.score());
        g.writeStringField("label", s.label().wireName());
        g.writeEndObject();
    }
}
