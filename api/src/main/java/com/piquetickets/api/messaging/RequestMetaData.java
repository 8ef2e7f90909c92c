package com.piquetickets.api.messaging;

import com.piquetickets.domain.common.MetaDataKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The metadata every command sent while serving an HTTP request carries: who asked (when known), from where, and the
 * correlation id that ties the request to everything it causes. Order timelines and audits are built from it.
 */
public final class RequestMetaData {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    /** A request attribute where the authenticated user's id is put once identity exists. */
    public static final String USER_ID_ATTRIBUTE = RequestMetaData.class.getName() + ".userId";
    /** Request attributes where the door device's session id and name are put. */
    public static final String DEVICE_ID_ATTRIBUTE = RequestMetaData.class.getName() + ".deviceId";
    public static final String DEVICE_NAME_ATTRIBUTE = RequestMetaData.class.getName() + ".deviceName";

    private static final String REQUEST_ID_ATTRIBUTE = RequestMetaData.class.getName() + ".requestId";
    private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_USER_AGENT = 512;

    private RequestMetaData() {
    }

    /** The metadata of the current HTTP request, or an empty map outside of one (sagas, schedulers, tests). */
    public static Map<String, Object> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Map.of();
        }
        return of(servlet.getRequest());
    }

    static Map<String, Object> of(HttpServletRequest request) {
        Map<String, Object> metaData = new HashMap<>();
        String correlationId = correlationId(request);
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        metaData.put(MetaDataKeys.CAUSATION_ID, correlationId);
        metaData.put(MetaDataKeys.CLIENT_IP, request.getRemoteAddr());
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null && !userAgent.isBlank()) {
            metaData.put(MetaDataKeys.USER_AGENT, userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent);
        }
        Object userId = request.getAttribute(USER_ID_ATTRIBUTE);
        if (userId != null) {
            metaData.put(MetaDataKeys.USER_ID, userId.toString());
        }
        Object deviceId = request.getAttribute(DEVICE_ID_ATTRIBUTE);
        if (deviceId != null) {
            metaData.put(MetaDataKeys.DEVICE_ID, deviceId.toString());
            metaData.put(MetaDataKeys.DEVICE_NAME, String.valueOf(request.getAttribute(DEVICE_NAME_ATTRIBUTE)));
        }
        return metaData;
    }

    /** The caller's correlation id when it is a safe token, otherwise one made for this request (and kept for it). */
    public static String correlationId(HttpServletRequest request) {
        Object existing = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (existing != null) {
            return existing.toString();
        }
        String offered = request.getHeader(CORRELATION_HEADER);
        String id = offered != null && SAFE_CORRELATION_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        return id;
    }
}
