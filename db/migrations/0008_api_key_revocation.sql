ALTER TABLE "api_keys" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "revoked_by_id" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "revoked_by_name" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;