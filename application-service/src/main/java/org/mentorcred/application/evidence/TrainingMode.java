package org.mentorcred.application.evidence;

public enum TrainingMode {
    ONLINE, IN_PERSON, BLENDED
}
