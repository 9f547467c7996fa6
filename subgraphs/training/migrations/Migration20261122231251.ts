import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231251 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_edition" add column "completion_rate_printed" text null;`);

    this.addSql(`alter table "training"."training_program" add column "audience_group" text not null default 'UNSPECIFIED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_edition" drop column "completion_rate_printed";`);

    this.addSql(`alter table "training"."training_program" drop column "audience_group";`);
  }

}
