import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125064430 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "livestream" ("id" text not null, "product_id" text null, "platform" text check ("platform" in ('facebook', 'tiktok', 'zalo', 'youtube')) not null, "url" text not null, "title" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "livestream_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_producer_id" ON "livestream" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_deleted_at" ON "livestream" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_starts_at" ON "livestream" ("starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_ends_at" ON "livestream" ("ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_product_id" ON "livestream" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "livestream" add constraint "livestream_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "livestream" cascade;`);
  }

}
