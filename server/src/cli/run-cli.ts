import { ConfigError } from "../config.ts";

/** Runs a command-line task; a configuration error is printed plainly, without a stack. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}
