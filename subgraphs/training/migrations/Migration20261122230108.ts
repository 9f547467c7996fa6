import { Migration } from '@mikro-orm/migrations';

export class Migration20261122230108 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_program" add column "years" int[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_program" drop column "years";`);
  }

}
