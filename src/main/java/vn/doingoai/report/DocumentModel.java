package vn.doingoai.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.doingoai.money.VietnameseFormat;

/**
 * The parts of an administrative document of Decree 30/2020/NĐ-CP, ready for Word, PDF or a page:
 * the body above the issuing body and the issuing body, the number and symbol, the national title
 * and motto, place and date, the kind and subject, the body (its {@link #blocks()}), the recipients
 * and the signer. Word, PDF and the pages render this one model.
 */
record DocumentModel(
        Locale locale,
        String nation,
        String motto,
        String issuerAbove,
        String issuer,
        String number,
        String placeAndDate,
        String kind,
        String subject,
        ReportBody body,
        String recipientsLabel,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    /** A line of the body: an area's heading, a section's heading or a paragraph. */
    record Block(Kind kind, String text) {
        enum Kind {
            PART,
            CHAPTER,
            PARAGRAPH
        }

        public boolean isPart() {
            return kind == Kind.PART;
        }

        public boolean isChapter() {
            return kind == Kind.CHAPTER;
        }
    }

    static DocumentModel of(
            ReportIssue issue, ReportBody body, Locale locale, MessageSource messages, LocalDate today) {
        boolean en = ReportWords.english(locale);
        LocalDate day = issue.issuedOn() == null ? today : issue.issuedOn();
        String date = en
                ? day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + day.getYear()
                : VietnameseFormat.longDate(day);
        String number = issue.number() == null
                ? text(messages, locale, "report.document.unnumbered", issue.symbol())
                : text(messages, locale, "report.document.number", String.valueOf(issue.number()), issue.symbol());
        return new DocumentModel(
                locale,
                text(messages, locale, "report.document.nation"),
                text(messages, locale, "report.document.motto"),
                issue.issuerAbove(),
                issue.issuer(),
                number,
                issue.place() + ", " + date,
                text(messages, locale, "report.document.kind"),
                issue.subject(),
                body,
                text(messages, locale, "report.document.recipients"),
                issue.recipients(),
                issue.signerTitle(),
                issue.signerName());
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The body line by line: each area's heading in capitals, each section's heading where an area
     * has several, the paragraphs; a Vietnamese document ends with "/." after its last sentence.
     */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (ReportBody.Part part : body.parts()) {
            blocks.add(new Block(Block.Kind.PART, part.numeral() + ". " + ReportWords.upper(part.title())));
            for (ReportBody.Chapter chapter : part.chapters()) {
                if (chapter.heading() != null) {
                    blocks.add(new Block(Block.Kind.CHAPTER, chapter.heading()));
                }
                for (String p : chapter.paragraphs()) {
                    blocks.add(new Block(Block.Kind.PARAGRAPH, p));
                }
            }
        }
        if (!ReportWords.english(locale) && !blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            if (last.kind() == Block.Kind.PARAGRAPH && !last.text().endsWith("/.")) {
                blocks.set(blocks.size() - 1, new Block(Block.Kind.PARAGRAPH, last.text() + "/."));
            }
        }
        return blocks;
    }
}
