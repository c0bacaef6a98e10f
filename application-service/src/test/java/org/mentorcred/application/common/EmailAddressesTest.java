package org.mentorcred.application.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A referee address that reaches the applicant's own mailbox is caught, however it is written. */
class EmailAddressesTest {

    @Test
    void caseTagsAndIgnoredDotsReachTheSameMailbox() {
        assertTrue(EmailAddresses.sameMailbox("Amara+ref@Example.org", "amara@example.org"));
        assertTrue(EmailAddresses.sameMailbox(" AMARA@EXAMPLE.ORG ", "amara@example.org."));
        assertTrue(EmailAddresses.sameMailbox("a.m.a.r.a+x@googlemail.com", "amara@gmail.com"));
        assertEquals("amaraokafor@gmail.com", EmailAddresses.mailbox("Amara.Okafor+ref@GoogleMail.com"));
    }

    @Test
    void otherMailboxesStayApart() {
        assertFalse(EmailAddresses.sameMailbox("a.mara@example.org", "amara@example.org"), "dots count elsewhere");
        assertFalse(EmailAddresses.sameMailbox("amara@example.org", "amara@example.com"));
        assertFalse(EmailAddresses.sameMailbox("", ""));
        assertFalse(EmailAddresses.sameMailbox(null, null));
        assertFalse(EmailAddresses.sameMailbox("not-an-address", "not-an-address"));
    }
}
