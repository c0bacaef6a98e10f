package org.mentorcred.eligibility.evidence;

/** IPMA course level of a training, when the course is one. */
public enum TrainingLevel {
    AM, PM, SM, MM
}
