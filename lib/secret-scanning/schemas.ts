import { z } from "zod";

/** GitHub batches matches; a report of more than this is not one of GitHub's. */
const MAX_TOKENS_PER_REPORT = 1000;

/** GitHub's alert: the tokens it matched, each with where it found them. */
export const leakReportSchema = z
  .array(
    z.object({
      token: z.string().max(1000),
      type: z.string().max(200),
      url: z.string().max(4000),
      source: z.string().max(200),
    }),
  )
  .max(MAX_TOKENS_PER_REPORT);
export type LeakReport = z.output<typeof leakReportSchema>;

/** GitHub's feedback format: one entry per reported token. */
export const leakFeedbackSchema = z.array(
  z.object({
    token_raw: z.string(),
    token_type: z.string(),
    label: z.enum(["true_positive", "false_positive"]),
  }),
);
export type LeakFeedback = z.output<typeof leakFeedbackSchema>;
