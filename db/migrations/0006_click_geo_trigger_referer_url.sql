ALTER TABLE "clicks" ADD COLUMN "referer_url" text;--> statement-breakpoint
ALTER TABLE "clicks" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "clicks" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "clicks" ADD COLUMN "continent" text;--> statement-breakpoint
ALTER TABLE "clicks" ADD COLUMN "trigger" text DEFAULT 'link' NOT NULL;--> statement-breakpoint
-- hand-written: referers are stored without "www." (the referer filter normalises its values the same way).
UPDATE "clicks" SET "referer" = substr("referer", 5) WHERE "referer" LIKE 'www.%';--> statement-breakpoint
-- hand-written: the continent of clicks recorded before it was, from their country (lib/analytics/continents.ts).
UPDATE "clicks" SET "continent" = "continent_of"."continent"
FROM (VALUES
  ('DZ','AF'), ('AO','AF'), ('BJ','AF'), ('BW','AF'), ('BF','AF'), ('BI','AF'), ('CV','AF'), ('CM','AF'), ('CF','AF'), ('TD','AF'), ('KM','AF'), ('CG','AF'),
  ('CD','AF'), ('CI','AF'), ('DJ','AF'), ('EG','AF'), ('GQ','AF'), ('ER','AF'), ('SZ','AF'), ('ET','AF'), ('GA','AF'), ('GM','AF'), ('GH','AF'), ('GN','AF'),
  ('GW','AF'), ('KE','AF'), ('LS','AF'), ('LR','AF'), ('LY','AF'), ('MG','AF'), ('MW','AF'), ('ML','AF'), ('MR','AF'), ('MU','AF'), ('YT','AF'), ('MA','AF'),
  ('MZ','AF'), ('NA','AF'), ('NE','AF'), ('NG','AF'), ('RE','AF'), ('RW','AF'), ('SH','AF'), ('ST','AF'), ('SN','AF'), ('SC','AF'), ('SL','AF'), ('SO','AF'),
  ('ZA','AF'), ('SS','AF'), ('SD','AF'), ('TZ','AF'), ('TG','AF'), ('TN','AF'), ('UG','AF'), ('EH','AF'), ('ZM','AF'), ('ZW','AF'), ('AQ','AN'), ('BV','AN'),
  ('GS','AN'), ('HM','AN'), ('TF','AN'), ('AF','AS'), ('AM','AS'), ('AZ','AS'), ('BH','AS'), ('BD','AS'), ('BT','AS'), ('BN','AS'), ('KH','AS'), ('CN','AS'),
  ('GE','AS'), ('HK','AS'), ('IN','AS'), ('ID','AS'), ('IR','AS'), ('IQ','AS'), ('IL','AS'), ('JP','AS'), ('JO','AS'), ('KZ','AS'), ('KW','AS'), ('KG','AS'),
  ('LA','AS'), ('LB','AS'), ('MO','AS'), ('MY','AS'), ('MV','AS'), ('MN','AS'), ('MM','AS'), ('NP','AS'), ('KP','AS'), ('OM','AS'), ('PK','AS'), ('PS','AS'),
  ('PH','AS'), ('QA','AS'), ('SA','AS'), ('SG','AS'), ('KR','AS'), ('LK','AS'), ('SY','AS'), ('TW','AS'), ('TJ','AS'), ('TH','AS'), ('TL','AS'), ('TR','AS'),
  ('TM','AS'), ('AE','AS'), ('UZ','AS'), ('VN','AS'), ('YE','AS'), ('IO','AS'), ('CC','AS'), ('CX','AS'), ('AD','EU'), ('AL','EU'), ('AT','EU'), ('AX','EU'),
  ('BA','EU'), ('BE','EU'), ('BG','EU'), ('BY','EU'), ('CH','EU'), ('CY','EU'), ('CZ','EU'), ('DE','EU'), ('DK','EU'), ('EE','EU'), ('ES','EU'), ('FI','EU'),
  ('FO','EU'), ('FR','EU'), ('GB','EU'), ('GG','EU'), ('GI','EU'), ('GR','EU'), ('HR','EU'), ('HU','EU'), ('IE','EU'), ('IM','EU'), ('IS','EU'), ('IT','EU'),
  ('JE','EU'), ('LI','EU'), ('LT','EU'), ('LU','EU'), ('LV','EU'), ('MC','EU'), ('MD','EU'), ('ME','EU'), ('MK','EU'), ('MT','EU'), ('NL','EU'), ('NO','EU'),
  ('PL','EU'), ('PT','EU'), ('RO','EU'), ('RS','EU'), ('RU','EU'), ('SE','EU'), ('SI','EU'), ('SJ','EU'), ('SK','EU'), ('SM','EU'), ('UA','EU'), ('VA','EU'),
  ('XK','EU'), ('AG','NA'), ('AI','NA'), ('AW','NA'), ('BB','NA'), ('BL','NA'), ('BM','NA'), ('BQ','NA'), ('BS','NA'), ('BZ','NA'), ('CA','NA'), ('CR','NA'),
  ('CU','NA'), ('CW','NA'), ('DM','NA'), ('DO','NA'), ('GD','NA'), ('GL','NA'), ('GP','NA'), ('GT','NA'), ('HN','NA'), ('HT','NA'), ('JM','NA'), ('KN','NA'),
  ('KY','NA'), ('LC','NA'), ('MF','NA'), ('MQ','NA'), ('MS','NA'), ('MX','NA'), ('NI','NA'), ('PA','NA'), ('PM','NA'), ('PR','NA'), ('SV','NA'), ('SX','NA'),
  ('TC','NA'), ('TT','NA'), ('US','NA'), ('VC','NA'), ('VG','NA'), ('VI','NA'), ('AS','OC'), ('AU','OC'), ('CK','OC'), ('FJ','OC'), ('FM','OC'), ('GU','OC'),
  ('KI','OC'), ('MH','OC'), ('MP','OC'), ('NC','OC'), ('NF','OC'), ('NR','OC'), ('NU','OC'), ('NZ','OC'), ('PF','OC'), ('PG','OC'), ('PN','OC'), ('PW','OC'),
  ('SB','OC'), ('TK','OC'), ('TO','OC'), ('TV','OC'), ('UM','OC'), ('VU','OC'), ('WF','OC'), ('WS','OC'), ('AR','SA'), ('BO','SA'), ('BR','SA'), ('CL','SA'),
  ('CO','SA'), ('EC','SA'), ('FK','SA'), ('GF','SA'), ('GY','SA'), ('PE','SA'), ('PY','SA'), ('SR','SA'), ('UY','SA'), ('VE','SA')
) AS "continent_of" ("country", "continent")
WHERE "clicks"."continent" IS NULL AND "clicks"."country" = "continent_of"."country";
