import { connect } from "./index";

const connection = connect();
const where = connection.target.kind === "postgres" ? "PostgreSQL" : (connection.target.dataDir ?? "memory");
try {
  await connection.migrate();
  console.warn(`Database migrated (${where}).`);
} finally {
  await connection.close();
}
