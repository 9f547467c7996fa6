import { Migration } from '@mikro-orm/migrations';

export class Migration20261122213605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organizations"."administrative_metric" ("id" text not null, "organization_id" text not null, "domain" text not null, "year" int null, "period_ko" text null, "name_ko" text not null, "name_en" text not null, "value" text null, "value_ko" text null, "unit_ko" text null, "target" text null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "administrative_metric_pkey" primary key ("id"));`);
    this.addSql(`create index "administrative_metric_organization_id_index" on "organizations"."administrative_metric" ("organization_id");`);
    this.addSql(`create index "administrative_metric_domain_index" on "organizations"."administrative_metric" ("domain");`);
    this.addSql(`create index "administrative_metric_budget_line_id_index" on "organizations"."administrative_metric" ("budget_line_id");`);

    this.addSql(`create table "organizations"."recruitment_exam" ("id" text not null, "organization_id" text not null, "year" int not null, "name_ko" text not null, "name_en" text not null, "round_ko" text null, "grades_ko" text null, "planned_hires" int null, "applicants" int null, "competition_ratio_printed" text null, "hired" int null, "in_progress" int null, "result_date_ko" text null, "budget_line_id" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "recruitment_exam_pkey" primary key ("id"));`);
    this.addSql(`create index "recruitment_exam_organization_id_index" on "organizations"."recruitment_exam" ("organization_id");`);
    this.addSql(`create index "recruitment_exam_budget_line_id_index" on "organizations"."recruitment_exam" ("budget_line_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organizations"."administrative_metric" cascade;`);

    this.addSql(`drop table if exists "organizations"."recruitment_exam" cascade;`);
  }

}
