--liquibase formatted sql

--changeset fpms:006-name-search-indexes
-- A name search reads one prefix range per org unit of a small area (a town, a district: the indexes led by the org
-- unit, 004) but one range of the whole register for a wide one (a city, the province: these), see PersonSearch.
create index if not exists person_name_ix on person (name varchar_pattern_ops);
create index if not exists person_name_reversed_ix on person (name_reversed varchar_pattern_ops);
-- A subtree is a range of paths; with the default histogram (100 buckets) the planner guesses one org unit for any
-- town's range and then picks nested loops that read a whole village per row. One bucket per path (the table holds
-- tens of thousands of units at most) makes its estimate of a subtree's size right.
alter table org_unit alter column path set statistics 10000;
analyze org_unit;

--changeset fpms:006-id-check-in-sql
-- The same check character (GB 11643-1999) as one SQL expression, which PostgreSQL inlines into the CHECK of every
-- person row: half the cost of the loop in PL/pgSQL, for imports of tens of thousands of rows.
create or replace function gb11643_check_char(id text) returns char language sql immutable parallel safe
return substr('10X98765432', ((ascii(substr(id, 1, 1)) - 48) * 7 + (ascii(substr(id, 2, 1)) - 48) * 9 + (ascii(substr(id, 3, 1)) - 48) * 10 + (ascii(substr(id, 4, 1)) - 48) * 5 + (ascii(substr(id, 5, 1)) - 48) * 8 + (ascii(substr(id, 6, 1)) - 48) * 4
    + (ascii(substr(id, 7, 1)) - 48) * 2 + (ascii(substr(id, 8, 1)) - 48) * 1 + (ascii(substr(id, 9, 1)) - 48) * 6 + (ascii(substr(id, 10, 1)) - 48) * 3 + (ascii(substr(id, 11, 1)) - 48) * 7 + (ascii(substr(id, 12, 1)) - 48) * 9
    + (ascii(substr(id, 13, 1)) - 48) * 10 + (ascii(substr(id, 14, 1)) - 48) * 5 + (ascii(substr(id, 15, 1)) - 48) * 8 + (ascii(substr(id, 16, 1)) - 48) * 4 + (ascii(substr(id, 17, 1)) - 48) * 2) % 11 + 1, 1);
