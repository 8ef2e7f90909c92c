package com.piquetickets.domain.common;

/**
 * The metadata every message may carry, defined once. A command sent for an HTTP request carries who and from where;
 * every message it causes inherits them, with its own causation id. Timelines and audits read them back.
 */
public final class MetaDataKeys {

    /** The request (or first message) a chain of messages started from; constant along the chain. */
    public static final String CORRELATION_ID = "correlationId";
    /** The message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The signed-in user who asked. */
    public static final String USER_ID = "userId";
    public static final String CLIENT_IP = "clientIp";
    public static final String USER_AGENT = "userAgent";
    /** Who acted when no user did: {@code stripe}, {@code system:hold-expiry}. */
    public static final String ACTOR = "actor";
    /** The door device (its check-in session id) and its name, for what a door token did. */
    public static final String DEVICE_ID = "deviceId";
    public static final String DEVICE_NAME = "deviceName";

    private MetaDataKeys() {
    }
}
