package org.newsflow.projections.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Query parameters, validated: a bad value is a 400 with a reason, never a 500. */
final class Params {

    static final int MAX_OFFSET = 10_000;
    static final String LOCAL = "local";

    private Params() {
    }

    /** True on a request a peer forwarded: answer from local state only. */
    static boolean localOnly(Context ctx) {
        return "true".equalsIgnoreCase(ctx.queryParam(LOCAL));
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, was '" + raw + "'");
        }
    }

    /** A page's limit; forwarded requests ask for offset + limit items, so their cap is higher. */
    static int limit(Context ctx, int fallback, int max) {
        return integer(ctx, "limit", fallback, 1, localOnly(ctx) ? max + MAX_OFFSET : max);
    }

    /**
     * Lists are paged at most {@value #MAX_OFFSET} items deep: every instance gathers offset + limit items for a
     * page, so deeper pages would cost each request more and more. Deeper reads narrow the query instead.
     */
    static int offset(Context ctx) {
        String raw = ctx.queryParam("offset");
        if (raw != null && !raw.isBlank()) {
            try {
                if (Long.parseLong(raw.trim()) > MAX_OFFSET) {
                    throw ApiException.badRequest("offset must be at most " + MAX_OFFSET + ", was " + raw.trim()
                            + ": lists are paged at most " + MAX_OFFSET + " items deep; narrow the query (from/to, "
                            + "minMentions, q) to reach older items");
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        return integer(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E value : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : "|").append(value.name().toLowerCase(Locale.ROOT));
            }
            throw ApiException.badRequest(name + " must be one of " + allowed + ", was '" + raw + "'");
        }
    }

    /** Epoch milliseconds, an ISO-8601 instant or a date (its start, UTC); null when absent. */
    static Long time(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(v);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.badRequest(name + " must be epoch milliseconds, an ISO-8601 instant or a date, was '"
                    + raw + "'");
        }
    }
}
