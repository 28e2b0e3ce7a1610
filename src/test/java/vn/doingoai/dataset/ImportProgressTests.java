package vn.doingoai.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress of an import grows with the rows read, the items checked and the records written. */
class ImportProgressTests {

    @Test
    void aWorkbooksImportGoesFromReadingToWritingAndEndsAtAHundred() {
        ImportProgress progress = new ImportProgress();
        progress.expectRows(100);
        assertThat(progress.percent()).isZero();
        for (int i = 0; i < 50; i++) {
            progress.rowRead();
        }
        assertThat(progress.percent()).isEqualTo(20);
        for (int i = 0; i < 50; i++) {
            progress.rowRead();
        }
        progress.readDone();
        progress.expectItems(100);
        assertThat(progress.percent()).isEqualTo(40);
        for (int i = 0; i < 100; i++) {
            progress.checked();
        }
        assertThat(progress.percent()).isEqualTo(60);
        for (int i = 0; i < 50; i++) {
            progress.written();
        }
        assertThat(progress.percent()).isEqualTo(80);
        progress.writtenAtLeast(100);
        assertThat(progress.percent()).as("never 100 before it is over").isEqualTo(99);
        progress.finish();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.rowsRead()).isEqualTo(100);
        assertThat(progress.recordsWritten()).isEqualTo(100);
    }

    @Test
    void aJsonImportHasNoRowsToRead() {
        ImportProgress progress = new ImportProgress();
        progress.expectItems(10);
        for (int i = 0; i < 10; i++) {
            progress.checked();
        }
        assertThat(progress.percent()).isEqualTo(33);
        progress.finish();
        assertThat(progress.percent()).isEqualTo(100);
    }
}
