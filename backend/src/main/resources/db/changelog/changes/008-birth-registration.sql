--liquibase formatted sql

--changeset fpms:008-calendar-day
-- The official calendar: a day listed here is a working day or not as it says; any other day is one from Monday to
-- Friday (fpms.common.time.WorkingDays). The State Council publishes each year's arrangement (部分节假日安排的通知)
-- in November or December: add its rows then, or due dates in that year count Monday–Friday only.
create table calendar_day (
    day     date primary key,
    working boolean not null,
    note    varchar(50)
);
-- 2018: 国办发明电〔2017〕12号
insert into calendar_day (day, working, note) values
    ('2018-01-01', false, '元旦'),
    ('2018-02-11', true, '春节调休上班'),
    ('2018-02-15', false, '春节'), ('2018-02-16', false, '春节'), ('2018-02-17', false, '春节'), ('2018-02-18', false, '春节'),
    ('2018-02-19', false, '春节'), ('2018-02-20', false, '春节'), ('2018-02-21', false, '春节'),
    ('2018-02-24', true, '春节调休上班'),
    ('2018-04-05', false, '清明节'), ('2018-04-06', false, '清明节'), ('2018-04-07', false, '清明节'),
    ('2018-04-08', true, '清明节调休上班'),
    ('2018-04-28', true, '劳动节调休上班'),
    ('2018-04-29', false, '劳动节'), ('2018-04-30', false, '劳动节'), ('2018-05-01', false, '劳动节'),
    ('2018-06-18', false, '端午节'),
    ('2018-09-24', false, '中秋节'),
    ('2018-09-29', true, '国庆节调休上班'), ('2018-09-30', true, '国庆节调休上班'),
    ('2018-10-01', false, '国庆节'), ('2018-10-02', false, '国庆节'), ('2018-10-03', false, '国庆节'), ('2018-10-04', false, '国庆节'),
    ('2018-10-05', false, '国庆节'), ('2018-10-06', false, '国庆节'), ('2018-10-07', false, '国庆节'),
    -- the end of 2018 as the 2019 notice (国办发明电〔2018〕15号) arranged it
    ('2018-12-29', true, '元旦调休上班'),
    ('2018-12-30', false, '元旦'), ('2018-12-31', false, '元旦'), ('2019-01-01', false, '元旦');
-- 2026: 国办发明电〔2025〕7号 (published 2025-11-04)
insert into calendar_day (day, working, note) values
    ('2026-01-01', false, '元旦'), ('2026-01-02', false, '元旦'), ('2026-01-03', false, '元旦'),
    ('2026-01-04', true, '元旦调休上班'),
    ('2026-02-14', true, '春节调休上班'),
    ('2026-02-15', false, '春节'), ('2026-02-16', false, '春节'), ('2026-02-17', false, '春节'), ('2026-02-18', false, '春节'),
    ('2026-02-19', false, '春节'), ('2026-02-20', false, '春节'), ('2026-02-21', false, '春节'), ('2026-02-22', false, '春节'),
    ('2026-02-23', false, '春节'),
    ('2026-02-28', true, '春节调休上班'),
    ('2026-04-04', false, '清明节'), ('2026-04-05', false, '清明节'), ('2026-04-06', false, '清明节'),
    ('2026-05-01', false, '劳动节'), ('2026-05-02', false, '劳动节'), ('2026-05-03', false, '劳动节'), ('2026-05-04', false, '劳动节'),
    ('2026-05-05', false, '劳动节'),
    ('2026-05-09', true, '劳动节调休上班'),
    ('2026-06-19', false, '端午节'), ('2026-06-20', false, '端午节'), ('2026-06-21', false, '端午节'),
    ('2026-09-20', true, '国庆节调休上班'),
    ('2026-09-25', false, '中秋节'), ('2026-09-26', false, '中秋节'), ('2026-09-27', false, '中秋节'),
    ('2026-10-01', false, '国庆节'), ('2026-10-02', false, '国庆节'), ('2026-10-03', false, '国庆节'), ('2026-10-04', false, '国庆节'),
    ('2026-10-05', false, '国庆节'), ('2026-10-06', false, '国庆节'), ('2026-10-07', false, '国庆节'),
    ('2026-10-10', true, '国庆节调休上班');
--rollback drop table calendar_day;

