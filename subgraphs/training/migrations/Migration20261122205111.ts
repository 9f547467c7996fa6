import { Migration } from '@mikro-orm/migrations';

export class Migration20261122205111 extends Migration {

  override async up(): Promise<void> {
    // No `create schema` here: the schema exists before any migration runs. On the embedded server the hub creates
    // it for the subgraph's role (which may not create schemas); elsewhere MikroORM's migrator creates it with its
    // migrations table.
    this.addSql(`create table "training"."seed_state" ("subgraph" text not null, "checksum" text not null, "records" int not null, "loaded_at" timestamptz not null, constraint "seed_state_pkey" primary key ("subgraph"));`);

    this.addSql(`create table "training"."training_edition" ("id" text not null, "program_id" text not null, "year" int not null, "phase" text not null, "courses" int null, "sessions" int null, "trainees" int null, "hours" text null, "satisfaction" text null, "period_ko" text null, "note" text null, "source_file" text not null, "source_lines" text not null, constraint "training_edition_pkey" primary key ("id"));`);
    this.addSql(`create index "training_edition_program_id_index" on "training"."training_edition" ("program_id");`);

    this.addSql(`create table "training"."training_program" ("id" text not null, "organization_id" text not null, "name_ko" text not null, "name_en" text not null, "audience_ko" text null, "type" text not null, "mode" text not null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "training_program_pkey" primary key ("id"));`);
    this.addSql(`create index "training_program_organization_id_index" on "training"."training_program" ("organization_id");`);
    this.addSql(`create index "training_program_budget_line_id_index" on "training"."training_program" ("budget_line_id");`);
  }

}
