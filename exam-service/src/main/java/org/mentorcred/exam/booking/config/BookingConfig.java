package org.mentorcred.exam.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Booking rules ({@code mentorcred.exam.booking.*}). */
@ConfigMapping(prefix = "mentorcred.exam.booking")
public interface BookingConfig {

    /**
     * How long before a session starts bookings close: after it, a candidate can no longer book the session,
     * move a booking off it or cancel it (seat lists are final).
     */
    @WithDefault("P7D")
    Duration changeCutoff();

    /**
     * When the body moves a session, each candidate booked on it may reschedule or cancel free of charge for this
     * long after the move (ours), even past the cut-off, though never after the session has started.
     */
    @WithDefault("P7D")
    Duration movedChangeWindow();
}
