-- The approval plan of each order revision, owned by PO Desk (issue 11): the routing table's rows become steps and
-- slots stored here, and every approval task is bound to its slot by task id. Decision checks read these rows and
-- approval_records, never a process variable a client could write.

create table approval_plans (
  -- the id of the process instance that planned it: one plan per approval round
  id                   varchar(64)    not null primary key,
  purchase_order_id    uuid           not null references purchase_orders (id),
  revision             integer        not null,
  planned_at           timestamp with time zone not null
);
create index approval_plans_order_idx on approval_plans (purchase_order_id, revision, planned_at);

create table approval_plan_slots (
  id                   uuid           not null primary key,
  plan_id              varchar(64)    not null references approval_plans (id),
  step_index           integer        not null,
  step_number          integer        not null,
  step_mode            varchar(16)    not null,
  approvals_required   integer        not null,
  sla                  varchar(32)    not null,
  slot_index           integer        not null,
  approver_group       varchar(64)    not null,
  backup_group         varchar(64)    not null,
  side                 varchar(8)     not null,
  -- set when the slot's task is created; a task has one slot, a slot one task
  task_id              varchar(64),
  chain_id             varchar(64),
  constraint approval_plan_slots_position_uk unique (plan_id, step_index, slot_index),
  constraint approval_plan_slots_task_uk unique (task_id)
);
