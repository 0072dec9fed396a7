package org.newsflow.projections.http;

/** An answer other than 200, with its status, stable error code and reason. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, "bad_request", reason);
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, "not_found", reason);
    }

    public static ApiException unavailable(String reason) {
        return new ApiException(503, "unavailable", reason);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
