package vn.doingoai.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's limits on what a zip package may unpack to, set explicitly (they hold for every package
 * POI opens in this application): an entry may not inflate more than 500-fold (deflate cannot pack
 * better than about 1000:1, which is what a zip bomb does; POI's own 100-fold refuses large sheets
 * of repetitive rows that Excel writes), nor beyond {@link #MAX_ENTRY_BYTES}, and a package holds
 * at most {@link #MAX_ENTRIES} entries. The rows and cells a workbook's import reads are counted
 * besides ({@link WorkbookReader.Limits}).
 */
final class ZipLimits {

    static final double MIN_INFLATE_RATIO = 0.002;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final long MAX_ENTRIES = 1_000;

    private ZipLimits() {}

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
}
