import { Migration } from '@mikro-orm/migrations';

export class Migration20261122204825 extends Migration {

  override async up(): Promise<void> {
    // No `create schema` here: the schema exists before any migration runs. On the embedded server the hub creates
    // it for the subgraph's role (which may not create schemas); elsewhere MikroORM's migrator creates it with its
    // migrations table.
    this.addSql(`create table "organizations"."facility" ("id" text not null, "organization_id" text not null, "kind" text not null, "name_ko" text not null, "name_en" text not null, "address_ko" text null, "land_area_m2" text null, "floor_area_m2" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_organization_id_index" on "organizations"."facility" ("organization_id");`);

    this.addSql(`create table "organizations"."history_event" ("id" text not null, "organization_id" text not null, "date" text not null, "date_printed" text not null, "event_ko" text not null, "event_en" text null, "source_file" text not null, "source_lines" text not null, constraint "history_event_pkey" primary key ("id"));`);
    this.addSql(`create index "history_event_organization_id_index" on "organizations"."history_event" ("organization_id");`);

    this.addSql(`create table "organizations"."organization" ("id" text not null, "kind" text check ("kind" in ('GOVERNMENT', 'OFFICE_OF_EDUCATION', 'BUREAU', 'AFFILIATED_INSTITUTE', 'RESEARCH_INSTITUTE', 'DEPARTMENT', 'DIVISION', 'TEAM', 'CENTER', 'BRANCH', 'COMMITTEE', 'SUPPORT_GROUP', 'DISTRICT_OFFICE', 'EXTERNAL')) not null, "name_ko" text not null, "name_en" text not null, "parent_id" text null, "parent_basis" text null, "government" text not null, "aliases_ko" text[] not null, "duties" text[] not null, "source_file" text not null, "source_lines" text not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_parent_id_index" on "organizations"."organization" ("parent_id");`);

    this.addSql(`create table "organizations"."seed_state" ("subgraph" text not null, "checksum" text not null, "records" int not null, "loaded_at" timestamptz not null, constraint "seed_state_pkey" primary key ("subgraph"));`);

    this.addSql(`create table "organizations"."staffing_line" ("id" text not null, "organization_id" text not null, "as_of" text not null, "position" int not null, "category_ko" text not null, "category_en" text not null, "grade_ko" text null, "grade_en" text null, "authorized" int null, "in_post" int null, "row_kind" text not null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "staffing_line_pkey" primary key ("id"));`);
    this.addSql(`create index "staffing_line_organization_id_index" on "organizations"."staffing_line" ("organization_id");`);
  }

}
