import Image, { type StaticImageData } from "next/image";
import logoFile from "@/public/logo.svg";

/** public/logo.svg, imported so it is served from /_next/static: signed-out pages can load it too. */
export const logo = logoFile as StaticImageData;

/**
 * The CodeQR mark; decorative by default, since it usually stands beside the name. Its tile is near-black,
 * which vanishes on the dark background, so dark mode shows it inverted (a light tile, dark marks).
 */
export function Logo({ size = 24, alt = "" }: { size?: number; alt?: string }) {
  return <Image src={logo} alt={alt} width={size} height={size} priority className="shrink-0 dark:invert" />;
}
