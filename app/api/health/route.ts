// GET /api/health – liveness for load balancers; never touches the database.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
