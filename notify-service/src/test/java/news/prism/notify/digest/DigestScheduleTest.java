package news.prism.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import news.prism.notify.subscription.Frequency;
import org.junit.jupiter.api.Test;

/** Where digest periods end, on the reader's clock. */
class DigestScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final DigestSchedule eightInBerlinOnFridays = new DigestSchedule(BERLIN, LocalTime.of(8, 0),
            DayOfWeek.FRIDAY);

    @Test
    void aDailyPeriodEndsAtTheNextSendTimeInTheReadersZone() {
        // 06:59 UTC in winter is 07:59 in Berlin: the period ends a minute later.
        assertThat(eightInBerlinOnFridays.nextEnd(Frequency.DAILY, Instant.parse("2026-01-14T06:59:00Z")))
                .isEqualTo(Instant.parse("2026-01-14T07:00:00Z"));
        // Exactly at the send time, the next period ends a day later.
        assertThat(eightInBerlinOnFridays.nextEnd(Frequency.DAILY, Instant.parse("2026-01-14T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-15T07:00:00Z"));
        // In summer Berlin is two hours ahead of UTC.
        assertThat(eightInBerlinOnFridays.nextEnd(Frequency.DAILY, Instant.parse("2026-07-01T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
    }

    @Test
    void aWeeklyPeriodEndsOnTheReadersWeekday() {
        // Wednesday 14 January 2026 → Friday 16 January, 08:00 in Berlin.
        assertThat(eightInBerlinOnFridays.nextEnd(Frequency.WEEKLY, Instant.parse("2026-01-14T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-16T07:00:00Z"));
        // Friday after the send time → the Friday after.
        assertThat(eightInBerlinOnFridays.nextEnd(Frequency.WEEKLY, Instant.parse("2026-01-16T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-23T07:00:00Z"));
    }

    @Test
    void aSendTimeThatDaylightSavingSkipsFallsAfterTheGap() {
        // 29 March 2026: Berlin's clocks go from 02:00 to 03:00; 02:30 does not exist that day.
        DigestSchedule halfPastTwo = new DigestSchedule(BERLIN, LocalTime.of(2, 30), DayOfWeek.SUNDAY);
        Instant end = halfPastTwo.nextEnd(Frequency.DAILY, Instant.parse("2026-03-28T12:00:00Z"));
        assertThat(end).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(halfPastTwo.nextEnd(Frequency.DAILY, end)).isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void eachStoryHasNoPeriods() {
        assertThatThrownBy(() -> eightInBerlinOnFridays.nextEnd(Frequency.EACH_STORY, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
