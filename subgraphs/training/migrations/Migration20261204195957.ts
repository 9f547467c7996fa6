import { Migration } from '@mikro-orm/migrations';

export class Migration20261204195957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."training_hours_entry" ("id" text not null, "table_id" text not null, "position" int not null, "stage_position" int null, "area_position" int not null, "course_ko" text not null, "hours" int not null, "edition_ko" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "training_hours_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "training_hours_entry_table_id_index" on "training"."training_hours_entry" ("table_id");`);

    this.addSql(`create table "training"."training_hours_heading" ("id" text not null, "table_id" text not null, "axis" text not null, "position" int not null, "name_ko" text not null, "name_en" text not null, "detail_ko" text null, "total_printed" int null, "total_computed" int not null, "source_file" text not null, "source_lines" text not null, constraint "training_hours_heading_pkey" primary key ("id"));`);
    this.addSql(`create index "training_hours_heading_table_id_index" on "training"."training_hours_heading" ("table_id");`);

    this.addSql(`create table "training"."training_hours_table" ("id" text not null, "organization_id" text not null, "source_file" text not null, "source_lines" text not null, "year" int not null, "title_ko" text not null, "title_en" text not null, "budget_line_id" text null, "note" text null, "hours_computed" int not null, constraint "training_hours_table_pkey" primary key ("id"));`);
    this.addSql(`create index "training_hours_table_organization_id_index" on "training"."training_hours_table" ("organization_id");`);
    this.addSql(`create index "training_hours_table_budget_line_id_index" on "training"."training_hours_table" ("budget_line_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."training_hours_entry" cascade;`);

    this.addSql(`drop table if exists "training"."training_hours_heading" cascade;`);

    this.addSql(`drop table if exists "training"."training_hours_table" cascade;`);
  }

}
