DROP INDEX "links_project_created_idx";--> statement-breakpoint
CREATE INDEX "links_project_clicks_idx" ON "links" USING btree ("project_id","clicks","id");--> statement-breakpoint
CREATE INDEX "links_project_sale_amount_idx" ON "links" USING btree ("project_id","sale_amount","id");--> statement-breakpoint
CREATE INDEX "links_project_last_clicked_idx" ON "links" USING btree ("project_id",coalesce("last_clicked", '-infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "links_project_created_idx" ON "links" USING btree ("project_id","created_at","id");