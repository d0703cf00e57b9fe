--liquibase formatted sql

-- DEMO DATA ONLY (context "demo"): 20 birth registrations and approvals of couples of the demo register across the
-- eight villages of 文昌镇, in every state, dated back from the day the database is created (current_date) so that the
-- worklists are alive on the first run: some due soon, some overdue, some decided with numbers.

--changeset fpms:demo-004-town-codes context:demo
-- numbers carry the town's administrative division code (统计用区划代码 of 沙坡头区's towns)
update org_unit set code = '640502100' where id = 13 and code is null;
update org_unit set code = '640502101' where id = 4 and code is null;
--rollback update org_unit set code = null where id in (4, 13);

--changeset fpms:demo-004-working-day-functions context:demo splitStatements:false
-- helpers for the demo data below (dropped after it): the n-th working day after / before a day, by calendar_day
create function demo_working_day(d date, n int) returns date language plpgsql as $$
declare
    step    int := sign(n)::int;
    counted int := 0;
    cur     date := d;
    listed  boolean;
begin
    while counted < abs(n) loop
        cur := cur + step;
        listed := (select c.working from calendar_day c where c.day = cur);
        if coalesce(listed, extract(isodow from cur) < 6) then
            counted := counted + 1;
        end if;
    end loop;
    return cur;
end
$$;
--rollback drop function demo_working_day;

--changeset fpms:demo-004-birth-registrations context:demo splitStatements:false
do $$
declare
    -- kind, village, final status, working days ago: submitted, village-reviewed, decided (or returned), resubmitted;
    -- channel, reason. Decided ones come in the order of their decision, so that their numbers follow it.
    scenarios text[][] := array[
        ['REGISTRATION', '12', 'REGISTERED',       '60', null, '58', null, 'ONLINE', '材料齐全，予以登记'],
        ['APPROVAL',     '6',  'APPROVED',         '50', '48', '45', null, 'OFFICE', '符合再生育条件，予以批准'],
        ['REGISTRATION', '11', 'REGISTERED',       '40', null, '36', null, 'OFFICE', null],
        ['APPROVAL',     '5',  'APPROVED',         '30', '28', '25', null, 'OFFICE', null],
        ['REGISTRATION', '10', 'REGISTERED',       '20', null, '17', null, 'OFFICE', null],
        ['APPROVAL',     '6',  'REJECTED',         '25', '23', '20', null, 'OFFICE', '经核查，不符合自治区再生育规定条件'],
        ['REGISTRATION', '6',  'RETURNED',         '10', null, '8',  null, 'ONLINE', '结婚证复印件不清晰，请补交清晰的复印件'],
        ['REGISTRATION', '12', 'RETURNED',         '15', null, '11', null, 'OFFICE', '缺少夫妻双方户口簿复印件'],
        ['REGISTRATION', '5',  'SUBMITTED',        '12', null, '10', '2',  'OFFICE', '双方户籍信息与身份证不一致，请核实'],
        ['REGISTRATION', '5',  'SUBMITTED',        '0',  null, null, null, 'OFFICE', null],
        ['REGISTRATION', '6',  'SUBMITTED',        '1',  null, null, null, 'ONLINE', null],
        ['REGISTRATION', '7',  'SUBMITTED',        '3',  null, null, null, 'OFFICE', null],
        ['REGISTRATION', '5',  'SUBMITTED',        '4',  null, null, null, 'ONLINE', null],
        ['REGISTRATION', '8',  'SUBMITTED',        '7',  null, null, null, 'OFFICE', null],
        ['REGISTRATION', '9',  'SUBMITTED',        '9',  null, null, null, 'ONLINE', null],
        ['APPROVAL',     '5',  'SUBMITTED',        '1',  null, null, null, 'OFFICE', null],
        ['APPROVAL',     '6',  'SUBMITTED',        '4',  null, null, null, 'OFFICE', null],
        ['APPROVAL',     '7',  'SUBMITTED',        '8',  null, null, null, 'OFFICE', null],
        ['APPROVAL',     '5',  'VILLAGE_REVIEWED', '3',  '2',  null, null, 'OFFICE', null],
        ['APPROVAL',     '6',  'VILLAGE_REVIEWED', '6',  '5',  null, null, 'OFFICE', null]];
    s          text[];
    village    bigint;
    couple     record;
    rid        bigint;
    submitted  date;
    first_submitted date;
    reviewed   date;
    decided    date;
    resubmitted date;
    status     text;
    reg_number text;
    seq        int;
    submitter  text;
    worker     text;
    opinion    text := '情况属实，同意上报镇计生办审批';
    at         time := '09:30';
