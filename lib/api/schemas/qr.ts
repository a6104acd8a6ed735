import { z } from "zod";

const hexColor = (fallback: string) =>
  z
    .string()
    .regex(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i, "Must be a hex color such as #000000")
    .default(fallback)
    .transform((value) => {
      const hex = value.replace(/^#/, "").toLowerCase();
      return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex}`;
    });

/** GET /api/qr: the URL to encode and how to draw it (Dub's `logo` and `hideLogo` are accepted and ignored). */
export const qrQuerySchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
    .max(2000, "Use at most 2000 characters")
    .describe("The http(s) URL to encode."),
  size: z.coerce.number().int().min(100).max(1000).default(400).describe("Width and height in pixels."),
  level: z
    .enum(["L", "M", "Q", "H"])
    .default("L")
    .describe("Error correction: L (7 %), M (15 %), Q (25 %), H (30 %)."),
  format: z.enum(["png", "svg"]).default("png").describe("PNG by default, or SVG."),
  fgColor: hexColor("#000000").describe("The modules' color."),
  bgColor: hexColor("#ffffff").describe("The background color."),
  margin: z.coerce.number().int().min(0).max(10).default(2).describe("Quiet zone, in modules."),
  includeMargin: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true")
    .describe("`false` draws no quiet zone at all."),
});
export type QrQuery = z.output<typeof qrQuerySchema>;
