package vn.doingoai.dataset;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a long import has come, for a page to show while it runs in the background: the rows
 * read from its file (a workbook's), then the items checked and the records written. Every count
 * only grows; {@link #percent()} reaches 100 when the import is over, whatever its outcome.
 */
public final class ImportProgress {

    private final AtomicLong rowsExpected = new AtomicLong();
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean reading;
    private volatile boolean finished;

    /** The file has about this many rows to read (a workbook's dimensions say so before its rows). */
    public void expectRows(long rows) {
        reading = true;
        rowsExpected.addAndGet(Math.max(0, rows));
    }

    public void rowRead() {
        rowsRead.incrementAndGet();
    }

    /** The file is read: the rows read are all there were. */
    public void readDone() {
        rowsExpected.set(rowsRead.get());
    }

    void expectItems(long count) {
        items.set(count);
    }

    void checked() {
        checked.incrementAndGet();
    }

    void written() {
        written.incrementAndGet();
    }

    /** A section is over: its records count as written even where its import does not say so one by one. */
    void writtenAtLeast(long count) {
        written.accumulateAndGet(count, Math::max);
    }

    public void finish() {
        finished = true;
    }

    public boolean finished() {
        return finished;
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public long rowsExpected() {
        return rowsExpected.get();
    }

    public long items() {
        return items.get();
    }

    public long recordsChecked() {
        return checked.get();
    }

    public long recordsWritten() {
        return written.get();
    }

    /**
     * 0–100: reading the file counts for 40 (when there is a file to read), checking the items for
     * 20 and writing them for the rest; 100 only once the import is over.
     */
    public int percent() {
        if (finished) {
            return 100;
        }
        double read = reading ? fraction(rowsRead.get(), rowsExpected.get()) : 1;
        double check = fraction(checked.get(), items.get());
        double write = fraction(written.get(), items.get());
        double done = reading ? 40 * read + 20 * check + 40 * write : 33 * check + 67 * write;
        return (int) Math.min(99, Math.floor(done));
    }

    private static double fraction(long done, long of) {
        return of <= 0 ? 0 : Math.min(1.0, (double) done / of);
    }
}
