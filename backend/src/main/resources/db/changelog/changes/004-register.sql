--liquibase formatted sql

--changeset fpms:004-register-trgm
create extension if not exists pg_trgm;
--rollback drop extension pg_trgm;

--changeset fpms:004-register-id-check splitStatements:false
-- GB 11643-1999 check character of an 18-character ID number (the database's own guard; the API checks first).
-- plpgsql: a SQL-language function would be planned again for every checked row
create function gb11643_check_char(id text) returns char language plpgsql immutable parallel safe as $$
declare
    weights constant int[] := array[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    total int := 0;
begin
    for i in 1..17 loop
        total := total + (ascii(substr(id, i, 1)) - 48) * weights[i];
    end loop;
    return substr('10X98765432', total % 11 + 1, 1);
end
$$;
--rollback drop function gb11643_check_char(text);

--changeset fpms:004-register-ethnicity
-- 民族, codes of GB/T 3304
create table ethnicity (
    code varchar(2) primary key,
    name varchar(20) not null unique
);
insert into ethnicity (code, name) values
    ('01','汉族'),('02','蒙古族'),('03','回族'),('04','藏族'),('05','维吾尔族'),('06','苗族'),('07','彝族'),('08','壮族'),
    ('09','布依族'),('10','朝鲜族'),('11','满族'),('12','侗族'),('13','瑶族'),('14','白族'),('15','土家族'),('16','哈尼族'),
    ('17','哈萨克族'),('18','傣族'),('19','黎族'),('20','傈僳族'),('21','佤族'),('22','畲族'),('23','高山族'),('24','拉祜族'),
    ('25','水族'),('26','东乡族'),('27','纳西族'),('28','景颇族'),('29','柯尔克孜族'),('30','土族'),('31','达斡尔族'),
    ('32','仫佬族'),('33','羌族'),('34','布朗族'),('35','撒拉族'),('36','毛南族'),('37','仡佬族'),('38','锡伯族'),
    ('39','阿昌族'),('40','普米族'),('41','塔吉克族'),('42','怒族'),('43','乌孜别克族'),('44','俄罗斯族'),('45','鄂温克族'),
    ('46','德昂族'),('47','保安族'),('48','裕固族'),('49','京族'),('50','塔塔尔族'),('51','独龙族'),('52','鄂伦春族'),
    ('53','赫哲族'),('54','门巴族'),('55','珞巴族'),('56','基诺族');
--rollback drop table ethnicity;

--changeset fpms:004-register-household
create sequence household_seq start with 1000 increment by 50;
create table household (
    id            bigint primary key,
    org_unit_id   bigint not null references org_unit (id),
    code          varchar(32) not null,
    address       varchar(200) not null,
    type          varchar(16) not null check (type in ('REGISTERED', 'FLOATING')),
    head_id       bigint,
    status        varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'CLOSED')),
    closed_on     date,
    closed_reason varchar(500),
    version       bigint not null default 0,
    created_at    timestamp with time zone not null default now()
);
-- a household code is unique within its village
create unique index household_code_uk on household (org_unit_id, code);
create index household_code_ix on household (code varchar_pattern_ops);
create index household_address_trgm on household using gin (address gin_trgm_ops);
--rollback drop table household; drop sequence household_seq;

