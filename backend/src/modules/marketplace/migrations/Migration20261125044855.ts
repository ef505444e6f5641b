import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125044855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_order_id_sequence_unique";`);
    this.addSql(`create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "sequence" integer not null, "display_number" text not null, "status" text check ("status" in ('pending', 'shipped', 'delivered', 'cancelled')) not null default 'pending', "producer_name" text null, "currency_code" text not null, "item_total" numeric not null, "shipping_total" numeric not null, "total" numeric not null, "captured_total" numeric not null default 0, "refunded_total" numeric not null default 0, "items" jsonb not null, "tracking" jsonb null, "fulfillment_id" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "metadata" jsonb null, "raw_item_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_total" jsonb not null, "raw_captured_total" jsonb not null default '{"value":"0","precision":20}', "raw_refunded_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_sequence_unique" ON "producer_order" ("order_id", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_status" ON "producer_order" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_order" cascade;`);
  }

}
