/** Tag colours, exactly the eight the Dub SDK accepts. */
export const TAG_COLORS = ["red", "yellow", "green", "blue", "purple", "brown", "gray", "pink"] as const;
export type TagColor = (typeof TAG_COLORS)[number];
