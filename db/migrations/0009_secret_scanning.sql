ALTER TYPE "public"."audit_action" ADD VALUE 'api_key.leaked' BEFORE 'machine_user.created';--> statement-breakpoint
CREATE TABLE "api_key_leaks" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"key_id" text NOT NULL,
	"key_name" text NOT NULL,
	"display_key" text NOT NULL,
	"url" text NOT NULL,
	"source" text NOT NULL,
	"token_type" text NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_key_leaks" ADD CONSTRAINT "api_key_leaks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_key_leaks_project_id_idx" ON "api_key_leaks" USING btree ("project_id");