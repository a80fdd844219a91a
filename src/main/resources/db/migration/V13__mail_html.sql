-- Mails go out as multipart/alternative: the HTML body is kept next to the plain-text one.
alter table outbox_mails add column html_body varchar(100000);
