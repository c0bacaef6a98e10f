package org.mentorcred.systemtests.api;

import org.mentorcred.infra.suite.Suite;

/** One client per service of the running suite. */
public record Apis(ApplicationApi application, Drafts drafts, EligibilityApi eligibility, PaymentApi payment,
        NotificationApi notification, ExamApi exam) {

    public static Apis of(Suite suite) {
        ApplicationApi application = new ApplicationApi(suite);
        return new Apis(application, new Drafts(application), new EligibilityApi(suite), new PaymentApi(suite),
                new NotificationApi(suite), new ExamApi(suite));
    }
}
