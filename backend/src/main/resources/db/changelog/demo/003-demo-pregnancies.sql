--liquibase formatted sql

-- DEMO DATA ONLY (context "demo"): about 60 pregnancies across the eight villages of 文昌镇 in every state, with their
-- visits (most follow-ups done, some missed, some overdue relative to today), so that the worklist and the compliance
-- charts are alive on the first run. Dates are relative to the day the database is created. The follow-up slots are
-- planned by the application when it starts (FollowUpPlanning plans every pregnancy that has none).

--changeset fpms:demo-003-pregnancies context:demo splitStatements:false
do $$
declare
    w      record;
    n      int := 0;
    pid    bigint;
    lmp    date;
    reg    date;
    st     text;
    outc   date;
    d      date;
    vid    bigint := 1000;
    worker bigint;
begin
    perform setseed(0.2018);
    for w in
        select p.id, p.org_unit_id, p.household_id, p.birth_date from person p
        where p.sex = 'FEMALE' and p.relation in ('SPOUSE', 'HEAD') and p.death_date is null and p.status = 'ACTIVE'
          and p.birth_date between current_date - interval '42 years' and current_date - interval '20 years'
          and p.org_unit_id between 5 and 12
        order by p.org_unit_id, p.id
    loop
        exit when n >= 60;
        continue when random() < 0.3; -- spread over the villages
        n := n + 1;
        pid := 1000 + n;
        -- ACTIVE ones in every month of pregnancy; some delivered, a few ended, one transferred out
        st := case when n % 12 = 0 then 'ENDED' when n % 7 = 0 then 'DELIVERED' when n = 13 then 'TRANSFERRED_OUT' else 'ACTIVE' end;
        lmp := current_date - case when st = 'DELIVERED' then 275 + (n % 20) when st = 'ENDED' then 60 + n else 40 + (n * 37) % 240 end;
        reg := least(current_date, lmp + 42 + (n % 20));
        outc := case when st = 'DELIVERED' then least(current_date - 1, lmp + 270 + (n % 12))
                     when st = 'ENDED' then least(current_date - 1, lmp + 75 + (n % 10))
                     when st = 'TRANSFERRED_OUT' then least(current_date - 1, reg + 30) end;
        worker := case w.org_unit_id when 5 then 6 when 6 then 7 end;
        insert into pregnancy (id, org_unit_id, person_id, household_id, lmp, edd, registered_on, birth_order, risk_level,
                               responsible_worker_id, status, outcome_date, outcome_type, outcome_place, outcome_reason,
                               transferred_to_id, created_at)
        values (pid, w.org_unit_id, w.id, w.household_id, lmp, lmp + 280, reg, 1 + n % 3,
                case when n % 5 = 0 then 'HIGH' when n % 4 = 0 then 'MEDIUM' else 'LOW' end, worker, st, outc,
                case st when 'DELIVERED' then 'BIRTH' when 'ENDED' then 'MISCARRIAGE' when 'TRANSFERRED_OUT' then 'TRANSFER' end,
                case when st = 'DELIVERED' then '沙坡头区人民医院' end,
                case st when 'ENDED' then '孕早期自然流产' when 'TRANSFERRED_OUT' then '随丈夫外出务工' end,
                case when st = 'TRANSFERRED_OUT' then 14 end, now());
        if st = 'TRANSFERRED_OUT' then -- continued by the receiving village
            insert into pregnancy (id, org_unit_id, person_id, lmp, edd, registered_on, birth_order, status, transferred_from_id, created_at)
            values (pid + 500, 14, w.id, lmp, lmp + 280, outc, 1 + n % 3, 'ACTIVE', pid, now());
        end if;
        if n % 5 = 0 then
            insert into pregnancy_risk values (pid, 'HYPERTENSION', reg);
        elsif n % 4 = 0 then
            insert into pregnancy_risk values (pid, 'PREVIOUS_CAESAREAN', reg);
        end if;
        if st = 'DELIVERED' then
            insert into baby (pregnancy_id, seq, sex, weight_grams, alive) values (pid, 1, case when n % 2 = 0 then 'MALE' else 'FEMALE' end, 2900 + n * 13, true);
        end if;
        -- home visits about monthly, checks every two months, an ultrasound at about 20 weeks; some skipped
        d := reg;
        while d <= coalesce(outc, current_date) - 3 loop
            if random() < 0.8 then
                vid := vid + 1;
                insert into visit (id, pregnancy_id, org_unit_id, kind, visit_date, performed_by, place, findings, created_at)
                values (vid, pid, w.org_unit_id, 'HOME_VISIT', least(coalesce(outc, current_date), d + (random() * 12)::int), coalesce((select username from app_user where id = worker), 'town'),
                        '家中', '{"condition":"精神好，无不适","advice":"注意休息，按时产检"}', now());
            end if;
            if (d - reg) % 60 < 30 and random() < 0.75 then
                vid := vid + 1;
                insert into visit (id, pregnancy_id, org_unit_id, kind, visit_date, performed_by, place, findings, created_at)
                values (vid, pid, w.org_unit_id, 'PREGNANCY_CHECK', least(coalesce(outc, current_date), d + (random() * 20)::int), 'town', '镇卫生院',
                        '{"weightKg":58.5,"systolic":115,"diastolic":75,"fundalHeightCm":24,"fetalHeartRate":140,"testResults":"血常规、尿常规正常"}', now());
            end if;
            d := d + 30;
        end loop;
        if lmp + 140 < coalesce(outc, current_date) and random() < 0.9 then
            vid := vid + 1;
            insert into visit (id, pregnancy_id, org_unit_id, kind, visit_date, performed_by, place, findings, created_at)
            values (vid, pid, w.org_unit_id, 'ULTRASOUND', greatest(reg, lmp + 140), 'town', '沙坡头区人民医院',
                    '{"gestationalWeeks":20,"fetuses":1,"placenta":"后壁","ultrasoundFindings":"胎儿发育正常"}', now());
        end if;
    end loop;
    -- visits must not be in the future; the application's sequences start after the demo ids
    delete from visit where visit_date > current_date;
    perform setval('pregnancy_seq', 5000);
    perform setval('visit_seq', 20000);
end
$$;
--rollback delete from follow_up_slot; delete from visit; delete from baby; delete from pregnancy_risk; delete from pregnancy;
