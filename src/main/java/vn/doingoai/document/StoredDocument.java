package vn.doingoai.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document kept by {@link DocumentStore}: where it lies, its original name, type and size. */
@Embeddable
public record StoredDocument(
        @Column(name = "doc_path", length = 500) String path,
        @Column(name = "doc_name", length = 300) String fileName,
        @Column(name = "doc_type", length = 200) String contentType,
        @Column(name = "doc_size") Long size) {}
