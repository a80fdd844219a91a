-- ShedLock's lock table: a scheduled task that must run on one node at a time (the resubmission of module events
-- whose listener failed) holds its row until lock_until. Times are the database's own (UTC), so node clocks do not matter.
create table shedlock (
  name                 varchar(64)    not null primary key,
  lock_until           timestamp      not null,
  locked_at            timestamp      not null,
  locked_by            varchar(255)   not null
);
