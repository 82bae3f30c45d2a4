/**
 * The demo tools' command lines: options parsed with node:util, a usage line on --help, and a wrong option or
 * value answered with its message and the usage on stderr (exit 2), never a stack trace.
 */
import { type ParseArgsConfig, parseArgs } from "node:util"

const help = { help: { type: "boolean", short: "h" } } as const

export const commandLine = <const O extends NonNullable<ParseArgsConfig["options"]>>(usage: string, options: O) => {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n${usage}\n`)
    process.exit(2)
  }
  let values: ReturnType<typeof parseArgs<{ options: O & typeof help }>>["values"]
  try {
    values = parseArgs<{ options: O & typeof help }>({ options: { ...options, ...help } }).values
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
  if ((values as { help?: boolean }).help === true) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  return { values, fail }
}
