package org.mentorcred.systemtests.support;

import java.util.UUID;

/** Fresh names, so tests sharing one running suite never see each other's data. */
public final class Ids {

    private Ids() {
    }

    /** {@code prefix-1a2b3c4d}. */
    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An email domain of one test's own, e.g. {@code j5-1a2b3c4d.example.org}. */
    public static String domain(String label) {
        return fresh(label) + ".example.org";
    }
}
