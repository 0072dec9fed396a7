package org.newsflow.ingest.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who an article is and which version of it this is.
 * <ul>
 *   <li>{@code articleId}: the submitted {@code id}, else the {@code url}, else {@code sha256:<hex>} of the body.</li>
 *   <li>{@code contentHash}: {@code sha256:<hex>} of the body (paragraphs joined by line breaks).</li>
 *   <li>{@code revision}: 16 hex digits of SHA-256 over the title, source, url, language, publishedAt and the
 *       paragraphs; so an edited title is a new revision, while re-wrapped blank lines or CRLF are not.</li>
 * </ul>
 * Event ids derive from these: {@code articleId@revision} and {@code articleId@revision#index}.
 */
public record ArticleIdentity(String articleId, String revision, String contentHash) {

    public static ArticleIdentity of(Article article) {
        String contentHash = "sha256:" + HexFormat.of().formatHex(sha256().digest(utf8(article.body())));
        String articleId = article.id() != null ? article.id()
                : article.url() != null ? article.url() : contentHash;
        return new ArticleIdentity(articleId, revision(article), contentHash);
    }

    public String articleEventId() {
        return articleId + "@" + revision;
    }

    /** {@code index} counts from 1. */
    public String paragraphEventId(int index) {
        return articleId + "@" + revision + "#" + index;
    }

    private static String revision(Article article) {
        MessageDigest digest = sha256();
        // Each field is length-prefixed (absent = -1) so that no two different articles encode the same way.
        put(digest, article.title());
        put(digest, article.source());
        put(digest, article.url());
        put(digest, article.language());
        put(digest, article.publishedAt() == null ? null : Long.toString(article.publishedAt()));
        digest.update(ByteBuffer.allocate(4).putInt(article.paragraphs().size()).array());
        article.paragraphs().forEach(p -> put(digest, p));
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static void put(MessageDigest digest, String value) {
        byte[] bytes = value == null ? null : utf8(value);
        digest.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(bytes);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
