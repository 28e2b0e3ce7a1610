package vn.doingoai.letter;

/** What a letter is written for (API.md). */
public enum LetterOccasion {
    /** Tết, national days. */
    HOLIDAY,
    CONGRATULATION,
    CONDOLENCE,
    INVITATION,
    THANKS,
    OTHER
}
