--liquibase formatted sql

--changeset fpms:009-prepregnancy-risk-factor
-- the risk factors a pre-pregnancy risk assessment (孕前优生风险评估) names; a dictionary, extended by data
create table prepregnancy_risk_factor (
    code       varchar(32) primary key,
    name       varchar(50) not null unique,
    name_en    varchar(100) not null,
    sort_order integer not null
);
insert into prepregnancy_risk_factor (code, name, name_en, sort_order) values
    ('ADVANCED_AGE', '高龄', 'Advanced age (35 or older)', 10),
    ('CHRONIC_DISEASE', '慢性病', 'Chronic disease', 20),
    ('GENETIC_FAMILY_HISTORY', '遗传病家族史', 'Family history of genetic disease', 30),
    ('ADVERSE_PREGNANCY_HISTORY', '不良孕产史', 'Adverse pregnancy history', 40),
    ('INFECTIOUS_DISEASE', '感染性疾病', 'Infectious disease', 50),
    ('MEDICATION_OR_HAZARD', '用药/接触有害物质', 'Medication or exposure to harmful substances', 60),
    ('UNHEALTHY_LIFESTYLE', '不良生活习惯', 'Unhealthy lifestyle (smoking, alcohol)', 70);
--rollback drop table prepregnancy_risk_factor;

