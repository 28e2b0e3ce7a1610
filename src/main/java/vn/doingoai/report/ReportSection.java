package vn.doingoai.report;

/** The sections of the periodic report (DOMAIN.md's areas), in the order the document writes them. */
enum ReportSection {
    POLITICAL("I", "Ngoại giao chính trị và hợp tác quốc tế cấp địa phương"),
    ECONOMIC("II", "Ngoại giao kinh tế"),
    AID("III", "Đối ngoại nhân dân và viện trợ phi chính phủ nước ngoài"),
    CONSULAR("IV", "Công tác lãnh sự, quản lý đoàn ra, đoàn vào");

    private final String numeral;
    private final String title;

    ReportSection(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    String numeral() {
        return numeral;
    }

    /** The Vietnamese heading of the official document. */
    String title() {
        return title;
    }

    /** The message key of the section's name on the pages. */
    String messageKey() {
        return "report.section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** For templates. */
    public String getMessageKey() {
        return messageKey();
    }

    public String getId() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
