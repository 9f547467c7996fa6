import { Migration } from '@mikro-orm/migrations';

export class Migration20261122205108 extends Migration {

  override async up(): Promise<void> {
    // No `create schema` here: the schema exists before any migration runs. On the embedded server the hub creates
    // it for the subgraph's role (which may not create schemas); elsewhere MikroORM's migrator creates it with its
    // migrations table.
    this.addSql(`create table "budgets"."budget_line" ("id" text not null, "table_id" text not null, "organization_id" text not null, "fiscal_year" int not null, "classification" text not null, "position" int not null, "name_ko" text not null, "row_kind" text not null, "task_no" text null, "unit" text not null, "original" bigint null, "current" bigint null, "previous_final" bigint null, "committed" bigint null, "spent" bigint null, "committed_rate_printed" text null, "spent_rate_printed" text null, "page_ref" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "budget_line_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_line_table_id_index" on "budgets"."budget_line" ("table_id");`);
    this.addSql(`create index "budget_line_organization_id_index" on "budgets"."budget_line" ("organization_id");`);

    this.addSql(`create table "budgets"."budget_table" ("id" text not null, "organization_id" text not null, "fiscal_year" int not null, "title_ko" text not null, "title_en" text not null, "classification" text not null, "unit" text not null, "as_of" text null, "source_file" text not null, "source_lines" text not null, constraint "budget_table_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_table_organization_id_index" on "budgets"."budget_table" ("organization_id");`);

    this.addSql(`create table "budgets"."seed_state" ("subgraph" text not null, "checksum" text not null, "records" int not null, "loaded_at" timestamptz not null, constraint "seed_state_pkey" primary key ("subgraph"));`);
  }

}
