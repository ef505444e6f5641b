import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125035111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trade_item" drop constraint if exists "trade_item_gtin_unique";`);
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_batch_id_sequence_unique";`);
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_gtin_lot_unique";`);
    this.addSql(`alter table if exists "growing_area" drop constraint if exists "growing_area_code_unique";`);
    this.addSql(`create table if not exists "growing_area" ("id" text not null, "code" text not null, "area_type" text check ("area_type" in ('crop_area', 'aquaculture_area', 'packing_house')) not null, "name" text not null, "crop" text null, "area_ha" real null, "province" text not null default 'Quảng Ninh', "commune" text not null, "latitude" real null, "longitude" real null, "issuer" text null, "valid_from" timestamptz null, "valid_to" timestamptz null, "certifications" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "growing_area_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_growing_area_code_unique" ON "growing_area" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growing_area_deleted_at" ON "growing_area" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_batch" ("id" text not null, "gtin" text not null, "lot" text not null, "status" text check ("status" in ('draft', 'published', 'withdrawn')) not null default 'draft', "harvest_date" timestamptz null, "production_date" timestamptz not null, "expiry_date" timestamptz null, "quantity" integer not null, "unit" text not null, "standards" jsonb null, "published_at" timestamptz null, "withdrawn_at" timestamptz null, "withdrawal_reason" text null, "record" jsonb null, "record_hash" text null, "signature" text null, "key_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_deleted_at" ON "production_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_batch_gtin_lot_unique" ON "production_batch" ("gtin", "lot") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "growing_area_production_batches" ("growing_area_id" text not null, "production_batch_id" text not null, constraint "growing_area_production_batches_pkey" primary key ("growing_area_id", "production_batch_id"));`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "sequence" integer not null, "event_type" text check ("event_type" in ('ObjectEvent', 'AggregationEvent', 'TransformationEvent', 'TransactionEvent', 'AssociationEvent')) not null, "event_time" timestamptz not null, "event_timezone" text not null, "action" text null, "biz_step" text not null, "disposition" text null, "read_point" text null, "biz_location" text null, "inputs" jsonb null, "outputs" jsonb null, "note" text null, "corrects_event_id" text null, "previous_hash" text null, "hash" text not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_batch_id" ON "trace_event" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_batch_id_sequence_unique" ON "trace_event" ("batch_id", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_scan" ("id" text not null, "gtin" text not null, "lot" text null, "batch_id" text null, "scanned_at" timestamptz not null, "country" text null, "region" text null, "city" text null, "client" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_deleted_at" ON "trace_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_batch_id" ON "trace_scan" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_gtin_lot" ON "trace_scan" ("gtin", "lot") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trade_item" ("id" text not null, "gtin" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_item_gtin_unique" ON "trade_item" ("gtin") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_item_deleted_at" ON "trade_item" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "growing_area_production_batches" add constraint "growing_area_production_batches_growing_area_id_foreign" foreign key ("growing_area_id") references "growing_area" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "growing_area_production_batches" add constraint "growing_area_production_batches_production_batch_id_foreign" foreign key ("production_batch_id") references "production_batch" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "trace_event" add constraint "trace_event_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "growing_area_production_batches" drop constraint if exists "growing_area_production_batches_growing_area_id_foreign";`);

    this.addSql(`alter table if exists "growing_area_production_batches" drop constraint if exists "growing_area_production_batches_production_batch_id_foreign";`);

    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_batch_id_foreign";`);

    this.addSql(`drop table if exists "growing_area" cascade;`);

    this.addSql(`drop table if exists "production_batch" cascade;`);

    this.addSql(`drop table if exists "growing_area_production_batches" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);

    this.addSql(`drop table if exists "trace_scan" cascade;`);

    this.addSql(`drop table if exists "trade_item" cascade;`);
  }

}