--changeset fpms:004-register-person
create sequence person_seq start with 1000 increment by 50;
create table person (
    id               bigint primary key,
    org_unit_id      bigint not null references org_unit (id),
    household_id     bigint references household (id),
    relation         varchar(16) check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
    name             varchar(50) not null,
    id_number        varchar(18) not null check (id_number ~ '^[0-9]{17}[0-9X]$' and substr(id_number, 18, 1) = gb11643_check_char(id_number)),
    birth_date       date not null,
    sex              varchar(6) not null check (sex in ('MALE', 'FEMALE')),
    ethnicity_code   varchar(2) references ethnicity (code),
    phone            varchar(20),
    marital_status   varchar(16) check (marital_status in ('UNMARRIED', 'FIRST_MARRIAGE', 'REMARRIED', 'DIVORCED', 'WIDOWED')),
    marriage_date    date,
    residence_status varchar(16) not null default 'REGISTERED' check (residence_status in ('REGISTERED', 'FLOATING_IN', 'FLOATING_OUT')),
    origin_region    varchar(100),
    arrival_date     date,
    stay_until       date,
    destination      varchar(100),
    departure_date   date,
    death_date       date,
    father_id        bigint references person (id),
    mother_id        bigint references person (id),
    status           varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    merged_into_id   bigint references person (id),
    -- read backwards, so "the last 4+ characters" of a number and "the given name" of a name are indexed prefix searches
    id_number_reversed varchar(18) generated always as (reverse(id_number)) stored,
    name_reversed    varchar(50) generated always as (reverse(name)) stored,
    version          bigint not null default 0,
    created_at       timestamp with time zone not null default now()
);
-- one person per ID number
create unique index person_id_number_uk on person (id_number);
-- search: a name by its beginning (surname) or end (given name) — a one-character typo is the two halves of
-- the name around it — the ID tail (last 4+ characters, via the reversed number), phone, household.
-- Chinese names are 2–3 characters, too short for trigram indexes; btree prefix ranges serve them at any scale,
-- led by the org unit so that a town's search reads only its villages' ranges (measured: with plain name indexes
-- added, the planner takes them for a town too and its p95 goes from 18 ms to 650 ms; see the register issue's notes).
create index person_scope_name_ix on person (org_unit_id, name varchar_pattern_ops);
create index person_scope_name_reversed_ix on person (org_unit_id, name_reversed varchar_pattern_ops);
create index person_id_tail_ix on person (id_number_reversed varchar_pattern_ops);
create index person_phone_ix on person (phone) where phone is not null;
create index person_household_ix on person (household_id);
create index person_scope_birth_ix on person (org_unit_id, birth_date);
create index person_floating_ix on person (org_unit_id, stay_until) where residence_status = 'FLOATING_IN';
create index person_father_ix on person (father_id) where father_id is not null;
create index person_mother_ix on person (mother_id) where mother_id is not null;
-- deferred: a household and its head are written in one transaction, in either order
alter table household add constraint household_head_fk foreign key (head_id) references person (id) deferrable initially deferred;
--rollback alter table household drop constraint household_head_fk; drop table person; drop sequence person_seq;

--changeset fpms:004-register-membership
-- who was in which household, when: one row per stay; the open one (left_on is null) is the current membership
create sequence household_membership_seq start with 1 increment by 50;
create table household_membership (
    id            bigint primary key,
    household_id  bigint not null references household (id),
    person_id     bigint not null references person (id),
    org_unit_id   bigint not null references org_unit (id),
    relation      varchar(16) not null,
    joined_on     date not null,
    joined_by     varchar(16) not null,
    left_on       date,
    left_by       varchar(16)
);
create index household_membership_household_ix on household_membership (household_id, joined_on);
create index household_membership_person_ix on household_membership (person_id, joined_on);
--rollback drop table household_membership; drop sequence household_membership_seq;

--changeset fpms:004-register-duplicates
create sequence duplicate_candidate_seq start with 1 increment by 50;
create table duplicate_candidate (
    id              bigint primary key,
    org_unit_id     bigint not null references org_unit (id),
    person_id       bigint not null references person (id),
    other_id        bigint not null references person (id),
    rule            varchar(32) not null,
    similarity      numeric(4, 3) not null,
    status          varchar(16) not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DISMISSED')),
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    decision_reason varchar(500),
    version         bigint not null default 0,
    created_at      timestamp with time zone not null default now(),
    check (person_id < other_id)
);
create unique index duplicate_candidate_pair_uk on duplicate_candidate (person_id, other_id);
create index duplicate_candidate_open_ix on duplicate_candidate (org_unit_id, created_at) where status = 'OPEN';
--rollback drop table duplicate_candidate; drop sequence duplicate_candidate_seq;
