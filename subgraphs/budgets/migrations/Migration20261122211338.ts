import { Migration } from '@mikro-orm/migrations';

export class Migration20261122211338 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "budgets"."performance_indicator" ("id" text not null, "organization_id" text not null, "budget_line_id" text null, "year" int not null, "name_ko" text not null, "name_en" text null, "period_ko" text null, "target_ko" text null, "target" text null, "target_unit_ko" text null, "result_ko" text null, "result" text null, "result_unit_ko" text null, "source_file" text not null, "source_lines" text not null, constraint "performance_indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "performance_indicator_organization_id_index" on "budgets"."performance_indicator" ("organization_id");`);
    this.addSql(`create index "performance_indicator_budget_line_id_index" on "budgets"."performance_indicator" ("budget_line_id");`);

    this.addSql(`create table "budgets"."stated_amount" ("id" text not null, "organization_id" text not null, "fiscal_year" int null, "name_ko" text not null, "name_en" text not null, "amount" bigint not null, "unit" text not null, "budget_line_id" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "stated_amount_pkey" primary key ("id"));`);
    this.addSql(`create index "stated_amount_organization_id_index" on "budgets"."stated_amount" ("organization_id");`);
    this.addSql(`create index "stated_amount_budget_line_id_index" on "budgets"."stated_amount" ("budget_line_id");`);

    this.addSql(`alter table "budgets"."budget_table" add column "task_budget_line_id" text null;`);
    this.addSql(`create index "budget_table_task_budget_line_id_index" on "budgets"."budget_table" ("task_budget_line_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budgets"."performance_indicator" cascade;`);

    this.addSql(`drop table if exists "budgets"."stated_amount" cascade;`);

    this.addSql(`drop index "budgets"."budget_table_task_budget_line_id_index";`);
    this.addSql(`alter table "budgets"."budget_table" drop column "task_budget_line_id";`);
  }

}
