-- How many of a company's approvers must approve an order above the buyer's spend limit.
alter table customers add column company_approvals_required integer default 1 not null;
