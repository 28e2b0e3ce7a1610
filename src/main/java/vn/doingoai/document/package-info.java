/**
 * Uploaded files: the documents kept with records ({@link vn.doingoai.document.DocumentStore}: a
 * signed agreement, a delegation's report), the uploads that wait between two steps of a page
 * ({@link vn.doingoai.document.PendingUploads}: a dataset between its check and its import), and the
 * limits of every multipart request ({@code UploadLimits}). Record modules store and serve their
 * files here after their own access check; the backup reads and restores the kept documents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package vn.doingoai.document;
