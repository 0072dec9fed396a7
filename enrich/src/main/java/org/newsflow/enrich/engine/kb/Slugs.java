package org.newsflow.enrich.engine.kb;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids from names: "Andrii Sybiha" → {@code andrii_sybiha}, "Côte d'Ivoire" → {@code cote_divoire}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(ascii.length());
        boolean gap = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c == '\'' || c == '\u2019' || c == '.') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.length() == 0 ? "unknown" : b.toString().toLowerCase(Locale.ROOT);
    }
}
