import { BotIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** The one mark of a machine user, wherever an owner or member is shown. */
export function MachineBadge({ name }: { name?: string }) {
  return (
    <Badge variant="secondary" title={name ? `${name} is a machine user` : "Machine user"}>
      <BotIcon aria-hidden />
      Machine
    </Badge>
  );
}
