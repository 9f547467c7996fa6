import { Migration } from '@mikro-orm/migrations';

export class Migration20261122212441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "budgets"."budget_line" add column "previous_original" bigint null, add column "previous_current" bigint null, add column "special_grant" bigint null, add column "change_printed" bigint null, add column "change_basis" text null, add column "change_rate_printed" text null, add column "planned_q1" bigint null, add column "planned_q2" bigint null, add column "planned_q3" bigint null, add column "planned_q4" bigint null, add column "status" text null, add column "parent_line_id" text null;`);
    this.addSql(`create index "budget_line_parent_line_id_index" on "budgets"."budget_line" ("parent_line_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "budgets"."budget_line_parent_line_id_index";`);
    this.addSql(`alter table "budgets"."budget_line" drop column "previous_original", drop column "previous_current", drop column "special_grant", drop column "change_printed", drop column "change_basis", drop column "change_rate_printed", drop column "planned_q1", drop column "planned_q2", drop column "planned_q3", drop column "planned_q4", drop column "status", drop column "parent_line_id";`);
  }

}
