--liquibase formatted sql

--changeset fpms:demo-006-security-admin-and-province-auditor context:demo
-- DEMO DATA ONLY (context "demo"). The two other duties of 三员分立 at the root: the security administrator (grants
-- roles, unlocks accounts) and the province's auditor (reads the whole audit log, the system administrator's work
-- included); password Demo@2018, as every demo user's.
insert into app_user (id, username, display_name, phone, password_hash, roles, org_unit_id, created_at) values
    (8, 'security', '安全管理员', null, '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{SECURITY_ADMIN}', 1,
     timestamptz '2018-01-01 08:00:00+08'),
    (9, 'auditor.province', '自治区审计员', null, '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{AUDITOR}', 1,
     timestamptz '2018-01-01 08:00:00+08');
--rollback delete from app_user where id in (8, 9);
