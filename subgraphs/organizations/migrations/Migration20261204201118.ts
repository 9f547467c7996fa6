import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organizations"."organization_fact" add column "reconcile_measure" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations"."organization_fact" drop column "reconcile_measure";`);
  }

}