--changeset fpms:008-birth-registration
-- 生育登记 (1st and 2nd child: REGISTRATION) and 再生育审批 (3rd child or later: APPROVAL) of a couple of the register
create sequence birth_registration_seq start with 1000 increment by 50;
create table birth_registration (
    id               bigint primary key,
    -- the mother's village: the registration's data scope
    org_unit_id      bigint not null references org_unit (id),
    father_id        bigint not null references person (id),
    mother_id        bigint not null references person (id),
    marriage_date    date not null,
    child_order      int not null check (child_order between 1 and 20),
    kind             varchar(16) not null check (kind in ('REGISTRATION', 'APPROVAL')),
    channel          varchar(8) not null check (channel in ('ONLINE', 'OFFICE')),
    status           varchar(16) not null check (status in ('SUBMITTED', 'VILLAGE_REVIEWED', 'REGISTERED', 'RETURNED', 'APPROVED', 'REJECTED')),
    -- the latest submission (a returned application is submitted again) and the review deadline counted from it
    submitted_on     date not null,
    due_on           date not null,
    village_opinion  varchar(500),
    village_reviewed_on date,
    -- REGISTERED / APPROVED: the number; RETURNED / REJECTED: the reason; the day of the town's decision
    number           varchar(32),
    decided_on       date,
    decision_reason  varchar(500),
    -- the pregnancy this birth follows, if it was followed (foreign key below, 008-birth-registration-pregnancy-fk)
    pregnancy_id     bigint,
    version          bigint not null default 0,
    created_at       timestamp with time zone not null default now(),
    check ((kind = 'REGISTRATION') = (child_order <= 2)),
    check (kind = 'REGISTRATION' and status in ('SUBMITTED', 'REGISTERED', 'RETURNED')
        or kind = 'APPROVAL' and status in ('SUBMITTED', 'VILLAGE_REVIEWED', 'APPROVED', 'REJECTED')),
    check ((number is not null) = (status in ('REGISTERED', 'APPROVED')))
);
create unique index birth_registration_number_uk on birth_registration (number);
-- one open application per mother and child order (the service answers 409 first; this holds under races)
create unique index birth_registration_open_uk on birth_registration (mother_id, child_order)
    where status in ('SUBMITTED', 'VILLAGE_REVIEWED');
-- the worklists: open applications of a town's villages by due date (queues), and every application by due date
create index birth_registration_open_due_ix on birth_registration (org_unit_id, due_on)
    where status in ('SUBMITTED', 'VILLAGE_REVIEWED');
create index birth_registration_scope_due_ix on birth_registration (org_unit_id, due_on);
-- a mother's applications (the checks on submit, the name search) and the father's (the name search)
create index birth_registration_mother_ix on birth_registration (mother_id, child_order);
create index birth_registration_father_ix on birth_registration (father_id);
-- a child order is registered or approved once per mother
create unique index birth_registration_granted_uk on birth_registration (mother_id, child_order)
    where status in ('REGISTERED', 'APPROVED');
create index birth_registration_pregnancy_ix on birth_registration (pregnancy_id) where pregnancy_id is not null;
--rollback drop table birth_registration; drop sequence birth_registration_seq;

--changeset fpms:008-birth-registration-step
-- the timeline of an application: each submission, review and decision, with who, when and why
create sequence birth_registration_step_seq start with 1 increment by 50;
create table birth_registration_step (
    id              bigint primary key,
    registration_id bigint not null references birth_registration (id),
    org_unit_id     bigint not null references org_unit (id),
    action          varchar(16) not null check (action in ('SUBMIT', 'RESUBMIT', 'REGISTER', 'RETURN', 'VILLAGE_REVIEW', 'APPROVE', 'REJECT')),
    from_status     varchar(16),
    to_status       varchar(16) not null,
    remark          varchar(500),
    actor           varchar(64) not null,
    occurred_at     timestamp with time zone not null
);
create index birth_registration_step_registration_ix on birth_registration_step (registration_id, occurred_at);
--rollback drop table birth_registration_step; drop sequence birth_registration_step_seq;

--changeset fpms:008-birth-registration-counter
-- registration and approval numbers, gapless per year and town: the service locks the row (FOR UPDATE) and takes the
-- next value in the transaction that issues the number, so a rolled-back decision gives its number back
create table birth_registration_counter (
    year        int not null,
    town_id     bigint not null references org_unit (id),
    last_value  int not null,
    primary key (year, town_id)
);
--rollback drop table birth_registration_counter;

--changeset fpms:008-birth-registration-pregnancy-fk
-- the pregnancy table exists now (007): a registration linked to a pregnancy names a real one
alter table birth_registration add constraint birth_registration_pregnancy_fk foreign key (pregnancy_id) references pregnancy (id);
