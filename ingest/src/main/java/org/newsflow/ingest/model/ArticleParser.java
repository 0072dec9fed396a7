package org.newsflow.ingest.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.config.OversizePolicy;
import org.newsflow.ingest.model.Rejection.Reason;

/**
 * Turns a submitted value into an {@link Article} or a {@link Rejection}. A value is the JSON form
 * {@code {"id","url","title","source","publishedAt","language","body"}} (only {@code body} required) or plain text
 * (the whole value is the body). Bytes must be strict UTF-8 and within the size limit; the body must have at least
 * one and at most the configured number of paragraphs. The same rules serve the stream, HTTP and the CLI.
 */
public final class ArticleParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Longest metadata field (id, url, title, source, language), in characters: every paragraph event repeats them. */
    public static final int MAX_FIELD_CHARS = 1_000;
    /** What {@code paragraph.bytes} stands for in the events' {@code truncated} field. */
    public static final String PARAGRAPH_BYTES_LIMIT = "paragraph.bytes";

    private final int maxBytes;
    private final int maxParagraphs;
    private final int maxParagraphBytes;
    private final OversizePolicy policy;

    public ArticleParser(int maxBytes, int maxParagraphs) {
        this(maxBytes, maxParagraphs, Integer.MAX_VALUE, OversizePolicy.DEAD_LETTER);
    }

    public ArticleParser(int maxBytes, int maxParagraphs, int maxParagraphBytes, OversizePolicy policy) {
        this.maxBytes = maxBytes;
        this.maxParagraphs = maxParagraphs;
        this.maxParagraphBytes = maxParagraphBytes;
        this.policy = policy;
    }

    /** The parser of the configured limits; {@code maxBytes} may be lower than configured to fit the topics. */
    public static ArticleParser of(NewsflowConfig config, int maxBytes) {
        return new ArticleParser(maxBytes, config.getInt(ConfigKeys.INGEST_MAX_PARAGRAPHS),
                config.getInt(ConfigKeys.INGEST_MAX_PARAGRAPH_BYTES), OversizePolicy.from(config));
    }

    public int maxBytes() {
        return maxBytes;
    }

    public ParseResult parse(byte[] value) {
        return parse(value, SubmissionFormat.AUTO);
    }

    public ParseResult parse(byte[] value, SubmissionFormat format) {
        if (value == null || value.length == 0) {
            return ParseResult.rejected(Reason.EMPTY_BODY, "The article is empty");
        }
        if (value.length > maxBytes) {
            return ParseResult.rejected(Reason.TOO_LARGE, "The article is " + value.length
                    + " bytes, over the limit of " + maxBytes + " bytes");
        }
        String text;
        try {
            text = decodeUtf8(value);
        } catch (MalformedUtf8 e) {
            return ParseResult.rejected(Reason.NOT_UTF8, "The article is not valid UTF-8: malformed byte sequence at "
                    + "byte offset " + e.offset);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean json = format == SubmissionFormat.JSON || (format == SubmissionFormat.AUTO && looksLikeJson(text));
        return json ? parseJson(text) : acceptText(text);
    }

    /** The JSON form starts with '{' (after whitespace or a byte-order mark); anything else is plain text. */
    public static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private ParseResult parseJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new ParseResult.Rejected(new Rejection(Reason.INVALID_JSON,
                    "The article is not valid JSON: " + e.getOriginalMessage() + locationOf(e), e));
        }
        if (root == null || !root.isObject()) {
            return ParseResult.rejected(Reason.INVALID_JSON, "The article is JSON but not an object");
        }
        JsonNode body = root.get("body");
        if (body == null || body.isNull()) {
            return ParseResult.rejected(Reason.MISSING_BODY, "The JSON article has no \"body\" field");
        }
        if (!body.isTextual()) {
            return ParseResult.rejected(Reason.INVALID_FIELD, "Field \"body\" must be a string, was "
                    + body.getNodeType().toString().toLowerCase());
        }
        try {
            return accept(field(root, "id", true), field(root, "url", false), field(root, "title", false),
                    field(root, "source", false), field(root, "language", false), publishedAt(root),
                    body.textValue());
        } catch (InvalidField e) {
            return ParseResult.rejected(Reason.INVALID_FIELD, e.getMessage());
        }
    }

    /** Plain text has no title field: a first line that reads as a headline is taken as the title too. */
    private ParseResult acceptText(String text) {
        ParseResult result = accept(null, null, null, null, null, null, text);
        if (result instanceof ParseResult.Accepted accepted) {
            Article a = accepted.article();
            String headline = Headlines.title(a.paragraphs());
            if (headline != null) {
                return ParseResult.accepted(new Article(a.id(), a.url(), headline, a.source(), a.language(),
                        a.publishedAt(), a.paragraphs(), a.truncatedParagraphs()));
            }
        }
        return result;
    }

    private ParseResult accept(String id, String url, String title, String source, String language,
                               Long publishedAt, String body) {
        List<String> paragraphs = ParagraphSplitter.split(TextNormalizer.normalize(body));
        if (paragraphs.isEmpty()) {
            return ParseResult.rejected(Reason.EMPTY_BODY,
                    "The article body is empty (nothing but whitespace or invisible characters)");
        }
        if (paragraphs.size() > maxParagraphs) {
            return ParseResult.rejected(Reason.TOO_MANY_PARAGRAPHS, "The article has " + paragraphs.size()
                    + " paragraphs, over the limit of " + maxParagraphs);
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        List<Integer> truncated = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            int bytes = Utf8.length(paragraph);
            if (bytes <= maxParagraphBytes) {
                kept.add(paragraph);
            } else if (policy == OversizePolicy.TRUNCATE) {
                kept.add(Utf8.cut(paragraph, maxParagraphBytes));
                truncated.add(i + 1);
            } else {
                return ParseResult.rejected(Reason.PARAGRAPH_TOO_LARGE, "Paragraph " + (i + 1) + " is " + bytes
                        + " bytes, over the limit of " + maxParagraphBytes + " bytes");
            }
        }
        return ParseResult.accepted(new Article(id, url, title, source, language, publishedAt, kept, truncated));
    }

    /** A metadata string, normalised to one line; null when absent or blank. Ids may also be numbers. */
    private static String field(JsonNode root, String name, boolean numberAllowed) throws InvalidField {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        String raw;
        if (node.isTextual()) {
            raw = node.textValue();
        } else if (numberAllowed && node.isIntegralNumber()) {
            raw = node.asText();
        } else {
            throw new InvalidField("Field \"" + name + "\" must be a string, was "
                    + node.getNodeType().toString().toLowerCase());
        }
        String value = TextNormalizer.normalize(raw).replace('\n', ' ');
        if (value.length() > MAX_FIELD_CHARS) {
            throw new InvalidField("Field \"" + name + "\" is " + value.length() + " characters, over the limit of "
                    + MAX_FIELD_CHARS);
        }
        return value.isEmpty() ? null : value;
    }

    /** ISO-8601 (instant, offset date-time, local date-time or date, read as UTC) or epoch milliseconds. */
    private static Long publishedAt(JsonNode root) throws InvalidField {
        JsonNode node = root.get("publishedAt");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        String value = node.isTextual() ? node.textValue().strip() : null;
        if (value != null && !value.isEmpty()) {
            try {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    } catch (DateTimeParseException notDate) {
                        // reported below
                    }
                }
            }
        } else if (value != null) {
            return null;
        }
        throw new InvalidField("Field \"publishedAt\" must be an ISO-8601 date/time (e.g. "
                + Instant.EPOCH + ") or epoch milliseconds, was " + node);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Decodes strictly: a malformed or truncated sequence is an error, never a replacement character. */
    static String decodeUtf8(byte[] bytes) throws MalformedUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedUtf8(in.position());
        }
        return out.flip().toString();
    }

    static final class MalformedUtf8 extends Exception {
        final int offset;

        MalformedUtf8(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static final class InvalidField extends Exception {
        InvalidField(String message) {
            super(message, null, false, false);
        }
    }
}
