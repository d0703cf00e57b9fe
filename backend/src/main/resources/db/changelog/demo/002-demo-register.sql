--liquibase formatted sql

-- DEMO DATA ONLY (context "demo"): 320 households and about 1 000 persons across the eight villages of 文昌镇,
-- with valid ID numbers, some floating in or out, a few stays about to end and two probable duplicates.
-- Deterministic (setseed), so every fresh demo database looks the same.

--changeset fpms:demo-002-person-function context:demo splitStatements:false
-- helper for the demo data below (dropped after it)
create function demo_person(n int, pname text, psex text, age int, village bigint, hh bigint, rel text, regions text[],
                            origins text[], floating boolean, father bigint, mother bigint) returns bigint
language plpgsql as $$
declare
    pid     bigint := n + 1;
    birth   date := current_date - (age * 365 + floor(random() * 360))::int;
    region  text := case when n >= 2000 then '640524' when floating then '620421' else regions[1 + (n / 500) % 3] end;
    first17 text;
    arrival date := current_date - (30 + floor(random() * 700))::int;
    hui     boolean := left(pname, 1) in ('马', '丁', '海', '金', '苏');
begin
    first17 := region || to_char(birth, 'YYYYMMDD') || lpad(((n % 500) * 2 + case when psex = 'MALE' then 1 else 0 end)::text, 3, '0');
    insert into person (id, org_unit_id, household_id, relation, name, id_number, birth_date, sex, ethnicity_code, phone,
                        marital_status, residence_status, origin_region, arrival_date, stay_until, father_id, mother_id, created_at)
    values (pid, village, hh, rel, pname, first17 || gb11643_check_char(first17), birth, psex,
            case when hui and random() < 0.9 then '03' else '01' end,
            case when age >= 16 and random() < 0.8 then '139' || lpad((95500000 + n)::text, 8, '0') end,
            case when age < 20 then 'UNMARRIED' end,
            case when floating then 'FLOATING_IN' else 'REGISTERED' end,
            case when floating and random() < 0.9 then origins[1 + floor(random() * array_length(origins, 1))::int] end,
            case when floating then arrival end,
            case when floating then arrival + 730 end,
            father, mother, now());
    if hh is not null then
        insert into household_membership (id, household_id, person_id, org_unit_id, relation, joined_on, joined_by)
        values (nextval('household_membership_seq'), hh, pid, village, rel,
                case when rel = 'CHILD' then birth else least(current_date, birth + 18 * 365) end, 'CREATE');
    end if;
    return pid;
end
$$;
--rollback drop function demo_person;

--changeset fpms:demo-002-register context:demo splitStatements:false
do $$
declare
    surnames   text[] := array['马','王','李','张','刘','杨','陈','赵','周','吴','丁','田','苏','金','海','何','郭','罗','白','冯'];
    male       text[] := array['建国','志强','国华','永福','学军','海军','文斌','德明','忠','明','涛','伟','军','强','斌','鹏','浩','杰','宏伟','振华','占武','生福','有福','天佑'];
    female     text[] := array['秀英','桂兰','玉兰','秀兰','海燕','丽','芳','娟','霞','敏','静','燕','红','梅','琴','兰花','春花','雪梅','晓燕','玉梅','金花','彩霞','淑珍','丽娟'];
    groups     text[] := array['一组','二组','三组','四组','五组','六组'];
    origins    text[] := array['甘肃省靖远县','甘肃省会宁县','内蒙古阿拉善左旗','陕西省定边县','宁夏海原县','宁夏西吉县'];
    regions    text[] := array['640502','640521','640522','620421'];
    prefixes   text[] := array['HL','DT','SLQ','XD','NT','WC','YL','YLI'];
    village    bigint;
    v          int;
    hh         bigint;
    n          int := 0;
    head       bigint;
    spouse     bigint;
    kids       int;
    head_age   int;
    surname    text;
    floating   boolean;
begin
    perform setseed(0.2018);
    for h in 1..320 loop
        v := (h - 1) % 8;
        village := 5 + v;
        hh := h;
        floating := h % 10 = 0;
        insert into household (id, org_unit_id, code, address, type, created_at)
        values (hh, village, prefixes[v + 1] || '-' || lpad(((h - 1) / 8 + 1)::text, 4, '0'),
                (select name from org_unit where id = village) || groups[1 + (h % 6)] || (10 + h) || '号',
                case when floating then 'FLOATING' else 'REGISTERED' end, now());
        surname := surnames[1 + floor(random() * array_length(surnames, 1))::int];
        head_age := 25 + floor(random() * 45)::int;
        head := demo_person(n, surname || male[1 + floor(random() * 24)::int], 'MALE', head_age, village, hh, 'HEAD',
                            regions, origins, floating, null, null);
        n := n + 1;
        update household set head_id = head where id = hh;
        if random() < 0.85 then
            spouse := demo_person(n, surnames[1 + floor(random() * 20)::int] || female[1 + floor(random() * 24)::int], 'FEMALE',
                                  head_age - floor(random() * 5)::int,
                                  village, hh, 'SPOUSE', regions, origins, floating, null, null);
            n := n + 1;
            update person set marital_status = 'FIRST_MARRIAGE', marriage_date = birth_date + interval '23 years' where id in (head, spouse);
            kids := floor(random() * 4)::int;
            for k in 1..kids loop
                if random() < 0.5 then
                    perform demo_person(n, surname || male[1 + floor(random() * 24)::int], 'MALE', 1 + floor(random() * least(20, head_age - 22))::int,
                                        village, hh, 'CHILD', regions, origins, floating, head, spouse);
                else
                    perform demo_person(n, surname || female[1 + floor(random() * 24)::int], 'FEMALE', 1 + floor(random() * least(20, head_age - 22))::int,
                                        village, hh, 'CHILD', regions, origins, floating, head, spouse);
                end if;
                n := n + 1;
            end loop;
        end if;
    end loop;
    -- a few registered persons working elsewhere (floating out)
    update person set residence_status = 'FLOATING_OUT', destination = '银川市兴庆区', departure_date = current_date - 200
     where id in (select id from person where residence_status = 'REGISTERED' and relation = 'CHILD' and birth_date < current_date - interval '18 years' order by id limit 25);
    -- two records of one woman, registered twice in two villages (for the duplicates queue)
    perform demo_person(2000, '马秀英', 'FEMALE', 31, 5, null, null, regions, origins, false, null, null);
    perform demo_person(2001, '马秀英', 'FEMALE', 31, 6, null, null, regions, origins, false, null, null);
    update person set birth_date = s.b, id_number = s.x || gb11643_check_char(s.x)
      from (select substr(p.id_number, 1, 6) || to_char(o.birth_date, 'YYYYMMDD') || substr(p.id_number, 15, 3) as x, o.birth_date as b
              from person p, person o where p.id = 2001 and o.id = 2002) s
     where person.id = 2001;
    insert into duplicate_candidate (id, org_unit_id, person_id, other_id, rule, similarity, status, created_at)
    values (nextval('duplicate_candidate_seq'), 5, 2001, 2002, 'SAME_NAME_BIRTH_DATE', 1.000, 'OPEN', now());
    perform setval('household_seq', 1000);
    perform setval('person_seq', 3000);
end
$$;
--rollback delete from duplicate_candidate; delete from household_membership; update household set head_id = null; delete from person; delete from household;

--changeset fpms:demo-002-drop-function context:demo
drop function demo_person;
--rollback select 1;
