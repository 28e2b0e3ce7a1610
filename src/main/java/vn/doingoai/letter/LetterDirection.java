package vn.doingoai.letter;

/** Whether the province sent the letter or received it. */
public enum LetterDirection {
    SENT,
    RECEIVED
}
