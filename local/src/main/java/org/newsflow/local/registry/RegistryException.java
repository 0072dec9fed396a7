package org.newsflow.local.registry;

/**
 * A failure answered to the client in Confluent Schema Registry's error shape:
 * HTTP {@code status} with body {@code {"error_code":code,"message":message}}.
 */
final class RegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    RegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    RegistryException(int status, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    int status() {
        return status;
    }

    int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryException versionNotFound(int version) {
        return new RegistryException(404, 40402, "Version " + version + " not found.");
    }

    static RegistryException schemaNotFound() {
        return new RegistryException(404, 40403, "Schema not found");
    }

    static RegistryException schemaNotFound(int id) {
        return new RegistryException(404, 40403, "Schema " + id + " not found");
    }

    static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404,
                "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405,
                "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    static RegistryException subjectLevelCompatibilityNotConfigured(String subject) {
        return new RegistryException(404, 40408,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static RegistryException subjectLevelModeNotConfigured(String subject) {
        return new RegistryException(404, 40409,
                "Subject '" + subject + "' does not have subject-level mode configured");
    }

    static RegistryException unauthorized() {
        return new RegistryException(401, 401, "Unauthorized");
    }

    static RegistryException invalidMode() {
        return new RegistryException(422, 42204,
                "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE, and IMPORT.");
    }

    static RegistryException operationNotPermitted(String message) {
        return new RegistryException(422, 42205, message);
    }

    static RegistryException incompatible(String message) {
        return new RegistryException(409, 409, message);
    }

    static RegistryException invalidSchema(String message) {
        return new RegistryException(422, 42201, message);
    }

    static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryException invalidCompatibilityLevel() {
        return new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, "
                + "forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryException storeError(String message, Throwable cause) {
        return new RegistryException(500, 50001, message, cause);
    }
}
