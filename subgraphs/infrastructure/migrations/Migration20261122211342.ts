import { Migration } from '@mikro-orm/migrations';

export class Migration20261122211342 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "infrastructure"."system_fact" ("id" text not null, "system_id" text not null, "kind" text not null, "subject_ko" text not null, "attribute_ko" text not null, "value_ko" text not null, "value" text null, "unit_ko" text null, "partner_organization_id" text null, "source_file" text not null, "source_lines" text not null, constraint "system_fact_pkey" primary key ("id"));`);
    this.addSql(`create index "system_fact_system_id_index" on "infrastructure"."system_fact" ("system_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "infrastructure"."system_fact" cascade;`);
  }

}
