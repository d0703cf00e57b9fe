--liquibase formatted sql

-- DEMO DATA ONLY (context "demo"): annual pre-pregnancy check targets for 2018 and the current year (470 couples for
-- 文昌镇, split over its 8 villages) and about 150 checks of couples of the demo register in 2018 and this year
-- (dated up to today, so this year's progress is alive on a fresh database), a few of HIGH risk, one voided.
-- Deterministic (setseed).

--changeset fpms:demo-005-targets context:demo
insert into annual_target (id, org_unit_id, kind, year, target_count, created_at)
select nextval('annual_target_seq'), t.unit, 'PREPREGNANCY_CHECK', y.year, t.count, now()
  from (values (3, 850), (4, 470), (13, 380),
               (5, 70), (6, 65), (7, 60), (8, 60), (9, 55), (10, 55), (11, 55), (12, 50)) as t (unit, count),
       (select distinct unnest(array[2018, extract(year from current_date)::int]) as year) as y;
--rollback delete from annual_target;

--changeset fpms:demo-005-checks context:demo splitStatements:false
do $$
declare
    couple      record;
    year_start  date;
    span        int;
    check_day   date;
    wife_age    int;
    high        boolean;
    factor      text;
    rubella     text;
    check_id    bigint;
    recorder    text;
    recorder_nm text;
    taken       int;
    years       int[] := array[2018, extract(year from current_date)::int];
    quota       int[] := array[70, 80];
begin
    perform setseed(0.4702);
    for y in 1..2 loop
        if y = 2 and years[2] = 2018 then
            exit;
        end if;
        year_start := make_date(years[y], 1, 1);
        -- 2018: the whole year; this year: up to today
        span := case when y = 1 then 365 else greatest(current_date - year_start, 0) + 1 end;
        taken := 0;
        for couple in
            select w.id as wife_id, w.birth_date as wife_birth, w.org_unit_id as village, h.id as husband_id
              from person w join person h on h.household_id = w.household_id and h.relation = 'HEAD' and h.sex = 'MALE'
             where w.relation = 'SPOUSE' and w.sex = 'FEMALE'
               and w.org_unit_id between 5 and 12
               and w.birth_date between year_start - interval '48 years' and year_start - interval '21 years'
             order by random()
        loop
            exit when taken >= quota[y];
            check_day := year_start + floor(random() * span)::int;
            wife_age := extract(year from age(check_day, couple.wife_birth))::int;
            high := random() < 0.09;
            factor := case when not high then null
                           when wife_age >= 35 then 'ADVANCED_AGE'
                           when random() < 0.5 then 'INFECTIOUS_DISEASE'
                           else 'CHRONIC_DISEASE' end;
            rubella := case when random() < 0.15 then 'ABNORMAL' else 'NORMAL' end;
            recorder := case couple.village when 5 then 'village' when 6 then 'village2' else 'town' end;
            recorder_nm := case couple.village when 5 then '黑林村计生专干' when 6 then '东台村计生专干' else '文昌镇计生办' end;
            insert into prepregnancy_check (id, org_unit_id, wife_id, husband_id, check_date, institution,
                    wife_blood_type, wife_hbsag, wife_syphilis, wife_hiv, wife_blood_glucose, wife_tsh, wife_rubella_igg, wife_note,
                    husband_blood_type, husband_hbsag, husband_syphilis, husband_hiv, husband_blood_glucose, husband_note,
                    risk_level, advice, recorded_by, recorded_by_name, recorded_at)
            values (nextval('prepregnancy_check_seq'), couple.village, couple.wife_id, couple.husband_id, check_day,
                    case when random() < 0.7 then '沙坡头区妇幼保健计划生育服务中心' else '文昌镇卫生院' end,
                    (array['A', 'B', 'O', 'AB'])[1 + floor(random() * 4)::int],
                    case when factor = 'INFECTIOUS_DISEASE' then 'ABNORMAL' else 'NORMAL' end,
                    'NORMAL', 'NORMAL',
                    case when factor = 'CHRONIC_DISEASE' then 'ABNORMAL' else 'NORMAL' end,
                    case when random() < 0.1 then 'NOT_DONE' else 'NORMAL' end,
                    rubella,
                    case when rubella = 'ABNORMAL' then '风疹病毒IgG阴性，无免疫力' end,
                    (array['A', 'B', 'O', 'AB'])[1 + floor(random() * 4)::int],
                    'NORMAL', 'NORMAL', 'NORMAL',
                    case when random() < 0.05 then 'NOT_DONE' else 'NORMAL' end,
                    null,
                    case when high then 'HIGH' else 'LOW' end,
                    case when high then '建议到上级医疗保健机构进一步咨询评估；孕前三个月起补服叶酸'
                         when rubella = 'ABNORMAL' then '建议接种风疹疫苗，3个月后再计划怀孕；孕前三个月起补服叶酸'
                         else '孕前三个月起补服叶酸，保持健康生活方式' end,
                    recorder, recorder_nm, least((check_day + time '16:30') at time zone 'Asia/Shanghai', now()))
            returning id into check_id;
            if high then
                insert into prepregnancy_check_risk_factor (check_id, factor_code) values (check_id, factor);
            end if;
            taken := taken + 1;
        end loop;
    end loop;
    -- one check entered with a wrong date, voided, and the right one recorded: the earliest of this year's
    select c.* into couple from prepregnancy_check c
     where c.check_date > make_date(years[2], 1, 1)
     order by c.check_date, c.id limit 1;
    if found then
        insert into prepregnancy_check (id, org_unit_id, wife_id, husband_id, check_date, institution,
                wife_blood_type, wife_hbsag, wife_syphilis, wife_hiv, wife_blood_glucose, wife_tsh, wife_rubella_igg,
                husband_blood_type, husband_hbsag, husband_syphilis, husband_hiv, husband_blood_glucose,
                risk_level, advice, recorded_by, recorded_by_name, recorded_at, status, voided_by, voided_at, void_reason)
        select nextval('prepregnancy_check_seq'), org_unit_id, wife_id, husband_id, check_date - 1, institution,
               wife_blood_type, wife_hbsag, wife_syphilis, wife_hiv, wife_blood_glucose, wife_tsh, wife_rubella_igg,
               husband_blood_type, husband_hbsag, husband_syphilis, husband_hiv, husband_blood_glucose,
               risk_level, advice, recorded_by, recorded_by_name, recorded_at - interval '1 hour',
               'VOIDED', recorded_by, recorded_at - interval '10 minutes', '检查日期录错，已按正确日期重新登记'
          from prepregnancy_check where id = couple.id;
    end if;
end
$$;
--rollback alter table prepregnancy_check_risk_factor disable trigger prepregnancy_check_risk_factor_immutable; alter table prepregnancy_check disable trigger prepregnancy_check_immutable; delete from prepregnancy_check_risk_factor; delete from prepregnancy_check; alter table prepregnancy_check enable trigger prepregnancy_check_immutable; alter table prepregnancy_check_risk_factor enable trigger prepregnancy_check_risk_factor_immutable;
