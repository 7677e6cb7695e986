-- disputes (issue 6): petition forwarding (转送/交办, 信访工作条例 第二十二条、第二十三条).

-- A petition registered by org_id and forwarded to forwarded_to_org_id, the organ that then decides whether to accept
-- it; forwarded_on is the day the receiving organ got it (through this system: the day of forwarding), from which its
-- 15 days run (第二十三条第三款). forward_kind: TRANSFER (转送) or ASSIGN (交办);
-- forwarded_from_org_id: the organ that forwarded it last (keeps read access).
alter table petition add column forwarded_to_org_id bigint;
alter table petition add column forwarded_from_org_id bigint;
alter table petition add column forwarded_on date;
alter table petition add column forward_kind varchar(20);
alter table petition add column forward_reason varchar(1000);
create index petition_forwarded_idx on petition (forwarded_to_org_id);
