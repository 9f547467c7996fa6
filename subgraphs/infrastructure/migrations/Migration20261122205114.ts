import { Migration } from '@mikro-orm/migrations';

export class Migration20261122205114 extends Migration {

  override async up(): Promise<void> {
    // No `create schema` here: the schema exists before any migration runs. On the embedded server the hub creates
    // it for the subgraph's role (which may not create schemas); elsewhere MikroORM's migrator creates it with its
    // migrations table.
    this.addSql(`create table "infrastructure"."device_rollout" ("id" text not null, "organization_id" text not null, "device_kind" text not null, "name_ko" text not null, "units" int not null, "unit_ko" text not null, "recipients" int null, "recipient_unit_ko" text null, "amount" bigint null, "period_ko" text null, "status" text not null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "device_rollout_pkey" primary key ("id"));`);
    this.addSql(`create index "device_rollout_organization_id_index" on "infrastructure"."device_rollout" ("organization_id");`);
    this.addSql(`create index "device_rollout_budget_line_id_index" on "infrastructure"."device_rollout" ("budget_line_id");`);

    this.addSql(`create table "infrastructure"."information_system" ("id" text not null, "organization_id" text not null, "name_ko" text not null, "name_en" text not null, "category" text not null, "hardware_units" int null, "software_units" int null, "description_ko" text null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "information_system_pkey" primary key ("id"));`);
    this.addSql(`create index "information_system_organization_id_index" on "infrastructure"."information_system" ("organization_id");`);
    this.addSql(`create index "information_system_budget_line_id_index" on "infrastructure"."information_system" ("budget_line_id");`);

    this.addSql(`create table "infrastructure"."network_project" ("id" text not null, "organization_id" text not null, "name_ko" text not null, "name_en" text not null, "phase" text null, "regions_ko" text[] not null, "target" int null, "completed" int null, "excluded" int null, "unit_ko" text not null, "period_start" text null, "period_end" text null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "network_project_pkey" primary key ("id"));`);
    this.addSql(`create index "network_project_organization_id_index" on "infrastructure"."network_project" ("organization_id");`);
    this.addSql(`create index "network_project_budget_line_id_index" on "infrastructure"."network_project" ("budget_line_id");`);

    this.addSql(`create table "infrastructure"."security_metric" ("id" text not null, "organization_id" text not null, "system_id" text null, "kind" text not null, "name_ko" text not null, "value" text not null, "unit_ko" text not null, "period_start" text null, "period_end" text null, "source_file" text not null, "source_lines" text not null, constraint "security_metric_pkey" primary key ("id"));`);
    this.addSql(`create index "security_metric_organization_id_index" on "infrastructure"."security_metric" ("organization_id");`);
    this.addSql(`create index "security_metric_system_id_index" on "infrastructure"."security_metric" ("system_id");`);

    this.addSql(`create table "infrastructure"."seed_state" ("subgraph" text not null, "checksum" text not null, "records" int not null, "loaded_at" timestamptz not null, constraint "seed_state_pkey" primary key ("subgraph"));`);

    this.addSql(`create table "infrastructure"."service_metric" ("id" text not null, "organization_id" text not null, "system_id" text null, "name_ko" text not null, "name_en" text not null, "value" text not null, "target" text null, "unit_ko" text not null, "period_ko" text null, "source_file" text not null, "source_lines" text not null, constraint "service_metric_pkey" primary key ("id"));`);
    this.addSql(`create index "service_metric_organization_id_index" on "infrastructure"."service_metric" ("organization_id");`);
    this.addSql(`create index "service_metric_system_id_index" on "infrastructure"."service_metric" ("system_id");`);

    this.addSql(`create table "infrastructure"."system_milestone" ("id" text not null, "system_id" text not null, "date" text not null, "date_printed" text not null, "event_ko" text not null, "source_file" text not null, "source_lines" text not null, constraint "system_milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "system_milestone_system_id_index" on "infrastructure"."system_milestone" ("system_id");`);
  }

}
