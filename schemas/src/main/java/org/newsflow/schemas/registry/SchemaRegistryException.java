package org.newsflow.schemas.registry;

/**
 * An error answered by, or met on the way to, a Confluent-compatible Schema Registry. {@link #errorCode()} is
 * the registry's {@code error_code} (e.g. 40403), or -1 when the registry did not answer.
 */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.errorCode = -1;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    /** True when retrying later can succeed (registry down or overloaded), false for a definite answer. */
    public boolean isRetriable() {
        return status < 0 || status >= 500;
    }

    /** The registry could not be reached at all. */
    public static final class Unavailable extends SchemaRegistryException {
        private final String url;

        public Unavailable(String url, Throwable cause) {
            super("Schema Registry unreachable at " + url + ": " + describe(cause), cause);
            this.url = url;
        }

        public String url() {
            return url;
        }

        private static String describe(Throwable cause) {
            String message = cause.getMessage();
            return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
        }
    }

    /** No schema is registered under that id (error 40403). */
    public static final class SchemaNotFound extends SchemaRegistryException {
        public SchemaNotFound(int status, int errorCode, String message) {
            super(status, errorCode, message);
        }
    }

    /** Subject or version unknown (error 40401 / 40402). */
    public static final class SubjectNotFound extends SchemaRegistryException {
        public SubjectNotFound(int status, int errorCode, String message) {
            super(status, errorCode, message);
        }
    }

    /** The schema breaks the subject's compatibility rule (HTTP 409); the message is the registry's reason. */
    public static final class Incompatible extends SchemaRegistryException {
        public Incompatible(int status, int errorCode, String message) {
            super(status, errorCode, message);
        }
    }

    /** The registry refused the schema as invalid (HTTP 422). */
    public static final class InvalidSchema extends SchemaRegistryException {
        public InvalidSchema(int status, int errorCode, String message) {
            super(status, errorCode, message);
        }
    }

    static SchemaRegistryException fromResponse(int status, int errorCode, String message) {
        if (status == 409) {
            return new Incompatible(status, errorCode, message);
        }
        if (status == 422) {
            return new InvalidSchema(status, errorCode, message);
        }
        if (errorCode == 40403) {
            return new SchemaNotFound(status, errorCode, message);
        }
        if (errorCode == 40401 || errorCode == 40402) {
            return new SubjectNotFound(status, errorCode, message);
        }
        return new SchemaRegistryException(status, errorCode, message);
    }
}
