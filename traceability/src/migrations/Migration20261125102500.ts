import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * A batch's growing areas are read by batch (every label resolve): the pivot's primary key
 * starts with the growing area, so without this index each read scans the whole pivot.
 */
export class Migration20261125102500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growing_area_production_batches_production_batch_id" ON "growing_area_production_batches" ("production_batch_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_growing_area_production_batches_production_batch_id";`);
  }

}
