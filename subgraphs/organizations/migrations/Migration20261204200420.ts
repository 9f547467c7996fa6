import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200420 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organizations"."facility" add column "address_source_file" text null, add column "address_source_lines" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations"."facility" drop column "address_source_file", drop column "address_source_lines";`);
  }

}
