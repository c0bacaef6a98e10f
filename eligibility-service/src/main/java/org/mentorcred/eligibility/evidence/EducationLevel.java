package org.mentorcred.eligibility.evidence;

/** Highest education, lowest first: a minimum is met by its own level or any later one. */
public enum EducationLevel {
    NONE("no formal qualification"),
    SECONDARY("secondary education"),
    BACHELOR("bachelor's degree"),
    MASTER("master's degree"),
    DOCTORATE("doctorate");

    private final String words;

    EducationLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean atLeast(EducationLevel minimum) {
        return compareTo(minimum) >= 0;
    }

    public static EducationLevel higherOf(EducationLevel a, EducationLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
