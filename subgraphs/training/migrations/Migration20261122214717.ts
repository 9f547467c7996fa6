import { Migration } from '@mikro-orm/migrations';

export class Migration20261122214717 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_program" add column "summary_of" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_program" drop column "summary_of";`);
  }

}
