import { Migration } from '@mikro-orm/migrations';

export class Migration20261122211335 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organizations"."data_quality_finding" ("id" text not null, "kind" text not null, "origin" text not null, "organization_id" text null, "record_type" text null, "record_id" text null, "description" text not null, "value_a" text not null, "source_a_file" text not null, "source_a_lines" text not null, "value_b" text null, "source_b_file" text null, "source_b_lines" text null, constraint "data_quality_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "data_quality_finding_kind_index" on "organizations"."data_quality_finding" ("kind");`);
    this.addSql(`create index "data_quality_finding_organization_id_index" on "organizations"."data_quality_finding" ("organization_id");`);
    this.addSql(`create index "data_quality_finding_record_id_index" on "organizations"."data_quality_finding" ("record_id");`);

    this.addSql(`create table "organizations"."organization_fact" ("id" text not null, "organization_id" text not null, "topic_ko" text not null, "topic_en" text not null, "subject_ko" text not null, "attribute_ko" text not null, "value" text null, "value_ko" text null, "unit_ko" text null, "as_of" text null, "source_file" text not null, "source_lines" text not null, constraint "organization_fact_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_fact_organization_id_index" on "organizations"."organization_fact" ("organization_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organizations"."data_quality_finding" cascade;`);

    this.addSql(`drop table if exists "organizations"."organization_fact" cascade;`);
  }

}
