package com.piquetickets.domain.checkin;

/** Entries and exits recorded at one gate ({@code null}: scans that named no gate); undone and superseded entries excluded. */
public record CheckInGateCount(String gate, long admissions, long exits) {
}
