package org.mentorcred.application.evidence;

/** The IPMA level a course prepares for, when it is an IPMA course. */
public enum CourseLevel {
    AM, PM, SM, MM
}
