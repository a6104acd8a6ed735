// GET /api/health – liveness for load balancers; never touches the database. Deliberately not wrapped: it is
// the bare baseline `npm run bench` measures the rest of the stack against, and it logs nothing.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
