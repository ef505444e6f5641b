import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125033937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "legal_form" text check ("legal_form" in ('enterprise', 'cooperative', 'household')) not null, "tax_code" text null, "province" text not null default 'Quảng Ninh', "commune" text not null, "street" text null, "former_locality" text null, "phone" text null, "email" text null, "description" text null, "story" text null, "logo_url" text null, "cover_url" text null, "website" text null, "social_links" jsonb null, "verified" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_commune" ON "producer" ("commune") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "star" integer not null, "score" integer null, "decision_number" text not null, "issuing_authority" text not null, "decision_date" timestamptz not null, "expires_at" timestamptz not null, "product_group" text check ("product_group" in ('food', 'beverages', 'herbal', 'handicrafts', 'ornamental', 'tourism')) not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_producer_id" ON "ocop_certificate" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate" add constraint "ocop_certificate_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_producer_id_foreign";`);

    this.addSql(`drop table if exists "producer" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
