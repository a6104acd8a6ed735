/** How a click reached the short link: through the link itself, or by scanning its QR code. */
export const CLICK_TRIGGERS = ["link", "qr"] as const;
export type ClickTrigger = (typeof CLICK_TRIGGERS)[number];

/** The query parameter the QR endpoint adds to a short link it encodes, so that a scan is told apart. */
export const QR_MARKER = { name: "qr", value: "1" } as const;
