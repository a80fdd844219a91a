-- A mail may carry one document from the store as attachment (e.g. the invoice PDF).
alter table outbox_mails add column attachment_document_id uuid;
alter table outbox_mails add column attachment_name varchar(200);
