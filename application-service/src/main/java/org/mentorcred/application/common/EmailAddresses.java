package org.mentorcred.application.common;

import java.util.Locale;
import java.util.Set;

/**
 * When two e-mail addresses reach the same mailbox, as far as can be told from the addresses: the case of either
 * part, a {@code +tag} after the local part (which Gmail, Outlook, iCloud, Fastmail, Proton and most servers deliver
 * to the untagged mailbox) and, at providers that ignore them, dots in the local part. Used where an address must
 * not be the applicant's own (a referee's link), so it errs towards "the same".
 */
public final class EmailAddresses {

    /** Providers that deliver {@code f.i.r.s.t@} to {@code first@}. */
    private static final Set<String> DOT_BLIND = Set.of("gmail.com", "googlemail.com");

    private EmailAddresses() {
    }

    /** The address as its mailbox: {@code Amara.Okafor+ref@GoogleMail.com} is {@code amaraokafor@gmail.com}. */
    public static String mailbox(String address) {
        if (address == null) {
            return "";
        }
        String s = address.strip().toLowerCase(Locale.ROOT);
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return s;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1).replaceAll("\\.+$", "");
        int tag = local.indexOf('+');
        if (tag > 0) {
            local = local.substring(0, tag);
        }
        if (DOT_BLIND.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** True if both are addresses and reach the same mailbox by {@link #mailbox}. */
    public static boolean sameMailbox(String a, String b) {
        String first = mailbox(a);
        return !first.isEmpty() && first.contains("@") && first.equals(mailbox(b));
    }
}
