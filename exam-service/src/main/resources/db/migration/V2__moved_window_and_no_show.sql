-- A session the body moved gives each candidate booked on it a window of its own to reschedule or cancel free of
-- charge (BookingService.sessionMoved); null: the session's usual cut-off.
ALTER TABLE booking ADD COLUMN changeable_until timestamptz;

-- A no-show: no result was recorded within mentorcred.exam.no-show.after of the session's start. It counts as a
-- failed attempt (a result with noShow = true and every score 0).
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN ('BOOKED', 'CANCELLED', 'SAT', 'NO_SHOW'));
ALTER TABLE exam_result ADD COLUMN no_show boolean NOT NULL DEFAULT false;
