ALTER TYPE "public"."audit_action" ADD VALUE 'key_policy.updated';--> statement-breakpoint
CREATE TABLE "project_key_policies" (
	"project_id" text PRIMARY KEY NOT NULL,
	"max_lifetime_days" integer,
	"members_may_create" boolean DEFAULT true NOT NULL,
	"machine_keys_require_allowlist" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" text
);
--> statement-breakpoint
ALTER TABLE "project_key_policies" ADD CONSTRAINT "project_key_policies_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_key_policies" ADD CONSTRAINT "project_key_policies_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;