--changeset fpms:009-prepregnancy-check
-- 免费孕前优生健康检查: one row per check of a couple. Never edited or deleted: a mistake is voided (with the
-- reason) and the check recorded again. The org unit is the wife's village when it was recorded (the data scope).
create sequence prepregnancy_check_seq start with 1 increment by 50;
create table prepregnancy_check (
    id                    bigint primary key,
    org_unit_id           bigint not null references org_unit (id),
    wife_id               bigint not null references person (id),
    husband_id            bigint not null references person (id),
    check_date            date not null,
    institution           varchar(100) not null,
    wife_blood_type       varchar(8) not null check (wife_blood_type in ('A', 'B', 'O', 'AB', 'NOT_DONE')),
    wife_hbsag            varchar(8) not null check (wife_hbsag in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_syphilis         varchar(8) not null check (wife_syphilis in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_hiv              varchar(8) not null check (wife_hiv in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_blood_glucose    varchar(8) not null check (wife_blood_glucose in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_tsh              varchar(8) not null check (wife_tsh in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_rubella_igg      varchar(8) not null check (wife_rubella_igg in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    wife_note             varchar(500),
    husband_blood_type    varchar(8) not null check (husband_blood_type in ('A', 'B', 'O', 'AB', 'NOT_DONE')),
    husband_hbsag         varchar(8) not null check (husband_hbsag in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    husband_syphilis      varchar(8) not null check (husband_syphilis in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    husband_hiv           varchar(8) not null check (husband_hiv in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    husband_blood_glucose varchar(8) not null check (husband_blood_glucose in ('NORMAL', 'ABNORMAL', 'NOT_DONE')),
    husband_note          varchar(500),
    risk_level            varchar(8) not null check (risk_level in ('LOW', 'HIGH')),
    advice                varchar(1000),
    recorded_by           varchar(64) not null,
    recorded_by_name      varchar(100) not null,
    recorded_at           timestamp with time zone not null,
    status                varchar(8) not null default 'VALID' check (status in ('VALID', 'VOIDED')),
    voided_by             varchar(64),
    voided_at             timestamp with time zone,
    void_reason           varchar(500),
    version               bigint not null default 0,
    check (wife_id <> husband_id),
    check ((status = 'VALID' and voided_at is null) or (status = 'VOIDED' and voided_at is not null and void_reason is not null))
);
-- lists (a village or town, a year, newest first) and the progress against targets (one grouped query over the
-- subtree's villages and a year): a range of check dates per org unit; the couple and status ride along so the
-- progress is an index-only scan
create index prepregnancy_check_scope_date_ix on prepregnancy_check (org_unit_id, check_date) include (wife_id, husband_id, status);
-- a couple's checks (and the person-merge update)
create index prepregnancy_check_wife_ix on prepregnancy_check (wife_id);
create index prepregnancy_check_husband_ix on prepregnancy_check (husband_id);
-- the same check entered twice (a double submit) is refused; a voided one may be recorded again
create unique index prepregnancy_check_once_uk on prepregnancy_check (wife_id, husband_id, check_date) where status = 'VALID';

create table prepregnancy_check_risk_factor (
    check_id    bigint not null references prepregnancy_check (id),
    factor_code varchar(32) not null references prepregnancy_risk_factor (code),
    primary key (check_id, factor_code)
);
--rollback drop table prepregnancy_check_risk_factor; drop table prepregnancy_check; drop sequence prepregnancy_check_seq;

--changeset fpms:009-prepregnancy-check-immutable splitStatements:false
-- A check is never deleted and what it says never changes: only voiding it (status, who, when, why) and moving its
-- persons to the kept record of a merged duplicate are updates the database lets through.
create function prepregnancy_check_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'pre-pregnancy checks are never deleted: void them';
    end if;
    if (new.id, new.org_unit_id, new.check_date, new.institution, new.wife_blood_type, new.wife_hbsag, new.wife_syphilis,
        new.wife_hiv, new.wife_blood_glucose, new.wife_tsh, new.wife_rubella_igg, new.wife_note, new.husband_blood_type,
        new.husband_hbsag, new.husband_syphilis, new.husband_hiv, new.husband_blood_glucose, new.husband_note,
        new.risk_level, new.advice, new.recorded_by, new.recorded_by_name, new.recorded_at)
       is distinct from
       (old.id, old.org_unit_id, old.check_date, old.institution, old.wife_blood_type, old.wife_hbsag, old.wife_syphilis,
        old.wife_hiv, old.wife_blood_glucose, old.wife_tsh, old.wife_rubella_igg, old.wife_note, old.husband_blood_type,
        old.husband_hbsag, old.husband_syphilis, old.husband_hiv, old.husband_blood_glucose, old.husband_note,
        old.risk_level, old.advice, old.recorded_by, old.recorded_by_name, old.recorded_at)
       or (old.status = 'VOIDED' and new.status <> 'VOIDED') then
        raise exception 'a pre-pregnancy check is not edited: void it and record it again';
    end if;
    return new;
end
$$;
create trigger prepregnancy_check_immutable before update or delete on prepregnancy_check
    for each row execute function prepregnancy_check_immutable();
create function prepregnancy_check_risk_factor_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the risk factors of a pre-pregnancy check are not edited: void it and record it again';
end
$$;
create trigger prepregnancy_check_risk_factor_immutable before update or delete on prepregnancy_check_risk_factor
    for each row execute function prepregnancy_check_risk_factor_immutable();
--rollback drop trigger prepregnancy_check_risk_factor_immutable on prepregnancy_check_risk_factor; drop function prepregnancy_check_risk_factor_immutable(); drop trigger prepregnancy_check_immutable on prepregnancy_check; drop function prepregnancy_check_immutable();

--changeset fpms:009-annual-target
-- annual targets per org unit and kind (e.g. 470 couples given a free pre-pregnancy check in 文昌镇 in 2018), set by
-- the level above. A new kind is a value of TargetKind, a measure of its progress and this check widened.
create sequence annual_target_seq start with 1 increment by 50;
create table annual_target (
    id           bigint primary key,
    org_unit_id  bigint not null references org_unit (id),
    kind         varchar(32) not null constraint annual_target_kind_ck check (kind in ('PREPREGNANCY_CHECK')),
    year         integer not null check (year between 2000 and 2100),
    target_count integer not null check (target_count > 0),
    version      bigint not null default 0,
    created_at   timestamp with time zone not null
);
-- one target per unit, kind and year; also the lookup of a unit's and its children's targets
create unique index annual_target_uk on annual_target (org_unit_id, kind, year);
--rollback drop table annual_target; drop sequence annual_target_seq;
