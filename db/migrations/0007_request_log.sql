CREATE TABLE "api_request_hourly" (
	"key_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"route_id" text NOT NULL,
	"status_class" smallint NOT NULL,
	"project_id" text NOT NULL,
	"count" integer NOT NULL,
	"duration_sum_ms" bigint NOT NULL,
	"duration_max_ms" integer NOT NULL,
	"duration_histogram" integer[] NOT NULL,
	CONSTRAINT "api_request_hourly_key_id_hour_route_id_status_class_pk" PRIMARY KEY("key_id","hour","route_id","status_class")
);
--> statement-breakpoint
CREATE TABLE "api_requests" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"project_id" text NOT NULL,
	"key_id" text NOT NULL,
	"method" text NOT NULL,
	"route_id" text NOT NULL,
	"path" text NOT NULL,
	"status" smallint NOT NULL,
	"duration_ms" integer NOT NULL,
	"client_address" text NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE INDEX "api_request_hourly_project_hour_idx" ON "api_request_hourly" USING btree ("project_id","hour");--> statement-breakpoint
CREATE INDEX "api_requests_key_at_idx" ON "api_requests" USING btree ("key_id","at" DESC NULLS LAST,"request_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "api_requests_at_brin_idx" ON "api_requests" USING brin ("at");