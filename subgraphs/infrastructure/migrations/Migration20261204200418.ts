import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "infrastructure"."web_address" ("id" text not null, "system_id" text not null, "position" int not null, "address" text not null, "url" text not null, "name_ko" text not null, "source_file" text not null, "source_lines" text not null, constraint "web_address_pkey" primary key ("id"));`);
    this.addSql(`create index "web_address_system_id_index" on "infrastructure"."web_address" ("system_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "infrastructure"."web_address" cascade;`);
  }

}
