ALTER TABLE "domains" DROP CONSTRAINT "domains_slug_unique";--> statement-breakpoint
DROP INDEX "domains_project_id_idx";--> statement-breakpoint
ALTER TABLE "domains" ADD COLUMN "verification_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "domains_project_slug_key" ON "domains" USING btree ("project_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "domains_verified_slug_key" ON "domains" USING btree ("slug") WHERE "domains"."verified";--> statement-breakpoint
CREATE INDEX "domains_slug_idx" ON "domains" USING btree ("slug");--> statement-breakpoint
-- hand-written: a domain is primary only once verified, and none was verified before this migration.
UPDATE "domains" SET "primary" = false WHERE NOT "verified";