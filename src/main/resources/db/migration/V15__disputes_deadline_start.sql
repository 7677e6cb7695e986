-- One deadline row shape for the four disputes processes (as recon_deadline): the start day (起算日) and the days of
-- 中止 not counted, so that one store serves all four and a new holiday notice can find the periods it touches.
alter table litigation_deadline add column start_on date;
alter table litigation_deadline add column suspended_days int not null default 0;
alter table mediation_deadline add column start_on date;
alter table mediation_deadline add column suspended_days int not null default 0;
alter table petition_deadline add column start_on date;
alter table petition_deadline add column suspended_days int not null default 0;

-- rows written before: the start day is the triggering event the aggregate records for the step
update litigation_deadline set start_on = (select c.complaint_received_on from litigation_case c
    where c.org_id = litigation_deadline.litigation_case_org_id and c.id = litigation_deadline.litigation_case_id)
    where step = 'DEFENCE';
update litigation_deadline set start_on = (select c.served_on from litigation_case c
    where c.org_id = litigation_deadline.litigation_case_org_id and c.id = litigation_deadline.litigation_case_id)
    where step = 'APPEAL';
update mediation_deadline set start_on = (select c.accepted_on from mediation_case c
    where c.org_id = mediation_deadline.mediation_case_org_id and c.id = mediation_deadline.mediation_case_id)
    where step = 'MEDIATION_TIME_LIMIT';
update mediation_deadline set start_on = (select c.closed_on from mediation_case c
    where c.org_id = mediation_deadline.mediation_case_org_id and c.id = mediation_deadline.mediation_case_id)
    where step = 'JUDICIAL_CONFIRMATION';
update petition_deadline set start_on = (select case petition_deadline.step
        when 'ACCEPTANCE' then p.received_on when 'HANDLING' then p.accepted_on
        when 'REVIEW_REQUEST' then p.replied_on when 'REVIEW_OPINION' then p.review_requested_on
        when 'REREVIEW_REQUEST' then p.review_opinion_on when 'REREVIEW_OPINION' then p.rereview_requested_on end
    from petition p where p.org_id = petition_deadline.petition_org_id and p.id = petition_deadline.petition_id);
