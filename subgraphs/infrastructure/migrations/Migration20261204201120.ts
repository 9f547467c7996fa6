import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201120 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "infrastructure"."system_fact" add column "reconcile_organization_id" text null, add column "reconcile_measure" text null;`);
    this.addSql(`create index "system_fact_reconcile_organization_id_index" on "infrastructure"."system_fact" ("reconcile_organization_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "infrastructure"."system_fact_reconcile_organization_id_index";`);
    this.addSql(`alter table "infrastructure"."system_fact" drop column "reconcile_organization_id", drop column "reconcile_measure";`);
  }

}
