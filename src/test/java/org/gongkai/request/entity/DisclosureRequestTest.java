package org.gongkai.request.entity;

import org.gongkai.platform.entity.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A request guards its own transitions: each is named after the event of the law that causes it. */
class DisclosureRequestTest {

    private static DisclosureRequest receivedOn(String day) {
        return new DisclosureRequest("GK-TEST", "000014349", Channel.ONLINE, "salt", "hash", null, "key",
                "请公开2025年本机关行政事业性收费项目清单", null, DeliveryFormat.ELECTRONIC, DeliveryMethod.EMAIL,
                Instant.parse("2026-02-13T02:00:00Z"), null, LocalDate.parse(day));
    }

    @Test
    void theCorrectedApplicationRestartsThePeriodFromItsReceiptAndKeepsTheFirstReceipt() {
        DisclosureRequest request = receivedOn("2026-02-13");
        request.requestSupplementation("[\"申请人身份证明\"]", LocalDate.parse("2026-02-24"), LocalDate.parse("2026-03-10"));
        assertEquals(RequestStatus.AWAITING_SUPPLEMENT, request.status());

        request.restartPeriod("补正后的申请内容", LocalDate.parse("2026-03-02"));

        assertEquals(RequestStatus.PROCESSING, request.status());
        assertEquals(LocalDate.parse("2026-03-02"), request.receivedOn());
        assertEquals(LocalDate.parse("2026-02-13"), request.firstReceivedOn());
    }

    @Test
    void thePeriodCannotRestartWithoutACorrectionNoticeAndTheNoticeGoesOutOnce() {
        DisclosureRequest request = receivedOn("2026-02-13");
        StateConflictException restart = assertThrows(StateConflictException.class,
                () -> request.restartPeriod("文本", LocalDate.parse("2026-03-02")));
        assertEquals("request_state", restart.code());
        assertEquals(LocalDate.parse("2026-02-13"), request.receivedOn());

        request.requestSupplementation("[\"事项\"]", LocalDate.parse("2026-02-24"), LocalDate.parse("2026-03-10"));
        StateConflictException twice = assertThrows(StateConflictException.class,
                () -> request.requestSupplementation("[\"事项\"]", LocalDate.parse("2026-02-25"), LocalDate.parse("2026-03-10")));
        assertEquals("supplementation_once", twice.code());
    }

    @Test
    void consultationStopsTheClockAndOnlyAnAnsweredConsultationResumesIt() {
        DisclosureRequest request = receivedOn("2026-02-13");
        assertThrows(StateConflictException.class, request::resumeAfterConsultation);
        request.pauseForConsultation();
        request.pauseForConsultation(); // a second third party while the first is consulted
        assertEquals(RequestStatus.CONSULTING, request.status());
        assertThrows(StateConflictException.class, request::sendReplyToReview);
        request.resumeAfterConsultation();
        assertEquals(RequestStatus.PROCESSING, request.status());
    }

    @Test
    void aReplyGoesToReviewFromProcessingAndComesBackWhenNotApproved() {
        DisclosureRequest request = receivedOn("2026-02-13");
        assertThrows(StateConflictException.class, request::replyNotApproved);
        request.sendReplyToReview();
        assertEquals(RequestStatus.REPLY_IN_REVIEW, request.status());
        assertThrows(StateConflictException.class, request::pauseForConsultation);
        request.replyNotApproved();
        assertEquals(RequestStatus.PROCESSING, request.status());
    }

    @Test
    void aClosedRequestRefusesEveryFurtherStep() {
        DisclosureRequest request = receivedOn("2026-02-13");
        request.close(Outcome.GRANTED, null, LocalDate.parse("2026-03-01"));
        StateConflictException again = assertThrows(StateConflictException.class,
                () -> request.close(Outcome.REFUSED, null, LocalDate.parse("2026-03-02")));
        assertEquals("request_closed", again.code());
        assertEquals(Outcome.GRANTED, request.outcome());
        assertThrows(StateConflictException.class, request::pauseForConsultation);
        assertThrows(StateConflictException.class, () -> request.feePaid(LocalDate.parse("2026-03-02")));
    }

    @Test
    void theExtensionIsAskedOnceAndDecidedOnce() {
        DisclosureRequest request = receivedOn("2026-02-13");
        assertEquals("extension_not_requested", assertThrows(StateConflictException.class,
                () -> request.decideExtension(true, "leader", LocalDate.parse("2026-03-02"), null)).code());
        request.requestExtension(10, "需调取档案", "officer", LocalDate.parse("2026-03-02"));
        assertEquals("extension_once", assertThrows(StateConflictException.class,
                () -> request.requestExtension(5, "再次延长", "officer", LocalDate.parse("2026-03-03"))).code());
        request.decideExtension(true, "leader", LocalDate.parse("2026-03-03"), null);
        assertEquals(10, request.approvedExtensionDays());
        assertThrows(StateConflictException.class,
                () -> request.decideExtension(false, "leader", LocalDate.parse("2026-03-04"), null));
        assertEquals(10, request.approvedExtensionDays());
    }

    @Test
    void anOnlineFilingOfASaturdayIsReceivedOnMondayButOfficersMayActFromSaturday() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        DisclosureRequest saturday = new DisclosureRequest("GK-SAT", "000014349", Channel.ONLINE, "salt", "hash", null,
                "key", "描述", null, DeliveryFormat.ELECTRONIC, DeliveryMethod.EMAIL,
                Instant.parse("2026-12-05T02:00:00Z"), null, LocalDate.parse("2026-12-07"));
        assertEquals(LocalDate.parse("2026-12-05"), saturday.arrivedOn(beijing));
        DisclosureRequest posted = new DisclosureRequest("GK-POST", "000014349", Channel.MAIL, "salt", "hash", null,
                "key", "描述", null, DeliveryFormat.PAPER, DeliveryMethod.POST,
                Instant.parse("2026-12-08T02:00:00Z"), "officer", LocalDate.parse("2026-12-04"));
        assertEquals(LocalDate.parse("2026-12-04"), posted.arrivedOn(beijing), "registered later than received");
    }
}
