package dev.pygov.k8s;

/** A rendered manifest that Kubernetes (or the CRD's operator) would reject or silently misread. */
final class InvalidManifestException extends RuntimeException {

    InvalidManifestException(String message) {
        super(message);
    }

    InvalidManifestException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
