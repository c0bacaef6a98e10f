package org.mentorcred.exam.common;

/** The four IPMA exam levels (DOMAIN.md: L1 Associate, L2 Professional, L3 Senior, L4 Master Mentor). */
public enum Level {
    AM, PM, SM, MM
}
