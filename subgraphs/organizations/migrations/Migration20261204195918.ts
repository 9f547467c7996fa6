import { Migration } from '@mikro-orm/migrations';

export class Migration20261204195918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organizations"."facility" add column "room_count" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations"."facility" drop column "room_count";`);
  }

}
