--liquibase formatted sql

--changeset fpms:003-audit-event
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id              bigint primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(64) not null,
    org_unit_id     bigint,
    entity_type     varchar(64) not null,
    entity_id       varchar(64) not null,
    action          varchar(32) not null,
    reason          varchar(500),
    changes         jsonb not null,
    correlation_id  varchar(64)
);
create index audit_event_scope_ix on audit_event (org_unit_id, occurred_at desc);
create index audit_event_entity_ix on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_actor_ix on audit_event (actor, occurred_at desc);
create index audit_event_time_ix on audit_event (occurred_at desc);
--rollback drop table audit_event; drop sequence audit_event_seq;

--changeset fpms:003-audit-event-append-only splitStatements:false
-- The audit log is append-only: the database itself refuses to change or delete an event.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events cannot be changed or deleted';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
--rollback drop trigger audit_event_append_only on audit_event; drop function audit_event_append_only();
