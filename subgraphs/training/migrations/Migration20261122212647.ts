import { Migration } from '@mikro-orm/migrations';

export class Migration20261122212647 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_edition" add column "credits" text null;`);

    this.addSql(`alter table "training"."training_program" add column "total_of" text[] not null default '{}', add column "repeats" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_edition" drop column "credits";`);

    this.addSql(`alter table "training"."training_program" drop column "total_of", drop column "repeats";`);
  }

}
