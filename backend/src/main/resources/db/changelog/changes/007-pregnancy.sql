--liquibase formatted sql

--changeset fpms:007-follow-up-rule
-- Versioned: a change is a new row effective from a date; open and future slots follow it, closed ones keep theirs.
create sequence follow_up_rule_seq start with 1000 increment by 50;
create table follow_up_rule (
    id              bigint primary key,
    kind            varchar(20) not null check (kind in ('HOME_VISIT', 'PREGNANCY_CHECK', 'ULTRASOUND')),
    interval_months int not null check (interval_months between 1 and 12),
    window_days     int not null check (window_days >= 1),
    grace_days      int not null check (grace_days >= 0),
    effective_from  date not null,
    reason          varchar(500),
    created_by      varchar(64) not null,
    created_at      timestamp with time zone not null,
    unique (kind, effective_from)
);
-- the work plan: a home visit every month, a pregnancy check every two months, an ultrasound every half-year
insert into follow_up_rule (id, kind, interval_months, window_days, grace_days, effective_from, reason, created_by, created_at) values
    (1, 'HOME_VISIT', 1, 20, 5, date '2000-01-01', '2018 年工作计划：每月随访一次', 'system', now()),
    (2, 'PREGNANCY_CHECK', 2, 40, 7, date '2000-01-01', '2018 年工作计划：每两个月孕检一次', 'system', now()),
    (3, 'ULTRASOUND', 6, 90, 14, date '2000-01-01', '2018 年工作计划：每半年B超一次', 'system', now());
--rollback drop table follow_up_rule; drop sequence follow_up_rule_seq;

--changeset fpms:007-risk-factor
create table risk_factor (
    code  varchar(32) primary key,
    name  varchar(50) not null unique,
    level varchar(10) not null check (level in ('LOW', 'MEDIUM', 'HIGH'))
);
insert into risk_factor (code, name, level) values
    ('AGE_35_PLUS', '年龄≥35岁', 'MEDIUM'), ('AGE_UNDER_18', '年龄<18岁', 'MEDIUM'),
    ('PREVIOUS_CAESAREAN', '剖宫产史', 'MEDIUM'), ('PREVIOUS_ADVERSE_OUTCOME', '不良孕产史', 'MEDIUM'),
    ('HYPERTENSION', '妊娠期高血压', 'HIGH'), ('DIABETES', '妊娠期糖尿病', 'MEDIUM'),
    ('HEART_DISEASE', '心脏病', 'HIGH'), ('SEVERE_ANAEMIA', '重度贫血', 'HIGH'),
    ('MULTIPLE_PREGNANCY', '多胎妊娠', 'HIGH'), ('PLACENTA_PREVIA', '前置胎盘', 'HIGH');
--rollback drop table risk_factor;

--changeset fpms:007-pregnancy
create sequence pregnancy_seq start with 1000 increment by 50;
create table pregnancy (
    id                    bigint primary key,
    org_unit_id           bigint not null references org_unit (id),
    person_id             bigint not null references person (id),
    household_id          bigint references household (id),
    lmp                   date not null,
    edd                   date not null,
    edd_reason            varchar(500),
    registered_on         date not null,
    birth_order           int not null check (birth_order >= 1),
    birth_order_reason    varchar(500),
    risk_level            varchar(10) not null default 'LOW' check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    responsible_worker_id bigint references app_user (id),
    status                varchar(20) not null check (status in ('ACTIVE', 'DELIVERED', 'ENDED', 'TRANSFERRED_OUT')),
    outcome_date          date,
    outcome_type          varchar(30) check (outcome_type in ('BIRTH', 'MISCARRIAGE', 'MEDICAL_TERMINATION', 'OTHER', 'TRANSFER')),
    outcome_place         varchar(100),
    outcome_reason        varchar(500),
    transferred_to_id     bigint references org_unit (id),
    transferred_from_id   bigint references pregnancy (id),
    version               bigint not null default 0,
    created_at            timestamp with time zone not null
);
-- one ACTIVE pregnancy per woman (the 409 of a second registration)
create unique index pregnancy_active_uk on pregnancy (person_id) where status = 'ACTIVE';
create index pregnancy_scope_ix on pregnancy (org_unit_id, registered_on);
create table pregnancy_risk (
    pregnancy_id bigint not null references pregnancy (id),
    factor_code  varchar(32) not null references risk_factor (code),
    noted_on     date not null,
    primary key (pregnancy_id, factor_code)
);
create table baby (
    pregnancy_id bigint not null references pregnancy (id),
    seq          int not null,
    sex          varchar(6) not null check (sex in ('MALE', 'FEMALE')),
    weight_grams int check (weight_grams between 300 and 7000),
    alive        boolean not null,
    person_id    bigint references person (id),
    primary key (pregnancy_id, seq)
);
--rollback drop table baby; drop table pregnancy_risk; drop table pregnancy; drop sequence pregnancy_seq;

--changeset fpms:007-visit
create sequence visit_seq start with 1000 increment by 50;
create table visit (
    id               bigint primary key,
    pregnancy_id     bigint not null references pregnancy (id),
    org_unit_id      bigint not null references org_unit (id),
    kind             varchar(20) not null check (kind in ('HOME_VISIT', 'PREGNANCY_CHECK', 'ULTRASOUND')),
    visit_date       date not null,
    performed_by     varchar(64) not null,
    place            varchar(100),
    findings         jsonb not null,
    next_appointment date,
    placement        varchar(10) check (placement in ('FILLS', 'EXTRA', 'OUTSIDE')),
    voided_at        timestamp with time zone,
    voided_by        varchar(64),
    void_reason      varchar(500),
    version          bigint not null default 0,
    created_at       timestamp with time zone not null
);
create index visit_pregnancy_ix on visit (pregnancy_id, visit_date);
--rollback drop table visit; drop sequence visit_seq;

--changeset fpms:007-follow-up-slot
-- The plan of each pregnancy as the schedule engine computes it today (replaced whenever its inputs change); the status
-- on any day is derived from these dates, never stored. Read by the worklist (open slots) and compliance (closed ones).
create table follow_up_slot (
    pregnancy_id          bigint not null references pregnancy (id),
    kind                  varchar(20) not null,
    seq                   int not null,
    org_unit_id           bigint not null references org_unit (id),
    start_date            date not null,
    end_date              date not null,
    due_date              date not null,
    overdue_from          date not null,
    filled_by_visit_id    bigint references visit (id),
    filled_on             date,
    cancelled_on          date,
    high_risk             boolean not null,
    responsible_worker_id bigint,
    primary key (pregnancy_id, kind, seq)
);
-- the worklist: a unit's slots still open, by the day their period ends
create index follow_up_slot_open_ix on follow_up_slot (org_unit_id, end_date) where filled_on is null and cancelled_on is null;
-- compliance: a unit's slots by the day their period ends (closed in a month), answered from the index alone
create index follow_up_slot_closed_ix on follow_up_slot (org_unit_id, end_date) include (kind, filled_on, cancelled_on);
--rollback drop table follow_up_slot;

--changeset fpms:007-person-without-id-number
-- A newborn registered by a delivery has no ID number yet (issued with the 户口 later); one person per number still holds.
alter table person alter column id_number drop not null;
