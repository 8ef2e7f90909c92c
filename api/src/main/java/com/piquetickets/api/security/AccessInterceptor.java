package com.piquetickets.api.security;

import com.piquetickets.api.messaging.RequestMetaData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each endpoint's {@link Allow} rule before the handler runs (and before its body is read), and records the
 * signed-in user (or the door device) on the request so every command it sends carries the actor in its metadata. An endpoint of ours
 * without a rule is refused: access is never granted by omission.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);
    private static final String OUR_PACKAGE = "com.piquetickets.";

    private final Access access;

    AccessInterceptor(Access access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        access.currentUser().ifPresent(user -> request.setAttribute(RequestMetaData.USER_ID_ATTRIBUTE, user.id().toString()));
        access.currentDevice().ifPresent(device -> {
            request.setAttribute(RequestMetaData.DEVICE_ID_ATTRIBUTE, device.sessionId().toString());
            request.setAttribute(RequestMetaData.DEVICE_NAME_ATTRIBUTE, device.name());
        });
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(OUR_PACKAGE)) {
            return true;
        }
        Allow allow = method.getMethodAnnotation(Allow.class);
        if (allow == null) {
            log.error("{} has no @Allow rule; refusing every call to it", method);
            throw new ForbiddenException("this endpoint has no access rule yet");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get(allow.pathVariable());
        access.check(allow.value(), id, request.getParameter("show"));
        return true;
    }
}
