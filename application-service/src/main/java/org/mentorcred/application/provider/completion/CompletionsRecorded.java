package org.mentorcred.application.provider.completion;

import java.util.Set;

/**
 * Fired (synchronously, in the writing transaction) when partner completion records were created or updated, or
 * when an applicant's e-mail became verified (so the records of that address now count as theirs), so the
 * application process can see whether a learner's training is now complete.
 *
 * @param learnerEmails the learners' e-mails as the records give them
 * @param description what happened, for the timeline ("2 completion records from Thames Mentoring QTSP")
 */
public record CompletionsRecorded(Set<String> learnerEmails, String description) {
}
