package org.newsflow.bench;

import java.lang.reflect.Method;
import java.util.Properties;

/**
 * Stanford CoreNLP through reflection: it is only on the class path with the {@code corenlp} Maven profile (GPL,
 * ~0.5 GB of models), so the harness compiles and runs without it.
 */
final class CoreNlp {

    static final String PIPELINE_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";

    /** A pipeline with these annotators ({@code threads} 1) and settings, or null without CoreNLP. */
    static Object pipeline(String annotators, String... settings) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(PIPELINE_CLASS);
        } catch (ClassNotFoundException e) {
            return null;
        }
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("threads", "1");
        for (int k = 0; k + 1 < settings.length; k += 2) {
            props.setProperty(settings[k], settings[k + 1]);
        }
        return type.getConstructor(Properties.class).newInstance(props);
    }

    /** The pipeline's {@code process(String)}: annotates a text and returns its annotation. */
    static Method process() throws ReflectiveOperationException {
        return Class.forName(PIPELINE_CLASS).getMethod("process", String.class);
    }

    private CoreNlp() {
    }
}