begin
    for i in 1 .. array_length(scenarios, 1) loop
        s := array[scenarios[i][1], scenarios[i][2], scenarios[i][3], scenarios[i][4], scenarios[i][5], scenarios[i][6],
                   scenarios[i][7], scenarios[i][8], scenarios[i][9]];
        village := s[2]::bigint;
        -- the next couple of the village not used yet: husband (head) and wife (spouse) aged 24-45, the wife with at most
        -- one child in the register for a registration, at least two for an approval
        select head.id as father_id, wife.id as mother_id, greatest(head.marriage_date, wife.marriage_date) as married,
               (select count(*) from person c where c.mother_id = wife.id) as children
          into couple
          from household h
          join person head on head.id = h.head_id and head.sex = 'MALE'
          join person wife on wife.household_id = h.id and wife.relation = 'SPOUSE' and wife.sex = 'FEMALE'
         where h.org_unit_id = village
           and wife.birth_date between current_date - interval '45 years' and current_date - interval '24 years'
           and greatest(head.marriage_date, wife.marriage_date) <= current_date
           and not exists (select 1 from birth_registration b where b.mother_id = wife.id)
           and case when s[1] = 'REGISTRATION' then (select count(*) from person c where c.mother_id = wife.id) <= 1
                    else (select count(*) from person c where c.mother_id = wife.id) >= 2 end
         order by h.id
         limit 1;
        if not found then
            raise exception 'demo data: no couple left for % in village %', s[1], village;
        end if;
        first_submitted := demo_working_day(current_date, -s[4]::int);
        reviewed := case when s[5] is not null then demo_working_day(current_date, -s[5]::int) end;
        decided := case when s[6] is not null then demo_working_day(current_date, -s[6]::int) end;
        resubmitted := case when s[7] is not null then demo_working_day(current_date, -s[7]::int) end;
        submitted := coalesce(resubmitted, first_submitted);
        status := s[3];
        submitter := case when s[8] = 'ONLINE' then 'gov-service' when village = 5 then 'village' when village = 6 then 'village2' else 'town' end;
        worker := case when village = 5 then 'village' else 'village2' end;
        reg_number := null;
        if status in ('REGISTERED', 'APPROVED') then
            insert into birth_registration_counter (year, town_id, last_value) values (extract(year from decided)::int, 4, 1)
            on conflict (year, town_id) do update set last_value = birth_registration_counter.last_value + 1
            returning last_value into seq;
            reg_number := extract(year from decided)::int || '-640502101-' || lpad(seq::text, 4, '0');
        end if;
        rid := nextval('birth_registration_seq');
        insert into birth_registration (id, org_unit_id, father_id, mother_id, marriage_date, child_order, kind, channel, status,
                                        submitted_on, due_on, village_opinion, village_reviewed_on, number, decided_on,
                                        decision_reason, created_at)
        values (rid, village, couple.father_id, couple.mother_id, couple.married, couple.children + 1, s[1], s[8], status,
                submitted, demo_working_day(submitted, 5), case when reviewed is not null then opinion end, reviewed, reg_number,
                case when resubmitted is null then decided end, case when resubmitted is null then s[9] end,
                (first_submitted + at) at time zone 'Asia/Shanghai');
        insert into birth_registration_step (id, registration_id, org_unit_id, action, from_status, to_status, remark, actor, occurred_at)
        values (nextval('birth_registration_step_seq'), rid, village, 'SUBMIT', null, 'SUBMITTED', null, submitter,
                (first_submitted + at) at time zone 'Asia/Shanghai');
        if reviewed is not null then
            insert into birth_registration_step (id, registration_id, org_unit_id, action, from_status, to_status, remark, actor, occurred_at)
            values (nextval('birth_registration_step_seq'), rid, village, 'VILLAGE_REVIEW', 'SUBMITTED', 'VILLAGE_REVIEWED', opinion,
                    worker, (reviewed + time '10:15') at time zone 'Asia/Shanghai');
        end if;
        if decided is not null then
            insert into birth_registration_step (id, registration_id, org_unit_id, action, from_status, to_status, remark, actor, occurred_at)
            values (nextval('birth_registration_step_seq'), rid, village,
                    case when s[1] = 'APPROVAL' then (case when status = 'APPROVED' then 'APPROVE' else 'REJECT' end)
                         when status = 'REGISTERED' then 'REGISTER' else 'RETURN' end,
                    case when s[1] = 'APPROVAL' then 'VILLAGE_REVIEWED' else 'SUBMITTED' end,
                    case when resubmitted is not null then 'RETURNED' else status end,
                    s[9], 'town', (decided + time '15:40') at time zone 'Asia/Shanghai');
        end if;
        if resubmitted is not null then
            insert into birth_registration_step (id, registration_id, org_unit_id, action, from_status, to_status, remark, actor, occurred_at)
            values (nextval('birth_registration_step_seq'), rid, village, 'RESUBMIT', 'RETURNED', 'SUBMITTED', '已核实并更正户籍信息',
                    submitter, (resubmitted + time '11:05') at time zone 'Asia/Shanghai');
        end if;
    end loop;
end
$$;
--rollback delete from birth_registration_step; delete from birth_registration; delete from birth_registration_counter;

--changeset fpms:demo-004-drop-functions context:demo
drop function demo_working_day;
--rollback select 1;
