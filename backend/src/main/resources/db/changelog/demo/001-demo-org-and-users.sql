--liquibase formatted sql

-- DEMO DATA ONLY (context "demo": the embedded database and tests, never production).
-- Every demo user's password is Demo@2018 (bcrypt hash below).

--changeset fpms:demo-001-org-units context:demo
insert into org_unit (id, parent_id, code, name, level, path) values
    (1, null, '64', '宁夏回族自治区', 'REGION', '/1/'),
    (2, 1, '6405', '中卫市', 'CITY', '/1/2/'),
    (3, 2, '640502', '沙坡头区', 'DISTRICT', '/1/2/3/'),
    (4, 3, null, '文昌镇', 'TOWN', '/1/2/3/4/'),
    (5, 4, null, '黑林村', 'VILLAGE', '/1/2/3/4/5/'),
    (6, 4, null, '东台村', 'VILLAGE', '/1/2/3/4/6/'),
    (7, 4, null, '三里桥村', 'VILLAGE', '/1/2/3/4/7/'),
    (8, 4, null, '新墩村', 'VILLAGE', '/1/2/3/4/8/'),
    (9, 4, null, '倪滩村', 'VILLAGE', '/1/2/3/4/9/'),
    (10, 4, null, '文萃社区', 'VILLAGE', '/1/2/3/4/10/'),
    (11, 4, null, '雍楼社区', 'VILLAGE', '/1/2/3/4/11/'),
    (12, 4, null, '应理社区', 'VILLAGE', '/1/2/3/4/12/'),
    (13, 3, null, '滨河镇', 'TOWN', '/1/2/3/13/'),
    (14, 13, null, '滨河社区', 'VILLAGE', '/1/2/3/13/14/'),
    (15, 13, null, '鼓楼社区', 'VILLAGE', '/1/2/3/13/15/');

--changeset fpms:demo-001-users context:demo
insert into app_user (id, username, display_name, phone, password_hash, roles, org_unit_id) values
    (1, 'admin', '系统管理员', null, '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{ADMIN}', 1),
    (2, 'district', '沙坡头区计生干部', '13995512001', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{DISTRICT_OFFICER}', 3),
    (3, 'town', '文昌镇计生办', '13995512002', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{TOWN_OFFICER}', 4),
    (4, 'cashier', '文昌镇收费员', '13995512003', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{CASHIER}', 4),
    (5, 'auditor', '文昌镇审计员', '13995512004', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{AUDITOR}', 4),
    (6, 'village', '黑林村计生专干', '13995512005', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{VILLAGE_WORKER}', 5),
    (7, 'village2', '东台村计生专干', '13995512006', '$2a$10$SXCrr8I//A/XdtKkEV4qmOG/eueKOjFcceL84Fo6oxU/yJC5RXkP.', '{VILLAGE_WORKER}', 6);
