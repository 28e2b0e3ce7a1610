-- The tasks of policy documents are searched without diacritics (issue 13, the task list's "q"):
-- their title and their document's number, folded; filled by the application (TaskSearchTexts).
alter table document_task add column search_text varchar(1200);
