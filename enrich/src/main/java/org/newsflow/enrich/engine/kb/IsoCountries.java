package org.newsflow.enrich.engine.kb;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 codes known to the JDK. */
public final class IsoCountries {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private IsoCountries() {
    }

    public static boolean isValid(String alpha3) {
        return alpha3 != null && ALPHA3.contains(alpha3);
    }
}
