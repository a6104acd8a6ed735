export * from "./manage";
