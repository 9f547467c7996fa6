import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_program" add column "covers_organization" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_program" drop column "covers_organization";`);
  }

}
