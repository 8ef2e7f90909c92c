package com.piquetickets.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a door token: the principal is a {@link DoorDevice}, never a user. */
final class DoorDeviceAuthentication extends AbstractAuthenticationToken {

    private final DoorDevice device;

    DoorDeviceAuthentication(DoorDevice device) {
        super(List.of());
        this.device = device;
        setAuthenticated(true);
    }

    @Override
    public DoorDevice getPrincipal() {
        return device;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return "door-device:" + device.sessionId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DoorDeviceAuthentication that && device.equals(that.device);
    }

    @Override
    public int hashCode() {
        return device.hashCode();
    }
}
