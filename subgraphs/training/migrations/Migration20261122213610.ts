import { Migration } from '@mikro-orm/migrations';

export class Migration20261122213610 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."competency_assessment" ("id" text not null, "organization_id" text not null, "year" int not null, "target_group_ko" text not null, "target_group_en" text not null, "competencies_ko" text[] not null default '{}', "techniques_ko" text[] not null default '{}', "planned_trainees" int null, "planned_training_sessions" int null, "planned_assessees" int null, "planned_assessment_sessions" int null, "completed_trainees" int null, "completed_assessees" int null, "period_ko" text null, "budget_line_id" text null, "source_file" text not null, "source_lines" text not null, constraint "competency_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_assessment_organization_id_index" on "training"."competency_assessment" ("organization_id");`);
    this.addSql(`create index "competency_assessment_budget_line_id_index" on "training"."competency_assessment" ("budget_line_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."competency_assessment" cascade;`);
  }

}
