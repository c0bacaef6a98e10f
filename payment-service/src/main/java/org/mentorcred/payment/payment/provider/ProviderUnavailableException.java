package org.mentorcred.payment.payment.provider;

/** The provider could not be reached or did not answer: whether the operation happened is unknown. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
