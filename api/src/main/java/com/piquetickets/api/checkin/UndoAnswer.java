package com.piquetickets.api.checkin;

import java.util.List;

/** The answer to an undo: the admissions taken back (one, or several for a group scan). */
record UndoAnswer(String scanId, String message, List<ScanAnswer> tickets) {

    UndoAnswer {
        tickets = List.copyOf(tickets);
    }
}
