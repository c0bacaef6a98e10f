package org.mentorcred.exam.common;

/** The eight exam topics, in the order of the DOMAIN.md weight table. */
public enum Topic {
    COACHING_SKILLS,
    MENTORING_SKILLS,
    SUPERVISION_SKILLS,
    KNOWLEDGE_MANAGEMENT,
    TACIT_KNOWLEDGE_MANAGEMENT,
    BUSINESS_SKILLS,
    TOOLS_METHODOLOGIES_TECHNOLOGIES,
    CODE_OF_ETHICS
}
